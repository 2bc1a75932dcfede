// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/gatewayconfig.h"
#include "core/engine/apirouter.h"
#include "core/engine/icontrolhandler.h"
#include "core/engine/sessioncachemonitor.h"
#include "core/engine/sessioninspector.h"
#include "core/engine/sessionrules.h"
#include "core/engine/stepdebugger.h"
#include "core/pipeline/analyticsrecorder.h"
#include "core/session/keyhasher.h"
#include "core/session/sessionevent.h"
#include "core/session/sessionstate.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/pipeline/pipelinerunner.h"
#include "core/pipeline/ratelimiter.h"
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
}
namespace Hb::Http {
class HttpClient;
}
namespace Hb::Plugin {
class PluginHost;
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

// The in-process gateway. Owns the loaded APIs, the pipeline runner and the upstreams; the
// clock and the session store are handed in by the composition root (main). Every method
// is called on the thread the engine lives on (the engine thread); the GUI reaches it with
// queued calls and reads what happened from trace events. Its two other faces, the step
// debugger and the session inspector, are separate interfaces (stepDebugger(),
// sessionInspector()) so their users need not know the engine; moving the clock belongs to
// whoever owns the clock (the composition root's IClockControl).
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
    // Where analytics records go (EngineSetup adds Redis when the store is Redis).
    Pipeline::AnalyticsRecorder &analytics() { return m_analytics; }

    // Replaces the served APIs; requests in flight finish on the pipelines (and plugin
    // code) they started with. Plugin code is found and loaded here; an API whose bundle
    // cannot be found or verified is not served (as in Tyk). Returns what went wrong.
    Api::Diagnostics setApis(const QList<Api::ApiDefinition> &apis);
    QList<Api::ApiDefinition> apis() const;
    // Replaces the policies; sessions read from now on get the new ones (Tyk re-applies
    // policies on every session read), including requests already in flight.
    void setPolicies(Policy::PolicyStore policies) { m_policies = std::move(policies); }
    const Policy::PolicyStore &policies() const { return m_policies; }

    // Key names, policies on read and TTLs on write, shared with the Gateway API's key
    // endpoints.
    const SessionRules &sessionRules() const { return m_sessionRules; }
    // Whether the session store answered its last call (false while Redis is away).
    bool storeAvailable() const { return m_storeAvailable; }

    // Plugin drivers and bundle lookup; drivers are added by the composition root.
    Plugin::PluginHost &plugins() { return *m_plugins; }

    // Stops the engine's own timers; call on the engine thread before that thread ends
    // (timers cannot be stopped from another thread).
    void stopTimers();

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

    // The step debugger and the session inspector (owned by the engine; engine thread).
    IStepDebugger &stepDebugger() { return m_debugger; }
    ISessionInspector &sessionInspector() { return m_inspector; }

Q_SIGNALS:
    // The session store went away or came back (Redis); `reason` says why.
    void storeAvailabilityChanged(bool available, const QString &reason);

private:
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
    // Declared before the runner it is the gate of, so it outlives it; it refers to the
    // runner, m_inFlight and m_router, which are only used once construction is done.
    StepDebugger m_debugger;
    Policy::PolicyStore m_policies; // phases hold a reference; setPolicies assigns in place
    SessionRules m_sessionRules;    // refers to m_policies
    Pipeline::RateLimiter m_rateLimiter;
    // Before the runner, which reports to it, and destroyed after the plugin drivers, whose
    // answers (the analytics plugin's) it takes.
    Pipeline::AnalyticsRecorder m_analytics;
    Pipeline::PipelineRunner m_runner;
    ApiRouter m_router;
    QHash<quint64, std::shared_ptr<Pipeline::Exchange>> m_inFlight;
    quint64 m_lastId = 0;
    IControlHandler *m_control = nullptr;
    bool m_storeAvailable = true;
    // Pipelines hold plugin modules, which need their drivers: ~Engine clears the router
    // before this goes.
    std::unique_ptr<Plugin::PluginHost> m_plugins;
    SessionCacheMonitor m_cacheMonitor;
    SessionInspector m_inspector;
    QTimer *m_cacheSweep; // a child: notices deadlines passing while nothing happens
};

} // namespace Hb::Engine
