// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/analyticsrecorder.h"

#include "core/analytics/analyticsjson.h"
#include "core/common/iclock.h"
#include "core/pipeline/eventmessage.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"
#include "core/plugin/iplugindriver.h"
#include "core/trace/itracesink.h"

#include <QUrl>

namespace Hb::Pipeline {

namespace {

QString sessionString(const nlohmann::json &session, const char *key)
{
    const auto it = session.find(key);
    return it != session.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
}

bool sessionFlag(const nlohmann::json &session, const char *key)
{
    const auto it = session.find(key);
    return it != session.end() && it->is_boolean() && it->get<bool>();
}

// Go's r.Write of a server request as Tyk records it: request line with the request-target,
// Host first, then the headers, then the body.
QByteArray wireRequest(const Http::HttpRequest &r)
{
    QByteArray out = r.method + ' ' + r.target + " HTTP/1.1\r\n";
    out += "Host: " + r.headers.value("Host") + "\r\n";
    for (const auto &[name, value] : r.headers.fields()) {
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    }
    if (!r.body.isEmpty() && !r.headers.contains("Content-Length"))
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "\r\n" + r.body;
    return out;
}

QByteArray wireResponse(const Http::HttpResponse &r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                     Http::HttpResponse::reasonPhrase(r.status) + "\r\n";
    for (const auto &[name, value] : r.headers.fields()) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    }
    out += "\r\n" + r.body;
    return out;
}

} // namespace

AnalyticsRecorder::AnalyticsRecorder(const Api::GatewayConfig &config, const IClock &clock,
                                     Trace::ITraceSink &trace)
    : m_config(config)
    , m_clock(clock)
    , m_trace(trace)
    , m_builder(Analytics::NormaliseUrlsOptions{
          config.analyticsConfig.normaliseUrlsEnabled, config.analyticsConfig.normaliseUuids,
          config.analyticsConfig.normaliseUlids, config.analyticsConfig.normaliseNumbers,
          config.analyticsConfig.normaliseCustomPatterns})
{}

Analytics::RecordInputs AnalyticsRecorder::inputsFor(const Exchange &ex) const
{
    const Api::ApiDefinition &api = ex.api().definition();
    Analytics::RecordInputs in;
    in.method = QString::fromUtf8(ex.request.method);
    in.urlPath = QString::fromUtf8(QByteArray::fromPercentEncoding(ex.request.path()));
    in.trackedPath = ex.analyticsTrackedPath;
    in.originalPath =
        QString::fromUtf8(QByteArray::fromPercentEncoding(ex.originalRequest().path()));
    in.stripListenPath = api.stripListenPath;
    const QUrl target(api.targetUrl);
    in.host =
        target.port() > 0 ? target.host() + u':' + QString::number(target.port()) : target.host();
    in.contentLength = ex.originalRequest().body.size();
    in.userAgent = QString::fromUtf8(ex.originalRequest().headers.value("User-Agent"));
    in.responseCode = ex.analyticsResponseCode.value_or(ex.response.status);
    in.keyId = ex.authToken;
    in.apiId = api.apiId;
    in.apiName = api.name;
    in.orgId = api.orgId;
    in.listenPath = api.listenPath;
    // Tyk records "Non Versioned" for APIs without versions.
    in.versionName = api.versionData.notVersioned ? QString() : ex.versionName;
    bool sessionDetailed = false;
    if (ex.session) {
        const nlohmann::json &s = ex.session->json();
        in.hasSession = true;
        in.sessionAlias = sessionString(s, "alias");
        in.oauthClientId = sessionString(s, "oauth_client_id");
        in.policyIds = ex.session->policyIds();
        if (const auto meta = s.find("meta_data"); meta != s.end() && meta->is_object()) {
            if (const auto dev = meta->find("tyk_developer_id");
                dev != meta->end() && dev->is_string())
                in.developerId = QString::fromStdString(dev->get<std::string>());
        }
        if (const auto tags = s.find("tags"); tags != s.end() && tags->is_array()) {
            for (const auto &t : *tags)
                if (t.is_string())
                    in.sessionTags.append(QString::fromStdString(t.get<std::string>()));
        }
        sessionDetailed = sessionFlag(s, "enable_detailed_recording") ||
                          sessionFlag(s, "enable_detail_recording");
    }
    for (const auto &[name, value] : ex.request.headers.fields())
        in.requestHeaders.append({name, value});
    in.tagHeaders = api.tagHeaders;
    in.apiTags = api.tags;
    in.clientIp = EventMessage::realIp(ex.originalRequest());
    const qint64 totalMs = (m_clock.nowNs() - ex.startNs) / 1000000;
    const qint64 upstreamMs = ex.upstreamNs / 1000000;
    in.latency.total = totalMs;
    in.latency.upstream = upstreamMs;
    in.latency.gateway = totalMs - upstreamMs;
    const bool goReply = ex.goPluginWrote;
    if (goReply && ex.response.status < 400) {
        // A Go plugin's own 2xx/3xx reply: the plugin's time, the path unstripped (Tyk:
        // gateway/mw_go_plugin.go, the success handler's RecordHit there).
        in.latency.total = in.latency.gateway = ex.goPluginNs / 1000000;
        in.latency.upstream = 0;
        in.stripListenPath = false;
    }
    in.detailedRecording = Analytics::AnalyticsRecordBuilder::detailedRecording(
        api.enableDetailedRecording, sessionDetailed,
        m_config.analyticsConfig.enableDetailedRecording);
    if (in.detailedRecording) {
        in.rawRequest = wireRequest(ex.request);
        if (goReply && ex.response.status >= 400) {
            // Tyk's error path records a placeholder for a Go plugin's error reply.
            in.rawResponse = "HTTP/0.0 000 status code 0\r\nContent-Length: 0\r\n\r\n";
        } else if (goReply) {
            // Tyk records a Go plugin's 2xx reply without its body (the copy is consumed).
            Http::HttpResponse headersOnly = ex.response;
            headersOnly.body.clear();
            headersOnly.headers.set("Content-Length", QByteArray::number(ex.response.body.size()));
            in.rawResponse = wireResponse(headersOnly);
        } else {
            in.rawResponse = wireResponse(ex.response);
        }
    }
    in.nowNs = m_clock.nowNs();
    in.expireAnalyticsAfter = api.expireAnalyticsAfter;
    return in;
}

