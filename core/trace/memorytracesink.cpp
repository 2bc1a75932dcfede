// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/memorytracesink.h"

namespace Hb::Trace {

void MemoryTraceSink::record(const TraceEvent &event)
{
    QMutexLocker lock(&m_mutex);
    m_events.push_back(event);
    while (int(m_events.size()) > m_capacity)
        m_events.pop_front();
}

QList<TraceEvent> MemoryTraceSink::events() const
{
    QMutexLocker lock(&m_mutex);
    return QList<TraceEvent>(m_events.begin(), m_events.end());
}

QList<TraceEvent> MemoryTraceSink::eventsFor(quint64 requestId) const
{
    QMutexLocker lock(&m_mutex);
    QList<TraceEvent> out;
    for (const TraceEvent &e : m_events) {
        if (e.requestId == requestId)
            out.append(e);
    }
    return out;
}

void MemoryTraceSink::clear()
{
    QMutexLocker lock(&m_mutex);
    m_events.clear();
}

} // namespace Hb::Trace
