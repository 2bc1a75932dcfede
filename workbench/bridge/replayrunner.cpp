// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/bridge/replayrunner.h"

#include "workbench/bridge/enginebridge.h"
#include "workbench/history/historyrecorder.h"

namespace Hb::Ui {

ReplayRunner::ReplayRunner(EngineBridge &bridge, HistoryRecorder &recorder, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_recorder(recorder)
{
    m_traceWait.setSingleShot(true);
    m_traceWait.setInterval(1000);
    connect(&m_bridge, &EngineBridge::exchangeIdentified, this, &ReplayRunner::onIdentified);
    connect(&m_bridge, &EngineBridge::replyReceived, this, &ReplayRunner::onReply);
    connect(&m_recorder, &HistoryRecorder::entryRecorded, this, &ReplayRunner::onRecorded);
    connect(&m_traceWait, &QTimer::timeout, this, [this] { complete(m_fromReply); });
}

void ReplayRunner::start(const QList<HistoryEntry> &entries)
{
    if (isRunning())
        cancel();
    m_entries = entries;
    m_index = 0;
    Q_EMIT progress(0, int(m_entries.size()));
    if (m_entries.isEmpty()) {
        Q_EMIT finished(false);
        return;
    }
    sendCurrent();
}

void ReplayRunner::cancel()
{
    if (!isRunning())
        return;
    m_traceWait.stop();
    m_tag = 0;
    m_entries.clear();
    m_index = 0;
    Q_EMIT finished(true);
}

void ReplayRunner::sendCurrent()
{
    m_exchangeId = 0;
    m_replied = false;
    m_fromReply = {};
    m_tag = m_bridge.send(m_entries.at(m_index).request);
}

void ReplayRunner::onIdentified(quint64 tag, quint64 exchangeId)
{
    if (tag == m_tag && m_tag != 0)
        m_exchangeId = exchangeId;
}

void ReplayRunner::onReply(quint64 tag, const Http::HttpResponse &response, double elapsedMs)
{
    if (tag != m_tag || m_tag == 0)
        return;
    m_replied = true;
    const HistoryEntry &recorded = m_entries.at(m_index);
    m_fromReply.time = QDateTime::currentDateTimeUtc();
    m_fromReply.apiId = recorded.apiId;
    m_fromReply.source = HistoryEntry::Source::Replay;
    m_fromReply.request = recorded.request;
    m_fromReply.response = response;
    m_fromReply.durationMs = elapsedMs;
    m_fromReply.exchangeId = m_exchangeId;
    m_fromReply.capBodies();
    if (m_exchangeId == 0) {
        complete(m_fromReply); // no pipeline ran: there is no trace to wait for
        return;
    }
    if (const auto entry = m_recorder.recent(m_exchangeId)) {
        complete(*entry);
        return;
    }
    m_traceWait.start();
}

void ReplayRunner::onRecorded(const HistoryEntry &entry)
{
    if (m_replied && m_exchangeId != 0 && entry.exchangeId == m_exchangeId)
        complete(entry);
}

void ReplayRunner::complete(HistoryEntry replayedEntry)
{
    if (!isRunning() || m_tag == 0)
        return;
    m_traceWait.stop();
    m_tag = 0;
    replayedEntry.source = HistoryEntry::Source::Replay;
    Q_EMIT replayed(m_entries.at(m_index), replayedEntry);
    if (m_entries.isEmpty())
        return; // cancelled from a slot
    ++m_index;
    Q_EMIT progress(int(m_index), int(m_entries.size()));
    if (m_index < m_entries.size())
        sendCurrent();
    else
        Q_EMIT finished(false);
}

} // namespace Hb::Ui
