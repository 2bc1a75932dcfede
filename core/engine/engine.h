// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/gatewayconfig.h"
#include "core/engine/apirouter.h"
#include "core/engine/breakpoint.h"
#include "core/engine/breakpointset.h"
#include "core/engine/icontrolhandler.h"
#include "core/engine/sessioncachemonitor.h"
#include "core/session/keyhasher.h"
#include "core/session/sessionevent.h"
#include "core/session/sessionstate.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/pipeline/pipelinerunner.h"
#include "core/pipeline/ratelimiter.h"
#include "core/plugin/pluginhost.h"
#include "core/api/diagnostic.h"
#include "core/policy/policystore.h"
#include "core/trace/tracehub.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Hb {
class IClock;
class SystemClock;
} // namespace Hb
namespace Hb::Http {
class HttpClient;
}
namespace Hb::Session {
class ISessionStore;
}
namespace Hb::Upstream {
class EchoUpstream;
class HttpUpstream;
class UpstreamRouter;
} // namespace Hb::Upstream

namespace Hb::Engine {

// A request parked at a breakpoint, as the debugger API shows it.
struct PausedExchange
{
    quint64 id = 0;
    QString apiId;
    QString phase; // the phase it will run next
    Http::HttpRequest request;
    // The session auth found (or a plugin set); empty before auth and on keyless APIs.
    std::optional<Session::SessionState> session;
};

// The in-process gateway. Owns the loaded APIs, the pipeline runner and the upstreams; the
// clock and the session store are handed in by the composition root (main). Every method
// is called on the thread the engine lives on (the engine thread); the GUI reaches it with
// queued calls and reads what happened from trace events.
class Engine : public QObject, private Session::ISessionEventSink
{
    Q_OBJECT
public:
    using ReplyCallback = std::function<void(const Http::HttpResponse &)>;

    Engine(const IClock &clock, Session::ISessionStore &store, Api::GatewayConfig config,
           QObject *parent = nullptr);
    ~Engine() override;

    const Api::GatewayConfig &config() const { return m_config; }
    const IClock &clock() const { return m_clock; }
    Session::ISessionStore &store() { return m_store; }
    Trace::TraceHub &trace() { return m_trace; }

    // Replaces the served APIs; requests in flight finish on the pipelines (and plugin
    // code) they started with. Plugin code is found and loaded here; an API whose bundle
    // cannot be found or verified is not served (as in Tyk). Returns what went wrong.
    Api::Diagnostics setApis(const QList<Api::ApiDefinition> &apis);
    QList<Api::ApiDefinition> apis() const;
    // Replaces the policies; sessions read from now on get the new ones (Tyk re-applies
    // policies on every session read), including requests already in flight.
    void setPolicies(Policy::PolicyStore policies) { m_policies = std::move(policies); }
    const Policy::PolicyStore &policies() const { return m_policies; }

    // How session keys are named in the store (tyk.conf hash_keys, hash_key_function).
    const Session::KeyHasher &keyHasher() const { return m_keyHasher; }
    // Applies the session's policies with the current policy set, as Tyk does on every read.
    Result<void> applyPolicies(Session::SessionState &session) const;
    // The Redis TTL Tyk would give `session` (reference §9), for sessions the Gateway API writes.
    qint64 sessionLifetime(const Session::SessionState &session) const;
    // The loaded policies as an object keyed by id, for the Gateway API.
    nlohmann::json policiesJson() const;
    // Whether the session store answered its last call (false while Redis is away).
    bool storeAvailable() const { return m_storeAvailable; }
    void setStoreAvailable(bool available) { m_storeAvailable = available; }

    // Plugin drivers and bundle lookup; drivers are added by the composition root.
    Plugin::PluginHost &plugins() { return m_plugins; }

    // Stops the engine's own timers; call on the engine thread before that thread ends
    // (timers cannot be stopped from another thread).
    void stopTimers();

    // The ID-extractor cache as the engine has seen it (the session inspector's table).
    QList<SessionCacheEntry> sessionCacheEntries() const { return m_cacheMonitor.entries(); }

    // Moving the engine clock, so expiry can be watched without waiting. Only a clock the
    // composition root handed over can be moved (the real clock plus an offset).
    void setMovableClock(SystemClock *clock) { m_movableClock = clock; }
    bool clockMovable() const { return m_movableClock != nullptr; }
    qint64 clockOffsetSecs() const;
    // Sets the offset from real time; returns false when the clock cannot move.
    bool setClockOffsetSecs(qint64 offset);
    // Moves the clock by `seconds`, paused or not (the inspector's "jump forward").
    bool advanceClockSecs(qint64 seconds);
    // Freezes the clock at its current time or lets it run on from there; false when the
    // clock cannot move.
    bool setClockPaused(bool paused);
    bool clockPaused() const;