void AnalyticsRecorder::requestFinished(const Exchange &ex)
{
    // Every request passes here: nothing is computed while analytics are off.
    if (!m_config.enableAnalytics)
        return;
    const Api::ApiDefinition &api = ex.api().definition();
    if (!Analytics::AnalyticsRecordBuilder::shouldRecord(
            m_config.enableAnalytics, m_config.analyticsConfig.ignoredIps,
            EventMessage::realIp(ex.originalRequest()), api.doNotTrack, ex.analyticsDoNotTrack))
        return;
    Analytics::AnalyticsRecord record = m_builder.build(inputsFor(ex));
    const Api::AnalyticsPlugin &plugin = api.analyticsPlugin;
    const bool withPlugin =
        plugin.enabled && !plugin.funcName.isEmpty() && !plugin.pluginPath.isEmpty();
    // The JSON form goes to the plugin and to the trace; neither wants it, none is made.
    const QByteArray before = withPlugin || m_trace.isActive()
                                  ? Analytics::AnalyticsJson::toJsonBytes(record)
                                  : QByteArray();

    const auto &binding = ex.api().goPlugins();
    if (!withPlugin) {
        queue(ex.id(), api.apiId, std::move(record), before, QString());
        return;
    }
    if (!binding || !binding->driver || !binding->module) {
        // Tyk: a plugin that did not load lets records through unmodified.
        queue(ex.id(), api.apiId, std::move(record), before,
              QStringLiteral("the analytics plugin %1 is not loaded; the record is stored as "
                             "built")
                  .arg(plugin.funcName));
        return;
    }
    Plugin::HookCall call;
    call.object.set_hook_name(plugin.funcName.toStdString());
    call.entryPath = plugin.pluginPath;
    call.analyticsRecord = before;
    const quint64 id = ex.id();
    const QString apiId = api.apiId;
    // The engine owns this recorder and outlives the driver's answers (the driver stops
    // posting when it goes).
    binding->driver->call(
        binding->module, std::move(call),
        [this, id, apiId, record = std::move(record), before](Plugin::HookReply reply) mutable {
            QString note;
            if (!reply.go) {
                note = QStringLiteral("the analytics plugin did not run (%1); the record is "
                                      "stored as built")
                           .arg(reply.object ? QString() : reply.object.error().message);
            } else if (reply.go->notLoaded) {
                note = QStringLiteral("the analytics plugin is not loaded (%1); the record is "
                                      "stored as built")
                           .arg(reply.go->loadError);
            } else {
                if (!reply.go->panic.isEmpty())
                    note = QStringLiteral("Recovered from panic while running Go-plugin "
                                          "middleware func: %1")
                               .arg(reply.go->panic.section(u'\n', 0, 0));
                // Tyk queues what the plugin left, a panic's half-done changes included.
                if (!reply.go->analyticsRecord.isEmpty()) {
                    Result<Analytics::AnalyticsRecord> changed =
                        Analytics::AnalyticsJson::fromJsonBytes(reply.go->analyticsRecord);
                    if (changed)
                        record = std::move(*changed);
                    else
                        note = QStringLiteral("the analytics plugin's record is unreadable: %1")
                                   .arg(changed.error().message);
                }
            }
            queue(id, apiId, std::move(record), before, note);
        });
}

void AnalyticsRecorder::queue(quint64 requestId, const QString &apiId,
                              Analytics::AnalyticsRecord record, const QByteArray &beforePlugin,
                              const QString &note)
{
    if (m_trace.isActive()) {
        Trace::TraceEvent e;
        e.kind = Trace::TraceKind::Analytics;
        e.requestId = requestId;
        e.apiId = apiId;
        e.startNs = e.endNs = m_clock.nowNs();
        e.message = note;
        e.analyticsRecord = beforePlugin;
        const QByteArray after = Analytics::AnalyticsJson::toJsonBytes(record);
        if (after != beforePlugin)
            e.analyticsAfterPlugin = after;
        m_trace.record(e);
    }
    Analytics::AnalyticsRecordBuilder::finishForQueue(record, m_config.hashKeys);
    for (Analytics::IAnalyticsSink *sink : std::as_const(m_sinks))
        sink->recordHit(record);
}

} // namespace Hb::Pipeline
