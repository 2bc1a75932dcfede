// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/itracesink.h"

#include <QList>
#include <QMutex>

#include <deque>

namespace Hb::Trace {

// Keeps the last `capacity` events. Written on the engine thread, readable from any thread.
class MemoryTraceSink final : public ITraceSink
{
public:
    explicit MemoryTraceSink(int capacity = 10000)
        : m_capacity(capacity)
    {}
    void record(const TraceEvent &event) override;

    QList<TraceEvent> events() const;
    QList<TraceEvent> eventsFor(quint64 requestId) const;
    void clear();

private:
    mutable QMutex m_mutex;
    std::deque<TraceEvent> m_events;
    int m_capacity;
};

} // namespace Hb::Trace
