// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gatewayapi/gatewayapi.h"

#include "core/common/iclock.h"
#include "core/common/iclockcontrol.h"
#include "core/common/systemclock.h"
#include "core/common/untrustedjson.h"
#include "core/engine/engine.h"
#include "core/gatewayapi/controlreply.h"
#include "core/plugin/coprocesstestrunner.h"
#include "core/plugin/iplugindriver.h"
#include "core/plugin/iplugintestrunner.h"
#include "core/plugin/pluginhost.h"

#include <QDateTime>

#include <QUrlQuery>

namespace Hb::GatewayApi {

namespace {
// Trailing slashes are stripped before routing (Tyk: gateway/server.go, stripSlashes).
QString routePath(const Http::HttpRequest &request)
{
    QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path()));
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

Http::HttpResponse clockOutOfRange()
{
    return ControlReply::error(400, QStringLiteral("the clock can be moved at most %1 seconds "
                                                   "(100 years) either way")
                                        .arg(SystemClock::kMaxOffsetSecs));
}

Http::HttpResponse methodNotSupported()
{
    return ControlReply::error(405, QStringLiteral("Method not supported"));
}
} // namespace

GatewayApi::GatewayApi(Engine::Engine &engine, ReloadFunction reload, QString appsDir,
                       IClockControl *clockControl)
    : m_engine(engine)
    , m_clockControl(clockControl)
    , m_reload(std::move(reload))
    , m_keys(engine)
    , m_apis(engine, std::move(appsDir))
    , m_helloPath('/' + engine.config().healthCheckEndpointName.toUtf8())
    , m_readyPath("/ready")
{
    const auto name = engine.config().raw.find("readiness_check_endpoint_name");
    if (name != engine.config().raw.end() && name->is_string() && !name->get<std::string>().empty())
        m_readyPath = '/' + QByteArray::fromStdString(name->get<std::string>());
}

bool GatewayApi::handles(const QByteArray &path) const
{
    return path == "/tyk" || path.startsWith("/tyk/") || path.startsWith("/hookbench/") ||
           path == m_helloPath || path == m_helloPath + '/' || path == m_readyPath ||
           path == m_readyPath + '/';
}

void GatewayApi::handle(const Http::HttpRequest &request, ReplyCallback done)
{
    const QString path = routePath(request);
    if (path.toUtf8() == m_helloPath) {
        done(hello(request));
        return;
    }
    if (path.toUtf8() == m_readyPath) {
        done(ready(request));
        return;
    }
    // Every /tyk/ route needs the secret. Tyk compares the header with it as is, so with an
    // empty configured secret only a request without the header gets in.
    const QString secret = m_engine.config().secret;
    if (QString::fromUtf8(request.headers.value("X-Tyk-Authorization")) != secret) {
        done(ControlReply::error(
            403, QStringLiteral("Attempted administrative access with invalid or missing key!")));
        return;
    }
    if (path == u"/tyk/reload" || path == u"/tyk/reload/group") {
        done(reload(request));
        return;
    }
    if (path == u"/tyk/keys" || path.startsWith(u"/tyk/keys/")) {
        m_keys.handle(request, path.mid(int(qstrlen("/tyk/keys"))), std::move(done));
        return;
    }
    if (path == u"/tyk/apis" || path.startsWith(u"/tyk/apis/")) {
        done(m_apis.handle(request, path.mid(int(qstrlen("/tyk/apis")))));
        return;
    }
    if (path == u"/tyk/policies" || path.startsWith(u"/tyk/policies/")) {
        done(policies(request, path.mid(int(qstrlen("/tyk/policies")))));
        return;
    }
    if (path == u"/tyk/health") // Tyk's uptime health checks; Hookbench has none
        return done(ControlReply::error(
            400, QStringLiteral("Health checks are not enabled for this node")));
    if (path == u"/tyk/plugins/test") {
        pluginTest(request, std::move(done));
        return;
    }
    if (path == u"/hookbench/clock" || path.startsWith(u"/hookbench/clock/")) {
        done(clock(request, path.mid(int(qstrlen("/hookbench/clock")))));
        return;
    }
    if (path == u"/hookbench/session-cache") {
        done(sessionCache(request));
        return;
    }
    Http::HttpResponse notFound;
    notFound.status = 404;
    notFound.headers.add("Content-Type", "text/plain; charset=utf-8");
    notFound.body = "404 page not found\n"; // gorilla/mux's answer for an unknown /tyk/ route
    done(notFound);
}

void GatewayApi::pluginTest(const Http::HttpRequest &request, ReplyCallback done)
{
    if (request.method != "POST")
        return done(methodNotSupported());
    Result<Plugin::PluginTestRequest> test = Plugin::PluginTestRequest::parse(request.body);
    if (!test)
        return done(ControlReply::json(
            400, nlohmann::ordered_json{{"error", test.error().message.toStdString()}}));
    auto reply = [done](int status, const nlohmann::ordered_json &body) {
        done(ControlReply::json(status, body));
    };
    Plugin::IPluginDriver *driver = m_engine.plugins().driverFor(
        test->isJavaScript() ? QStringLiteral("javascript") : test->driver);
    if (test->isJavaScript()) {
        // Tyk's runner (always goja); the JS driver offers it.
        auto *runner = dynamic_cast<Plugin::IPluginTestRunner *>(driver);
        if (!runner)
            return reply(500, {{"error", "failed to initialize JavaScript VM"}});
        return runner->runPluginTest(*test, reply);
    }
    if (!driver)
        return reply(500,
                     {{"error", "no " + test->driver.toStdString() + " plugin driver is loaded"}});
    Plugin::CoprocessTestRunner::run(*driver, *test, reply);
}

