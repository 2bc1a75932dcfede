// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/breakpointset.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/loadedapi.h"

namespace Hb::Engine {

namespace {
// The request as the user reads it in the debugger: its request line and header lines.
// Built only when a breakpoint with a condition matches the phase, so unconditional
// breakpoints stay as cheap as before.
bool requestContains(const Http::HttpRequest &request, const QString &text)
{
    const QByteArray needle = text.toUtf8().toLower();
    const auto has = [&needle](const QByteArray &line) { return line.toLower().contains(needle); };
    if (has(request.method + ' ' + request.target))
        return true;
    for (const auto &[name, value] : request.headers.fields()) {
        if (has(name + ": " + value))
            return true;
    }
    return false;
}
} // namespace

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
        const bool phaseMatches =
            bp.phase == name || (name.startsWith(bp.phase) && name.at(bp.phase.size()) == u':');
        if (phaseMatches &&
            (bp.condition.isEmpty() || requestContains(exchange.request, bp.condition)))
            return true;
    }
    return false;
}

} // namespace Hb::Engine
