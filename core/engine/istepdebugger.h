// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"
#include "core/engine/pausedexchange.h"

#include <QList>
#include <QStringList>

namespace Hb::Http {
struct HttpRequest;
}
namespace Hb::Session {
class SessionState;
}

namespace Hb::Engine {

// The step debugger: breakpoints consulted before every phase, and the requests parked at
// them, which can be inspected, edited, stepped, resumed or aborted. A paused request holds
// no thread; the others keep flowing. Called on the engine thread only (the GUI goes through
// EngineBridge's queued calls); the engine owns it (Engine::stepDebugger()).
class IStepDebugger
{
public:
    virtual ~IStepDebugger() = default;

    virtual void addBreakpoint(const Breakpoint &bp) = 0;
    // False when no such breakpoint was set.
    virtual bool removeBreakpoint(const Breakpoint &bp) = 0;
    virtual void clearBreakpoints() = 0;
    virtual QList<Breakpoint> breakpoints() const = 0;
    // The names of the phases `apiId` runs, in order (what a breakpoint can name); empty
    // when no such API is served.
    virtual QStringList phaseNames(const QString &apiId) const = 0;

    // The requests parked at a breakpoint, in arrival (id) order.
    virtual QList<PausedExchange> pausedExchanges() const = 0;
    // Each returns false when `id` is not paused (abort: not in flight).
    virtual bool resume(quint64 id) = 0; // run on to the next breakpoint
    virtual bool step(quint64 id) = 0;   // run one phase, then pause again
    // Ends an exchange in flight, paused or not; the client gets 499 "Client closed request".
    virtual bool abort(quint64 id) = 0;
    // Replaces the request of a paused exchange (the debugger's edit).
    virtual bool editPausedRequest(quint64 id, const Http::HttpRequest &request) = 0;
    // Puts a paused exchange's request back to what the client sent.
    virtual bool revertPausedRequest(quint64 id) = 0;
    // Replaces the session of a paused exchange that has one (after auth). The edit counts as
    // a change to the session, as a plugin's would: later phases see it and the runner writes
    // it to the store after the next phase. False when the exchange holds no session yet.
    virtual bool editPausedSession(quint64 id, const Session::SessionState &session) = 0;
};

} // namespace Hb::Engine