Http::HttpResponse GatewayApi::hello(const Http::HttpRequest &request) const
{
    if (request.method != "GET")
        return ControlReply::error(405, QStringLiteral("Method Not Allowed"));
    const QString now =
        QDateTime::fromSecsSinceEpoch(m_engine.clock().nowSecs(), Qt::UTC).toString(Qt::ISODate);
    const bool storeUp = m_engine.storeAvailable();
    nlohmann::ordered_json redis = {{"status", storeUp ? "pass" : "fail"},
                                    {"componentType", "datastore"},
                                    {"time", now.toStdString()}};
    if (!storeUp)
        redis["output"] = "storage not connected";
    return ControlReply::json(200, nlohmann::ordered_json{{"status", storeUp ? "pass" : "fail"},
                                                          {"version", "v5.15.0-hookbench"},
                                                          {"description", "Tyk GW"},
                                                          {"details", {{"redis", redis}}}});
}

Http::HttpResponse GatewayApi::ready(const Http::HttpRequest &request) const
{
    if (request.method != "GET")
        return ControlReply::error(405, QStringLiteral("Method Not Allowed"));
    if (!m_engine.storeAvailable())
        return ControlReply::error(503, QStringLiteral("Redis connection not available"));
    Http::HttpResponse reply = hello(request);
    nlohmann::ordered_json body = nlohmann::ordered_json::parse(reply.body.toStdString());
    body["description"] = "Tyk GW Ready";
    return ControlReply::json(200, body);
}

Http::HttpResponse GatewayApi::reload(const Http::HttpRequest &request) const
{
    if (request.method != "GET")
        return methodNotSupported();
    if (m_reload) {
        // Tyk queues the reload and answers ok at once, whatever the reload then finds;
        // reloading here is synchronous, and a failure goes to the log as in Tyk.
        const Result<void> r = m_reload();
        if (!r)
            qWarning("reload failed: %s", qPrintable(r.error().toString()));
    }
    return ControlReply::ok(QString());
}

Http::HttpResponse GatewayApi::policies(const Http::HttpRequest &request, const QString &rest) const
{
    if (request.method != "GET")
        return methodNotSupported();
    const nlohmann::json all = m_engine.policies().toJson();
    if (rest.isEmpty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &[id, policy] : all.items())
            list.push_back(policy);
        return ControlReply::json(200, list);
    }
    const auto it = all.find(rest.mid(1).toStdString());
    if (it == all.end())
        return ControlReply::error(404, QStringLiteral("Policy not found"));
    return ControlReply::json(200, *it);
}

Http::HttpResponse GatewayApi::clock(const Http::HttpRequest &request, const QString &rest) const
{
    auto state = [this] {
        nlohmann::ordered_json j;
        j["now"] = m_engine.clock().nowSecs();
        j["offset_seconds"] = m_clockControl ? m_clockControl->offsetSecs() : 0;
        j["movable"] = m_clockControl != nullptr;
        return ControlReply::json(200, j);
    };
    if (request.method == "GET" && rest.isEmpty())
        return state();
    qint64 offset = 0;
    if (request.method == "PUT" && rest.isEmpty()) {
        const auto body = parseUntrustedJsonOrDiscarded(request.body.toStdString());
        if (!body.is_object() || !body.contains("offset_seconds") ||
            !body["offset_seconds"].is_number_integer())
            return ControlReply::error(
                400, QStringLiteral("expected a JSON body {\"offset_seconds\": <integer>}"));
        if (!body["offset_seconds"].is_number_integer() ||
            (body["offset_seconds"].is_number_unsigned() &&
             body["offset_seconds"].get<quint64>() > quint64(SystemClock::kMaxOffsetSecs)))
            return clockOutOfRange();
        offset = body["offset_seconds"].get<qint64>();
    } else if (request.method == "POST" && rest == u"/advance") {
        bool ok = false;
        const qint64 seconds = QUrlQuery(QString::fromUtf8(request.query()))
                                   .queryItemValue(QStringLiteral("seconds"))
                                   .toLongLong(&ok);
        if (!ok)
            return ControlReply::error(400, QStringLiteral("expected ?seconds=<integer>"));
        if (!SystemClock::isOffsetInRange(seconds))
            return clockOutOfRange();
        offset = (m_clockControl ? m_clockControl->offsetSecs() : 0) + seconds;
    } else {
        return ControlReply::error(405, QStringLiteral("Method not supported"));
    }
    if (!SystemClock::isOffsetInRange(offset))
        return clockOutOfRange();
    if (!m_clockControl || !m_clockControl->setOffsetSecs(offset))
        return ControlReply::error(409, QStringLiteral("this engine's clock cannot be moved"));
    return state();
}

Http::HttpResponse GatewayApi::sessionCache(const Http::HttpRequest &request) const
{
    if (request.method != "GET")
        return ControlReply::error(405, QStringLiteral("Method not supported"));
    const qint64 now = m_engine.clock().nowSecs();
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Engine::SessionCacheEntry &e : m_engine.sessionInspector().entries()) {
        nlohmann::ordered_json j;
        j["key"] = e.storageKey.toStdString();
        j["cache_key"] = e.cacheKey.toStdString();
        j["raw_id"] = e.rawId.toStdString();
        j["api_id"] = e.apiId.toStdString();
        j["deadline"] = e.deadline;
        j["seconds_left"] = e.deadline > 0 ? e.deadline - now : 0;
        j["expired"] = e.expired || (e.deadline > 0 && e.deadline <= now);
        j["hits"] = e.hits;
        j["misses"] = e.misses;
        j["last_used_ns"] = e.lastUsedNs;
        list.push_back(std::move(j));
    }
    nlohmann::ordered_json body;
    body["now"] = now;
    body["entries"] = std::move(list);
    return ControlReply::json(200, body);
}

} // namespace Hb::GatewayApi
