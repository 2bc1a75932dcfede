// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Hb::Ui {

TimelineModel::TimelineModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1000, capacity))
{}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case Api: return tr("API");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case Phases: return tr("Phases");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return QVariant::fromValue(row.id);
        case Api: return row.api;
        case Method: return row.method;
        case Path: return row.path;
        case Status:
            if (row.status != 0)
                return row.status;
            return row.pausedBefore.isEmpty() ? tr("running")
                                              : tr("paused before %1").arg(row.pausedBefore);
        case Duration:
            return row.durationNs < 0 ? QVariant()
                                      : QVariant(tr("%1 ms").arg(QLocale().toString(
                                            double(row.durationNs) / 1e6, 'f', 2)));
        case Phases: return row.phases;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && row.status >= 400)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Status ||
                                          index.column() == Duration || index.column() == Phases))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void TimelineModel::evictIfFull(int incoming)
{
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow <= 0)
        return;
    // Evict in blocks of at least 1% so a steady stream does not remove one row per batch.
    const int count = std::min(int(m_rows.size()), std::max(overflow, m_capacity / 100));
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        m_rowById.remove(m_rows.front().id);
        m_rows.pop_front();
    }
    m_firstAbsolute += quint64(count);
    endRemoveRows();
}

void TimelineModel::addEvents(const QList<Trace::TraceEvent> &events)
{
    // New requests first, as one insert.
    QList<Row> fresh;
    for (const Trace::TraceEvent &e : events) {
        if (e.kind != Trace::TraceKind::RequestStarted)
            continue;
        Row row;
        row.id = e.requestId;
        row.api = e.apiId;
        row.startNs = e.startNs;
        if (e.requestBefore) {
            row.method = QString::fromLatin1(e.requestBefore->method);
            row.path = QString::fromUtf8(e.requestBefore->target);
        }
        fresh.append(row);
    }
    if (!fresh.isEmpty()) {
        evictIfFull(int(fresh.size()));
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (Row &row : fresh) {
            m_rowById.insert(row.id, m_firstAbsolute + quint64(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    // Then updates to rows already shown.
    int top = INT_MAX, bottom = -1;
    for (const Trace::TraceEvent &e : events) {
        const auto it = m_rowById.constFind(e.requestId);
        if (it == m_rowById.constEnd() || e.kind == Trace::TraceKind::RequestStarted)
            continue;
        const int index = int(it.value() - m_firstAbsolute);
        Row &row = m_rows[size_t(index)];
        if (e.kind == Trace::TraceKind::PhaseFinished)
            ++row.phases;
        else if (e.kind == Trace::TraceKind::Paused)
            row.pausedBefore = e.phase;
        else if (e.kind == Trace::TraceKind::Resumed)
            row.pausedBefore.clear();
        else if (e.kind == Trace::TraceKind::RequestFinished ||
                 e.kind == Trace::TraceKind::Aborted) {
            row.status = e.status;
            row.durationNs = e.endNs - row.startNs;
            row.pausedBefore.clear();
        }
        top = std::min(top, index);
        bottom = std::max(bottom, index);
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
}

} // namespace Hb::Ui
