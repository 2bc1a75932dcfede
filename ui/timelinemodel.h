// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/traceevent.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>

namespace Hb::Ui {

// One row per request the engine ran, built from trace events: id, API, method, path,
// status, duration and phase count. Bounded: past `capacity` rows the oldest are evicted in
// blocks (rows are removed before new ones are inserted).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Api, Method, Path, Status, Duration, Phases, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr, int capacity = 100000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies one batch of trace events from the engine.
    void addEvents(const QList<Trace::TraceEvent> &events);

private:
    struct Row
    {
        quint64 id = 0;
        QString api;
        QString method;
        QString path;
        int status = 0;
        qint64 startNs = 0;
        qint64 durationNs = -1; // -1 while running
        int phases = 0;
        bool failed = false;
        QString pausedBefore; // the phase a breakpoint holds it before; empty when not paused
    };
    void evictIfFull(int incoming);

    std::deque<Row> m_rows;
    QHash<quint64, quint64> m_rowById; // exchange id -> absolute row number
    quint64 m_firstAbsolute = 0;       // absolute number of m_rows.front()
    int m_capacity;
};

} // namespace Hb::Ui
