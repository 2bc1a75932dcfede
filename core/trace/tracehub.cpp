// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/tracehub.h"

namespace Hb::Trace {

void TraceHub::attach(ITraceSink *sink)
{
    if (!sink || m_sinks.contains(sink))
        return;
    m_sinks.append(sink);
    m_wantsSnapshots = m_wantsSnapshots || sink->wantsSnapshots();
}

void TraceHub::detach(ITraceSink *sink)
{
    m_sinks.removeAll(sink);
    m_wantsSnapshots = false;
    for (ITraceSink *s : std::as_const(m_sinks))
        m_wantsSnapshots = m_wantsSnapshots || s->wantsSnapshots();
}

void TraceHub::record(const TraceEvent &event)
{
    for (ITraceSink *s : std::as_const(m_sinks))
        s->record(event);
}

} // namespace Hb::Trace
