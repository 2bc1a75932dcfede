// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hb::Pipeline {

class Exchange;
class IPhase;

// Consulted by the runner before every phase: the step debugger's breakpoints. Called on
// the engine thread; must be cheap when no breakpoint is set.
class IStepGate
{
public:
    virtual ~IStepGate() = default;
    virtual bool shouldPause(const Exchange &exchange, const IPhase &next) const = 0;
};

} // namespace Hb::Pipeline
