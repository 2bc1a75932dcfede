// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpointset.h"
#include "core/engine/istepdebugger.h"

#include <QHash>

#include <memory>

namespace Hb::Pipeline {
class Exchange;
class PipelineRunner;
} // namespace Hb::Pipeline

namespace Hb::Engine {

class ApiRouter;

// The engine's step debugger: owns the breakpoints (the runner's gate) and acts on the
// engine's exchanges in flight through its runner. Engine thread only. The engine owns it
// and the map, runner and router it refers to, which outlive every call.
class StepDebugger final : public IStepDebugger
{
public:
    using Exchanges = QHash<quint64, std::shared_ptr<Pipeline::Exchange>>;

    StepDebugger(const Exchanges &inFlight, Pipeline::PipelineRunner &runner,
                 const ApiRouter &router);

    // What the runner consults before every phase.
    Pipeline::IStepGate &gate() { return m_breakpoints; }

    void addBreakpoint(const Breakpoint &bp) override { m_breakpoints.add(bp); }
    bool removeBreakpoint(const Breakpoint &bp) override { return m_breakpoints.remove(bp); }
    void clearBreakpoints() override { m_breakpoints.clear(); }
    QList<Breakpoint> breakpoints() const override { return m_breakpoints.all(); }
    QStringList phaseNames(const QString &apiId) const override;

    QList<PausedExchange> pausedExchanges() const override;
    bool resume(quint64 id) override;
    bool step(quint64 id) override;
    bool abort(quint64 id) override;
    bool editPausedRequest(quint64 id, const Http::HttpRequest &request) override;
    bool revertPausedRequest(quint64 id) override;
    bool editPausedSession(quint64 id, const Session::SessionState &session) override;

private:
    // The exchange `id` when it waits at a breakpoint, else null.
    std::shared_ptr<Pipeline::Exchange> paused(quint64 id) const;

    const Exchanges &m_inFlight;
    Pipeline::PipelineRunner &m_runner;
    const ApiRouter &m_router;
    BreakpointSet m_breakpoints;
};

} // namespace Hb::Engine
