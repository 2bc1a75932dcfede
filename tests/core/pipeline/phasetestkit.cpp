// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/pipeline/phasetestkit.h"

#include "core/api/apidefinitionloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <vector>

namespace Hb::Test {

namespace {
// The LoadedApi owns its phases; the phase under test stays the test's, so this forwards to
// it and remembers what run() itself returned (Pause, or a status at once).
class BorrowedPhase final : public Pipeline::IPhase
{
public:
    BorrowedPhase(Pipeline::IPhase &phase, std::optional<Pipeline::PhaseStatus> &returned)
        : m_phase(phase)
        , m_returned(returned)
    {}
    QString name() const override { return m_phase.name(); }
    Pipeline::PhaseStatus run(Pipeline::Exchange &ex,
                              const Pipeline::PhaseCompletion &done) override
    {
        const Pipeline::PhaseStatus status = m_phase.run(ex, done);
        m_returned = status;
        return status;
    }

private:
    Pipeline::IPhase &m_phase;
    std::optional<Pipeline::PhaseStatus> &m_returned;
};

Pipeline::PhaseStatus statusOf(Trace::Outcome outcome)
{
    switch (outcome) {
    case Trace::Outcome::Continue:
    case Trace::Outcome::Skipped: return Pipeline::PhaseStatus::Continue;
    case Trace::Outcome::Respond: return Pipeline::PhaseStatus::Respond;
    default: return Pipeline::PhaseStatus::Fail;
    }
}
} // namespace

QString PhaseRun::error() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    return doc.isObject() ? doc.object().value(u"error").toString() : QString();
}

PhaseTestKit::PhaseTestKit(const QByteArray &apiPatch, Api::GatewayConfig config)
    : m_keyHasher(config.hashKeys, config.hashKeyFunction)
    , m_config(std::move(config))
    , m_api(apiFromJson(apiPatch))
{
    // The engine gives its runner these from tyk.conf (Engine's constructor).
    m_runner.setErrorReplyOptions({m_config.hideGeneratorHeader, m_config.closeConnections});
    m_runner.setSessionLifetimeDefaults({0, m_config.sessionLifetimeRespectsKeyExpiration,
                                         m_config.forceGlobalSessionLifetime,
                                         m_config.globalSessionLifetime});
}

nlohmann::json PhaseTestKit::baseApiJson()
{
    return nlohmann::json::parse(R"({
        "api_id": "kit", "org_id": "org1", "name": "kit", "use_keyless": false,
        "auth": {"auth_header_name": "Authorization"},
        "proxy": {"listen_path": "/kit/", "target_url": "hookbench://echo",
                  "strip_listen_path": true},
        "version_data": {"not_versioned": true,
                         "versions": {"Default": {"name": "Default"}}}
    })");
}

Api::ApiDefinition PhaseTestKit::apiFromJson(const QByteArray &patch)
{
    nlohmann::json definition = baseApiJson();
    definition.merge_patch(nlohmann::json::parse(patch.toStdString()));
    Api::Diagnostics diagnostics;
    auto api = Api::ApiDefinitionLoader::parse(QByteArray::fromStdString(definition.dump()),
                                               QStringLiteral("kit.json"), &diagnostics);
    if (!api)
        qFatal("phase kit: the test's API definition does not load: %s",
               qPrintable(api.error().toString()));
    return *api;
}

void PhaseTestKit::setPolicies(const QByteArray &recordJson)
{
    auto store = Policy::PolicyStore::fromRecordJson(recordJson, QStringLiteral("policies.json"));
    if (!store)
        qFatal("phase kit: the test's policies do not load: %s",
               qPrintable(store.error().toString()));
    setPolicies(std::move(*store));
}

void PhaseTestKit::setPolicies(Policy::PolicyStore policies)
{
    m_policies = std::move(policies);
    m_chain.reset();
}

void PhaseTestKit::setApi(Api::ApiDefinition api)
{
    m_api = std::move(api);
    m_chain.reset();
}

