// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ianalyticssink.h"

#include <QList>
#include <QMutex>

namespace Hb::Analytics {

// Keeps the last `capacity` records in memory, oldest evicted first. recordHit may be called
// from one thread and the readers from another (the GUI reads snapshots); every method locks.
class MemoryAnalyticsSink final : public IAnalyticsSink
{
public:
    explicit MemoryAnalyticsSink(qsizetype capacity = 10000);

    void recordHit(const AnalyticsRecord &record) override;

    // A copy of the records kept, oldest first.
    QList<AnalyticsRecord> records() const;
    // Records received since construction, evicted ones included.
    quint64 totalReceived() const;
    qsizetype size() const;
    void clear();

private:
    mutable QMutex m_mutex;
    qsizetype m_capacity;
    QList<AnalyticsRecord> m_records;
    quint64 m_total = 0;
};

} // namespace Hb::Analytics
