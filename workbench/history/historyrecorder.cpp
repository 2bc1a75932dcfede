// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/history/historyrecorder.h"

namespace Hb::Ui {

HistoryRecorder::HistoryRecorder(QObject *parent)
    : QObject(parent)
{}

void HistoryRecorder::addEvents(const QList<Trace::TraceEvent> &events)
{
    using Trace::TraceKind;
    for (const Trace::TraceEvent &e : events) {
        switch (e.kind) {
        case TraceKind::RequestStarted: {
            HistoryEntry entry;
            entry.exchangeId = e.requestId;
            entry.apiId = e.apiId;
            if (e.requestBefore) {
                entry.request = *e.requestBefore;
                entry.source = e.requestBefore->remoteAddress.isEmpty()
                                   ? HistoryEntry::Source::Engine
                                   : HistoryEntry::Source::HttpFront;
            }
            m_pending.insert(e.requestId, entry);
            m_pendingOrder.push_back(e.requestId);
            while (int(m_pendingOrder.size()) > PendingCapacity) {
                m_pending.remove(m_pendingOrder.front());
                m_pendingOrder.pop_front();
            }
            break;
        }
        case TraceKind::PhaseFinished: {
            auto it = m_pending.find(e.requestId);
            if (it != m_pending.end())
                it->phases.append(
                    {e.phase, Trace::toString(e.outcome), double(e.endNs - e.startNs) / 1e6});
            break;
        }
        case TraceKind::Session: {
            auto it = m_pending.find(e.requestId);
            if (it != m_pending.end())
                it->sessionEvents.append(e.phase);
            break;
        }
        case TraceKind::RequestFinished: {
            auto it = m_pending.find(e.requestId);
            if (it == m_pending.end())
                break;
            HistoryEntry entry = std::move(*it);
            m_pending.erase(it);
            // The order list is cleaned lazily: stale ids are skipped when evicting.
            entry.time = QDateTime::currentDateTimeUtc();
            entry.durationMs = double(e.endNs - e.startNs) / 1e6;
            if (e.responseAfter)
                entry.response = *e.responseAfter;
            else
                entry.response.status = e.status;
            entry.capBodies();
            m_recent.insert(entry.exchangeId, entry);
            m_recentOrder.push_back(entry.exchangeId);
            while (int(m_recentOrder.size()) > RecentCapacity) {
                m_recent.remove(m_recentOrder.front());
                m_recentOrder.pop_front();
            }
            Q_EMIT entryRecorded(entry);
            break;
        }
        default: break;
        }
    }
    // Drop finished ids from the front of the pending order.
    while (!m_pendingOrder.empty() && !m_pending.contains(m_pendingOrder.front()))
        m_pendingOrder.pop_front();
}

std::optional<HistoryEntry> HistoryRecorder::recent(quint64 exchangeId) const
{
    const auto it = m_recent.constFind(exchangeId);
    if (it == m_recent.cend())
        return std::nullopt;
    return *it;
}

} // namespace Hb::Ui
