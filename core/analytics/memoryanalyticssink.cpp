// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/memoryanalyticssink.h"

#include <QMutexLocker>

namespace Hb::Analytics {

MemoryAnalyticsSink::MemoryAnalyticsSink(qsizetype capacity)
    : m_capacity(capacity < 1 ? 1 : capacity)
{}

void MemoryAnalyticsSink::recordHit(const AnalyticsRecord &record)
{
    QMutexLocker lock(&m_mutex);
    ++m_total;
    // Evict in blocks of a tenth so that a full sink does not shift the list on every record.
    if (m_records.size() >= m_capacity)
        m_records.remove(0, std::max<qsizetype>(1, m_capacity / 10));
    m_records.append(record);
}

QList<AnalyticsRecord> MemoryAnalyticsSink::records() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

quint64 MemoryAnalyticsSink::totalReceived() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

qsizetype MemoryAnalyticsSink::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_records.size();
}

void MemoryAnalyticsSink::clear()
{
    QMutexLocker lock(&m_mutex);
    m_records.clear();
}

} // namespace Hb::Analytics