    // Session inspector: the session stored under `storageKey` (as SessionCacheEntry names
    // it), written back as the Gateway API's PUT /tyk/keys with suppress_reset does (TTL from
    // the session's lifetime, quota window kept), or evicted. Evicting removes the session
    // and its quota counter from the store and the entry from the cache monitor, so the next
    // request calls the plugin again. `done` runs on the engine thread.
    using SessionCallback = std::function<void(Result<std::optional<Session::SessionState>>)>;
    using DoneCallback = std::function<void(Result<void>)>;
    void readSession(const QString &storageKey, SessionCallback done);
    void writeSession(const QString &storageKey, const Session::SessionState &session,
                      DoneCallback done);
    void evictSession(const QString &storageKey, DoneCallback done);
    // Evicts every entry the cache monitor shows.
    void evictAllSessions(DoneCallback done);

    // Answers /hello and /tyk/... ahead of the APIs (not owned; may be null).
    void setControlHandler(IControlHandler *handler) { m_control = handler; }

    // The single entry point for every request (HTTP front, CLI send, composer, replay).
    // `done` is called once on the engine thread, possibly before submit() returns.
    // Returns the exchange id (0 when the request matched no API and was answered at once).
    quint64 submit(Http::HttpRequest request, ReplyCallback done);
    // The client went away: the exchange ends with Tyk's 499 "Client closed request" and
    // its reply is dropped.
    void cancel(quint64 id);
    int inFlightCount() const { return int(m_inFlight.size()); }

    // Step debugger.
    void addBreakpoint(const Breakpoint &bp) { m_breakpoints.add(bp); }
    bool removeBreakpoint(const Breakpoint &bp) { return m_breakpoints.remove(bp); }
    void clearBreakpoints() { m_breakpoints.clear(); }
    QList<Breakpoint> breakpoints() const { return m_breakpoints.all(); }
    QList<PausedExchange> pausedExchanges() const;
    bool resume(quint64 id); // run on to the next breakpoint
    bool step(quint64 id);   // run one phase, then pause again
    bool abort(quint64 id);  // end it now; the client gets 499 "Client closed request"
    // Replaces the request of a paused exchange (the debugger's edit).
    bool editPausedRequest(quint64 id, const Http::HttpRequest &request);
    // Puts a paused exchange's request back to what the client sent.
    bool revertPausedRequest(quint64 id);
    // Replaces the session of a paused exchange that has one (after auth). The edit counts as
    // a change to the session, as a plugin's would: later phases see it and the runner writes
    // it to the store after the next phase. Returns false when the exchange is not paused or
    // holds no session yet.
    bool editPausedSession(quint64 id, const Session::SessionState &session);
    // The names of the phases `apiId` runs, in order (what a breakpoint can name); empty
    // when no such API is served.
    QStringList phaseNames(const QString &apiId) const;

Q_SIGNALS:
    // The session store went away or came back (Redis); `reason` says why.
    void storeAvailabilityChanged(bool available, const QString &reason);

private:
    std::shared_ptr<Pipeline::Exchange> pausedExchange(quint64 id) const;
    // Store events become trace events (the session inspector reads them); StoreDown and
    // StoreUp also flip storeAvailable().
    void sessionEvent(const Session::SessionEvent &event) override;

    const IClock &m_clock;
    Session::ISessionStore &m_store;
    Api::GatewayConfig m_config;
    Trace::TraceHub m_trace;
    Http::HttpClient *m_httpClient; // a child, so moveToThread() takes it along
    std::unique_ptr<Upstream::EchoUpstream> m_echo;
    std::unique_ptr<Upstream::HttpUpstream> m_httpUpstream;
    std::unique_ptr<Upstream::UpstreamRouter> m_upstreams;
    BreakpointSet m_breakpoints;
    Policy::PolicyStore m_policies; // phases hold a reference; setPolicies assigns in place
    Pipeline::RateLimiter m_rateLimiter;
    Pipeline::PipelineRunner m_runner;
    ApiRouter m_router;
    QHash<quint64, std::shared_ptr<Pipeline::Exchange>> m_inFlight;
    quint64 m_lastId = 0;
    IControlHandler *m_control = nullptr;
    Session::KeyHasher m_keyHasher;
    bool m_storeAvailable = true;
    // Pipelines hold plugin modules, which need their drivers: ~Engine clears the router
    // before this goes.
    Plugin::PluginHost m_plugins;
    SessionCacheMonitor m_cacheMonitor;
    QTimer *m_cacheSweep; // a child: notices deadlines passing while nothing happens
    SystemClock *m_movableClock = nullptr;
};

} // namespace Hb::Engine
