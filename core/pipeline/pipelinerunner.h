// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/errorreply.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/phasestatus.h"
#include "core/session/sessionlifetime.h"

#include <memory>

namespace Hb {
class IClock;
}
namespace Hb::Session {
class ISessionStore;
}
namespace Hb::Trace {
class ITraceSink;
}

namespace Hb::Pipeline {

class AnalyticsRecorder;

class IStepGate;

// The run loop (after nginx's ngx_http_core_run_phases): starts at exchange.phaseIndex,
// runs phases until one pauses, and re-enters at the same place when the pause ends. No
// recursion and no thread is held while a phase waits. Engine thread only.
class PipelineRunner
{
public:
    PipelineRunner(const IClock &clock, Trace::ITraceSink &trace, Session::ISessionStore &store)
        : m_clock(clock)
        , m_trace(trace)
        , m_store(store)
    {}

    void setGate(const IStepGate *gate) { m_gate = gate; }
    // Tyk's analytics records of finished requests (null: none kept).
    void setAnalyticsRecorder(AnalyticsRecorder *recorder) { m_analytics = recorder; }
    void setErrorReplyOptions(const ErrorReplyOptions &options) { m_errorOptions = options; }
    // tyk.conf's session-lifetime settings; the API's own are taken from each exchange.
    void setSessionLifetimeDefaults(const Session::SessionLifetimeOptions &options)
    {
        m_lifetime = options;
    }

    // Starts an exchange at its first phase. The exchange's onFinished is called once with
    // the reply, unless the exchange is aborted first.
    void start(const std::shared_ptr<Exchange> &exchange);
    // Continues an exchange parked at a breakpoint; with `step` it parks again before the
    // following phase. Returns false if the exchange is not at a breakpoint.
    bool resume(const std::shared_ptr<Exchange> &exchange, bool step);
    // Ends an exchange wherever it is, replying `status` with Tyk's error template (the
    // completion of a phase still waiting is then ignored).
    void abort(const std::shared_ptr<Exchange> &exchange, int status, const QString &message);

private:
    friend class PhaseCompletion;
    void complete(const std::shared_ptr<Exchange> &exchange, int phaseIndex, PhaseStatus status);
    void drive(const std::shared_ptr<Exchange> &exchange);
    // Applies a phase's final status; returns false when the exchange left the loop.
    bool advance(Exchange &exchange, PhaseStatus status);
    // Trace of one phase: begin before run(), end once its final status is known (whether
    // it completed at once or after a pause), so phases never trace themselves.
    void tracePhaseBegin(Exchange &exchange);
    // The events the phase fired go to the API's handlers (and, when tracing, to its logs).
    void handOverEvents(Exchange &exchange);
    void tracePhaseEnd(Exchange &exchange, PhaseStatus status);
    void persistSessionIfModified(Exchange &exchange);
    void finish(Exchange &exchange);

    const IClock &m_clock;
    Trace::ITraceSink &m_trace;
    AnalyticsRecorder *m_analytics = nullptr;
    Session::ISessionStore &m_store;
    const IStepGate *m_gate = nullptr;
    ErrorReplyOptions m_errorOptions;
    Session::SessionLifetimeOptions m_lifetime;
};

} // namespace Hb::Pipeline
