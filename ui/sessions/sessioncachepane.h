// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/traceevent.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QHBoxLayout;

namespace Hb::Ui {

class EngineBridge;
class SessionCacheModel;

// The session-cache inspector: the ID-extractor cache with deadlines counting down, the
// extractor's decisions as they happen, clock controls to watch expiry without waiting
// (jump forward, pause, run, back to real time), and view/edit/evict of the sessions.
class SessionCachePane final : public QWidget
{
    Q_OBJECT
public:
    SessionCachePane(EngineBridge &bridge, QWidget *parent = nullptr);
    SessionCacheModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Opens the selected session's JSON in an editor (once the engine has read it).
    void viewSelected();
    void evictSelected();

    // Session trace events from the engine (cache_hit, session_stored, ...).
    void addEvents(const QList<Trace::TraceEvent> &events);

private:
    QString selectedKey() const;
    void showSession(const QString &storageKey, const QByteArray &json, const QString &error);
    void showClock(qint64 now, qint64 offset);
    QHBoxLayout *buildClockControls();
    QHBoxLayout *buildSessionControls();

    EngineBridge &m_bridge;
    SessionCacheModel *m_model;
    QTableView *m_table;
    QListWidget *m_events;
    QSpinBox *m_jump;
    QLabel *m_clock;
    QTimer *m_tick;
    QPushButton *m_pause = nullptr;
    QPushButton *m_view = nullptr;
    QPushButton *m_evict = nullptr;
    QLabel *m_status;
    qint64 m_offset = 0;
    bool m_paused = false;
};

} // namespace Hb::Ui
