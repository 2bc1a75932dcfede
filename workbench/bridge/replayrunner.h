// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httpresponse.h"
#include "workbench/history/historyentry.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace Hb::Ui {

class EngineBridge;
class HistoryRecorder;

// Sends recorded requests through the engine again, one after the other, against the code
// loaded now, and reports each new outcome beside the recorded one. Never waits: each step
// follows the bridge's reply and the recorder's trace. GUI thread; no widgets.
class ReplayRunner : public QObject
{
    Q_OBJECT
public:
    ReplayRunner(EngineBridge &bridge, HistoryRecorder &recorder, QObject *parent = nullptr);

    // Starts replaying `entries` (in this order); a replay already running is cancelled.
    void start(const QList<HistoryEntry> &entries);
    // Stops after nothing more: the request in flight finishes in the engine, unreported.
    void cancel();
    bool isRunning() const { return m_index < m_entries.size(); }

Q_SIGNALS:
    void progress(int done, int total);
    // `replayed.exchangeId` is the new exchange (its history entry is a replay).
    void replayed(const Hb::Ui::HistoryEntry &recorded, const Hb::Ui::HistoryEntry &replayed);
    void finished(bool cancelled);

private:
    void sendCurrent();
    void onIdentified(quint64 tag, quint64 exchangeId);
    void onReply(quint64 tag, const Http::HttpResponse &response, double elapsedMs);
    void onRecorded(const HistoryEntry &entry);
    void complete(HistoryEntry replayedEntry);

    EngineBridge &m_bridge;
    HistoryRecorder &m_recorder;
    QList<HistoryEntry> m_entries;
    qsizetype m_index = 0;
    quint64 m_tag = 0;        // the bridge tag in flight; 0 when none
    quint64 m_exchangeId = 0; // its exchange, once known
    bool m_replied = false;
    HistoryEntry m_fromReply; // the outcome as the reply alone tells it
    // The trace follows the reply within a drain interval; this bounds the wait for
    // requests the engine answers without one.
    QTimer m_traceWait;
};

} // namespace Hb::Ui
