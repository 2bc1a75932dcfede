// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/common/result.h"
#include "core/pipeline/firedevent.h"
#include "core/pipeline/phasestatus.h"
#include "core/session/sessionstate.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Hb::Pipeline {

class LoadedApi;

// Where an exchange stands; read by the debugger API.
enum class ExchangeState {
    Running,      // a phase is executing or the runner is between phases
    Waiting,      // a phase returned Pause and waits for its completion
    AtBreakpoint, // parked by the step gate before phases[phaseIndex]
    Finished,
    Aborted,
};

// One request on its way through a pipeline: the request as it is now and as it arrived,
// the session once auth found one, the response once there is one. Lives on the engine
// thread; the engine owns it through shared_ptr while in flight, and completions hold weak
// references, so dropping it cancels whatever it was waiting for.
class Exchange
{
public:
    using FinishedCallback = std::function<void(const Http::HttpResponse &)>;

    Exchange(quint64 id, std::shared_ptr<const LoadedApi> api, Http::HttpRequest received)
        : request(std::move(received))
        , m_id(id)
        , m_api(std::move(api))
        , m_original(request)
    {}

    quint64 id() const { return m_id; }
    const LoadedApi &api() const { return *m_api; }
    std::shared_ptr<const LoadedApi> apiPtr() const { return m_api; }
    const Http::HttpRequest &originalRequest() const { return m_original; }

    // Records Tyk's error status and message; the phase then returns PhaseStatus::Fail.
    void fail(int status, QString message)
    {
        failStatus = status;
        failMessage = std::move(message);
    }

    Http::HttpRequest request;
    Http::HttpResponse response;
    std::optional<Session::SessionState> session;
    QString sessionKey; // the key the session was found under
    QString
        authToken; // the session's KeyID once auth found one (Tyk's ctxGetAuthToken), for events
    bool sessionModified = false; // persisted after the phase that set it (Tyk's createMiddleware)
    // X-RateLimit-* headers the rate limiter produced in "rate_limits" mode. Tyk writes them
    // on the response writer before the reply exists, so error replies carry them as well.
    Http::HeaderList rateLimitHeaders;

    int failStatus = 0;
    QString failMessage;
    // Added to the error reply: a plugin's return_overrides headers on Tyk's error path.
    Http::HeaderList errorHeaders;
    // Headers a Go plugin set on Tyk's response writer without writing: they go out with
    // whatever reply is finally written, before its own (Tyk: gateway/mw_go_plugin.go).
    Http::HeaderList writerHeaders;
    bool endpointIgnored = false; // VersionCheck matched an `ignored` path
    qint64 throttleLevel = 0;     // throttle retries made so far (throttle_retry_limit)
    bool runResponsePhasesOnRespond = false;
    // A JSVM return override answered with a synthetic reply (Tyk: gateway/mw_js_plugin.go).
    // Tyk runs the response chain on it with the hook's own session object (the session
    // only for require_session post hooks, else empty), quota headers included, and a
    // failing response plugin is then only logged.
    bool forcedReply = false;
    std::optional<Session::SessionState> forcedReplySession;
    QString versionName;   // resolved API version
    qint64 upstreamNs = 0; // the upstream round trip (analytics' Latency.Upstream)
    // A Go request plugin wrote the reply (Tyk records those differently), and how long the
    // plugin took.
    bool goPluginWrote = false;
    qint64 goPluginNs = 0;
    // Set by TrackEndpointPhase: the matched track_endpoints pattern (the record's Path),
    // and whether a do_not_track_endpoints entry matched (no record).
    QString analyticsTrackedPath;
    bool analyticsDoNotTrack = false;
    // The status the analytics record carries when Tyk's error handler records an error the
    // client never saw (policies failing after an API-level Go step: an empty 200 is sent).
    std::optional<int> analyticsResponseCode;

    // Runner state.
    ExchangeState state = ExchangeState::Running;
    int phaseIndex = 0;
    bool stepOnce = false;     // pause again before the next phase (debugger "step")
    bool passGateOnce = false; // just resumed from a breakpoint: run this phase
    bool inPhaseRun = false;   // PhaseCompletion calls during run() are recorded, not driven
    std::optional<PhaseStatus> syncStatus;
    qint64 startNs = 0;
    qint64 phaseStartNs = 0;
    std::optional<Http::HttpRequest> requestBeforePhase; // trace snapshot, when wanted
    // What the running phase wants its trace event to say (cleared before each phase).
    QString phaseNote;
    bool phaseSkipped = false;
    // Whether anyone reads the trace: phases skip building notes and logs when not.
    bool tracing = false;
    // Where in the user's code the phase failed (a plugin's file and line), when known.
    SourceLocation phaseWhere;
    // Tyk events the running phase fired (AuthFailure, ...); the runner hands them to the
    // API's event handlers when the phase ends.
    QList<FiredEvent> firedEvents;
    // Tyk's AuthFailed (gateway/mw_auth_key.go): the event every auth refusal fires.
    void fireAuthFailure(QString key)
    {
        fireEvent(QStringLiteral("AuthFailure"), QStringLiteral("Auth Failure"), std::move(key));
    }
    void fireEvent(QString type, QString message, QString key, std::optional<QString> reason = {})
    {
        firedEvents.append(
            {std::move(type), std::move(message), std::move(key), std::move(reason)});
    }
    // Whether the trace keeps snapshots around phases (set before each phase).
    bool snapshotting = false;
    // What a coprocess hook was sent and returned, as JSON, when snapshotting.
    QByteArray phaseObjectSent;
    QByteArray phaseObjectReceived;
    // Lines the phase's plugin wrote (level, text); traced as Log events of the phase.
    QList<std::pair<QString, QString>> phaseLogs;
    FinishedCallback onFinished;

private:
    quint64 m_id;
    std::shared_ptr<const LoadedApi> m_api;
    Http::HttpRequest m_original;
};

} // namespace Hb::Pipeline
