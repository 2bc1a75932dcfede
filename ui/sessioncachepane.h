// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/traceevent.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSpinBox;
class QTableView;
class QTimer;

namespace Hb::Ui {

class EngineBridge;
class SessionCacheModel;

// The session-cache inspector: the ID-extractor cache with deadlines counting down, the
// extractor's decisions as they happen, and clock controls to watch expiry without waiting.
class SessionCachePane final : public QWidget
{
    Q_OBJECT
public:
    SessionCachePane(EngineBridge &bridge, QWidget *parent = nullptr);
    SessionCacheModel *model() const { return m_model; }

    // Session trace events from the engine (cache_hit, session_stored, ...).
    void addEvents(const QList<Trace::TraceEvent> &events);

private:
    EngineBridge &m_bridge;
    SessionCacheModel *m_model;
    QTableView *m_table;
    QListWidget *m_events;
    QSpinBox *m_jump;
    QLabel *m_clock;
    QTimer *m_tick;
    qint64 m_offset = 0;
};

} // namespace Hb::Ui
