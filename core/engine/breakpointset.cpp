// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/breakpointset.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/loadedapi.h"

namespace Hb::Engine {

void BreakpointSet::add(const Breakpoint &bp)
{
    if (!m_breakpoints.contains(bp))
        m_breakpoints.append(bp);
}

bool BreakpointSet::remove(const Breakpoint &bp)
{
    return m_breakpoints.removeAll(bp) > 0;
}

bool BreakpointSet::shouldPause(const Pipeline::Exchange &exchange,
                                const Pipeline::IPhase &next) const
{
    if (m_breakpoints.isEmpty())
        return false;
    const QString name = next.name();
    for (const Breakpoint &bp : m_breakpoints) {
        if (!bp.apiId.isEmpty() && bp.apiId != exchange.api().definition().apiId)
            continue;
        if (bp.phase == name || (name.startsWith(bp.phase) && name.at(bp.phase.size()) == u':'))
            return true;
    }
    return false;
}

} // namespace Hb::Engine
