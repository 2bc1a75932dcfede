// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/gatewayconfig.h"
#include "core/common/manualclock.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/pipelinebuilder.h"
#include "core/pipeline/pipelinerunner.h"
#include "core/pipeline/ratelimiter.h"
#include "core/policy/policystore.h"
#include "core/session/keyhasher.h"
#include "core/session/memorysessionstore.h"
#include "core/trace/memorytracesink.h"
#include "core/upstream/echoupstream.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace Hb::Test {

// What one phase did to one exchange, read after the phase's final status is known (after
// its completion when it paused).
struct PhaseRun
{
    bool finished = false; // false: the phase neither returned nor completed within the wait
    Pipeline::PhaseStatus status = Pipeline::PhaseStatus::Fail; // the final status
    bool paused = false;  // run() returned Pause and the status came through the completion
    bool skipped = false; // the phase marked itself skipped (Exchange::phaseSkipped)
    QString note;         // the phase's trace text: its note, or the failure message
    // The reply the client would get if the chain ended here: on Fail, Tyk's error template
    // that the runner writes; on Respond, the phase's reply; on Continue, Exchange::response
    // as the phase left it (empty for request phases that do not answer).
    Http::HttpResponse reply;
    std::shared_ptr<Pipeline::Exchange> exchange; // the exchange as the phase left it

    // The "error" field of Tyk's JSON error body, empty when the body is not one.
    QString error() const;
};

// Runs one phase at a time, as Envoy's filter tests run one filter (house style, Tests): the
// test constructs the phase itself with the kit's collaborators, and the kit runs it alone
// on one exchange through the real PipelineRunner, so the runner's contract (completion,
// Tyk's error template, persisting a modified session) applies exactly as in the engine.
// Everything lives on the test's thread, which acts as the engine thread.
class PhaseTestKit
{
public:
    using Prepare = std::function<void(Pipeline::Exchange &)>;

    // `apiPatch` is merged (RFC 7386 merge patch) over baseApiJson(); the result must parse.
    explicit PhaseTestKit(const QByteArray &apiPatch = "{}", Api::GatewayConfig config = {});
    PhaseTestKit(const PhaseTestKit &) = delete;
    PhaseTestKit &operator=(const PhaseTestKit &) = delete;

    // A protected (keyed), non-versioned classic API "kit" on /kit/, org "org1", proxied to
    // the echo upstream.
    static nlohmann::json baseApiJson();
    // The definition baseApiJson() + `patch` gives, through the real classic loader.
    static Api::ApiDefinition apiFromJson(const QByteArray &patch);

    const Api::ApiDefinition &api() const { return m_api; }
    // Replaces the API (for tests that build the definition in code); runChain rebuilds.
    void setApi(Api::ApiDefinition api);
    const Api::GatewayConfig &config() const { return m_config; }
    ManualClock &clock() { return m_clock; }
    Session::MemorySessionStore &store() { return m_store; }
    Pipeline::RateLimiter &rateLimiter() { return m_rateLimiter; }
    const Policy::PolicyStore &policies() const { return m_policies; }
    // policies.policy_record_name's format: one object keyed by policy id.
    void setPolicies(const QByteArray &recordJson);
    void setPolicies(Policy::PolicyStore policies);
    const Session::KeyHasher &keyHasher() const { return m_keyHasher; }
    void setKeyHasher(const Session::KeyHasher &hasher) { m_keyHasher = hasher; }
    Upstream::EchoUpstream &upstream() { return m_upstream; }
    Trace::MemoryTraceSink &trace() { return m_trace; }
    // What PipelineBuilder gives every phase, pointing at the kit's collaborators.
    Pipeline::PipelineContext context();

    // Stores `session` (org_id "org1" unless it sets one) under storage key `key`.
    void putSession(const QString &key, nlohmann::json session, qint64 ttlSecs = 0);
    // The session stored under `key`, if any.
    std::optional<nlohmann::json> storedSession(const QString &key);

    // A request for `target` with a Host header and `headers` added in order.
    static Http::HttpRequest request(const QByteArray &method, const QByteArray &target,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // Runs `phase` alone on a fresh exchange for `request`; `prepare` sets what the earlier
    // phases would have left on it (session, versionName, endpointIgnored...). The phase
    // stays the caller's, so several runs share its state as requests of one API do.
    PhaseRun run(Pipeline::IPhase &phase, Http::HttpRequest request, const Prepare &prepare = {},
                 int timeoutMs = 5000);
    // The same, with the session AuthKey would have found under storage key `key`.
    PhaseRun runWithSession(Pipeline::IPhase &phase, Http::HttpRequest request,
                            nlohmann::json session, const QString &key = QStringLiteral("key123"));

    // The whole chain PipelineBuilder makes of api() with the kit's collaborators (no plugin
    // driver), run on `request` through the runner: what the pipeline answers, without the
    // engine's router in front. For exchange scripts that pin how phases work together.
    // `status` is the last phase's.
    PhaseRun runChain(Http::HttpRequest request, int timeoutMs = 5000);

private:
    PhaseRun drive(std::shared_ptr<const Pipeline::LoadedApi> api, Http::HttpRequest request,
                   const Prepare &prepare, int timeoutMs,
                   const std::optional<Pipeline::PhaseStatus> *returned);

    ManualClock m_clock;
    Session::MemorySessionStore m_store{m_clock};
    Pipeline::RateLimiter m_rateLimiter{m_clock};
    Policy::PolicyStore m_policies;
    Session::KeyHasher m_keyHasher;
    Upstream::EchoUpstream m_upstream;
    Trace::MemoryTraceSink m_trace;
    Pipeline::PipelineRunner m_runner{m_clock, m_trace, m_store};
    Api::GatewayConfig m_config;
    Api::ApiDefinition m_api;
    std::shared_ptr<const Pipeline::LoadedApi> m_chain; // built by runChain, dropped on change
    quint64 m_nextId = 1;
};

} // namespace Hb::Test