Pipeline::PipelineContext PhaseTestKit::context()
{
    return Pipeline::PipelineContext{m_clock,    m_store,       m_upstream,  m_config,
                                     m_policies, m_rateLimiter, m_keyHasher, nullptr};
}

void PhaseTestKit::putSession(const QString &key, nlohmann::json session, qint64 ttlSecs)
{
    if (!session.contains("org_id"))
        session["org_id"] = "org1";
    bool stored = false;
    m_store.set(key, Session::SessionState(std::move(session)), ttlSecs,
                [&stored](const Result<void> &r) { stored = bool(r); });
    if (!stored)
        qFatal("phase kit: the memory store refused a session");
}

std::optional<nlohmann::json> PhaseTestKit::storedSession(const QString &key)
{
    std::optional<nlohmann::json> out;
    m_store.get(key, [&out](Result<std::optional<Session::SessionState>> r) {
        if (r && r->has_value())
            out = (*r)->json();
    });
    return out;
}

Http::HttpRequest PhaseTestKit::request(const QByteArray &method, const QByteArray &target,
                                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    Http::HttpRequest r;
    r.method = method;
    r.target = target;
    r.headers.add("Host", "gw.local");
    for (const auto &[name, value] : headers)
        r.headers.add(name, value);
    return r;
}

PhaseRun PhaseTestKit::run(Pipeline::IPhase &phase, Http::HttpRequest request,
                           const Prepare &prepare, int timeoutMs)
{
    std::optional<Pipeline::PhaseStatus> returned;
    std::vector<std::unique_ptr<Pipeline::IPhase>> phases;
    phases.push_back(std::make_unique<BorrowedPhase>(phase, returned));
    auto api = std::make_shared<const Pipeline::LoadedApi>(m_api, std::move(phases), 1);
    return drive(std::move(api), std::move(request), prepare, timeoutMs, &returned);
}

PhaseRun PhaseTestKit::runChain(Http::HttpRequest request, int timeoutMs)
{
    if (!m_chain)
        m_chain = Pipeline::PipelineBuilder::build(m_api, context());
    return drive(m_chain, std::move(request), {}, timeoutMs, nullptr);
}

PhaseRun PhaseTestKit::drive(std::shared_ptr<const Pipeline::LoadedApi> api,
                             Http::HttpRequest request, const Prepare &prepare, int timeoutMs,
                             const std::optional<Pipeline::PhaseStatus> *returned)
{
    PhaseRun result;
    result.exchange =
        std::make_shared<Pipeline::Exchange>(m_nextId++, std::move(api), std::move(request));
    Pipeline::Exchange &ex = *result.exchange;
    // VersionCheck resolves the version in the chain; a phase alone starts from the default.
    if (returned)
        ex.versionName = m_api.versionData.defaultVersion.isEmpty()
                             ? QStringLiteral("Default")
                             : m_api.versionData.defaultVersion;
    if (prepare)
        prepare(ex);
    bool done = false;
    ex.onFinished = [&result, &done](const Http::HttpResponse &reply) {
        result.reply = reply;
        done = true;
    };
    m_runner.start(result.exchange);
    if (!done)
        (void)QTest::qWaitFor([&done] { return done; }, timeoutMs);
    ex.onFinished = nullptr; // `result` and `done` die with this call
    result.finished = done;
    result.paused = returned && *returned == Pipeline::PhaseStatus::Pause;
    for (const Trace::TraceEvent &e : m_trace.eventsFor(ex.id())) {
        if (e.kind != Trace::TraceKind::PhaseFinished)
            continue;
        result.status = statusOf(e.outcome);
        result.skipped = e.outcome == Trace::Outcome::Skipped;
        result.note = e.message;
    }
    return result;
}

PhaseRun PhaseTestKit::runWithSession(Pipeline::IPhase &phase, Http::HttpRequest request,
                                      nlohmann::json session, const QString &key)
{
    if (!session.contains("org_id"))
        session["org_id"] = "org1";
    return run(phase, std::move(request), [&session, &key](Pipeline::Exchange &ex) {
        ex.session = Session::SessionState(session);
        ex.sessionKey = key;
    });
}

} // namespace Hb::Test
