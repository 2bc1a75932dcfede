// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"
#include "core/pipeline/istepgate.h"

#include <QList>

namespace Hb::Engine {

// The step debugger's gate: the set of breakpoints, consulted before every phase.
// Engine thread only.
class BreakpointSet final : public Pipeline::IStepGate
{
public:
    void add(const Breakpoint &bp);
    bool remove(const Breakpoint &bp);
    void clear() { m_breakpoints.clear(); }
    const QList<Breakpoint> &all() const { return m_breakpoints; }

    bool shouldPause(const Pipeline::Exchange &exchange,
                     const Pipeline::IPhase &next) const override;

private:
    QList<Breakpoint> m_breakpoints;
};

} // namespace Hb::Engine
