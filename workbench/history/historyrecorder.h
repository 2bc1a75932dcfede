// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/traceevent.h"
#include "workbench/history/historyentry.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <optional>

namespace Hb::Ui {

// Turns trace batches into history entries: a RequestStarted event brings the request as it
// arrived, PhaseFinished events the phases, RequestFinished the reply. Works for every
// request the engine runs through a pipeline (composer, replay, HTTP front). GUI thread.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    explicit HistoryRecorder(QObject *parent = nullptr);

    void addEvents(const QList<Trace::TraceEvent> &events);
    // A request finished in the last few hundred, by engine exchange id (replay looks its
    // new outcome up here when the trace came before the reply).
    std::optional<HistoryEntry> recent(quint64 exchangeId) const;

Q_SIGNALS:
    void entryRecorded(const Hb::Ui::HistoryEntry &entry);

private:
    static constexpr int RecentCapacity = 256;
    // Requests that never finish (aborted engines, lost events) must not pile up.
    static constexpr int PendingCapacity = 10000;

    QHash<quint64, HistoryEntry> m_pending;
    std::deque<quint64> m_pendingOrder;
    QHash<quint64, HistoryEntry> m_recent;
    std::deque<quint64> m_recentOrder;
};

} // namespace Hb::Ui
