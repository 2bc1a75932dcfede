// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Hb::Ui {

TimelineModel::TimelineModel(QObject *parent, int capacity, int detailCapacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1000, capacity))
    , m_detailCapacity(std::max(1, detailCapacity))
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
    case Source: return tr("Source");
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
        case Source: return row.source;
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
    switch (role) {
    case PhaseBarsRole: return QVariant::fromValue(row.bars);
    case RequestIdRole: return QVariant::fromValue(row.id);
    case ApiIdRole: return row.api;
    case FailedRole: return row.failed || row.status >= 400;
    case CacheRole: return row.cache;
    case TextRole:
        return QStringList{row.api, row.method, row.path, QString::number(row.status), row.cache}
            .join(u' ');
    case Qt::ToolTipRole:
        if (index.column() == Phases) {
            QStringList lines;
            for (const PhaseBar &bar : row.bars)
                lines << tr("%1: %2, %3 ms%4")
                             .arg(bar.phase, Trace::toString(bar.outcome),
                                  QLocale().toString(double(bar.durationNs) / 1e6, 'f', 3),
                                  bar.note.isEmpty() ? QString() : u" (" + bar.note + u')');
            return lines.join(u'\n');
        }
        break;
    default: break;
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
        m_pending.remove(m_rows.front().id);
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
            // Requests made in the window carry no client address.
            row.source = e.requestBefore->remoteAddress.isEmpty()
                             ? tr("workbench")
                             : QString::fromLatin1(e.requestBefore->remoteAddress);
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
    QList<quint64> analyticsArrivals;
    for (const Trace::TraceEvent &e : events) {
        const auto it = m_rowById.constFind(e.requestId);
        if (it == m_rowById.constEnd() || e.kind == Trace::TraceKind::RequestStarted)
            continue;
        const int index = int(it.value() - m_firstAbsolute);
        Row &row = m_rows[size_t(index)];
        if (e.kind == Trace::TraceKind::PhaseFinished) {
            ++row.phases;
            addDetail(e, row);
        } else if (e.kind == Trace::TraceKind::Log) {
            m_pending[e.requestId].logs.append({e.phase, e.message});
            continue; // nothing shown changes
        } else if (e.kind == Trace::TraceKind::Session) {
            m_pending[e.requestId].sessions << e.phase + QStringLiteral(": ") + e.message;
            if (e.phase == u"cache_hit")
                row.cache = QStringLiteral("hit");
            else if (e.phase == u"cache_miss")
                row.cache = QStringLiteral("miss");
        } else if (e.kind == Trace::TraceKind::Analytics) {
            // No phase and no row change: the record belongs to the request as a whole and
            // may come after its RequestFinished.
            keepDetailsOf(row.id);
            m_analytics.insert(row.id, {e.analyticsRecord, e.analyticsAfterPlugin, e.message});
            analyticsArrivals.append(row.id);
            continue;
        } else if (e.kind == Trace::TraceKind::Paused)
            row.pausedBefore = e.phase;
        else if (e.kind == Trace::TraceKind::Resumed)
            row.pausedBefore.clear();
        else if (e.kind == Trace::TraceKind::RequestFinished ||
                 e.kind == Trace::TraceKind::Aborted) {
            row.status = e.status;
            row.durationNs = e.endNs - row.startNs;
            row.pausedBefore.clear();
            m_pending.remove(row.id);
        }
        top = std::min(top, index);
        bottom = std::max(bottom, index);
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    for (const quint64 id : std::as_const(analyticsArrivals))
        Q_EMIT analyticsArrived(id);
}

void TimelineModel::addDetail(const Trace::TraceEvent &e, Row &row)
{
    PhaseDetail d;
    d.phase = e.phase;
    d.startNs = e.startNs;
    d.endNs = e.endNs;
    d.outcome = e.outcome;
    d.status = e.status;
    d.message = e.message;
    d.where = e.where;
    d.before = e.requestBefore;
    d.after = e.requestAfter;
    d.objectSent = e.objectSent;
    d.objectReceived = e.objectReceived;
    // Logs and cache decisions arrive while the phase runs, before its PhaseFinished.
    QString note;
    if (const auto pending = m_pending.find(row.id); pending != m_pending.end()) {
        // Take this phase's lines; lines of other phases wait for theirs.
        pending->logs.removeIf([&](const std::pair<QString, QString> &line) {
            if (line.first != e.phase)
                return false;
            d.logs << line.second;
            return true;
        });
        d.sessions = pending->sessions;
        pending->sessions.clear();
        for (const QString &s : std::as_const(d.sessions)) {
            if (s.startsWith(u"cache_hit"))
                note = tr("cache hit");
            else if (s.startsWith(u"cache_miss"))
                note = tr("cache miss");
        }
    }
    if (e.outcome == Trace::Outcome::Fail)
        row.failed = true;
    row.bars.append({e.phase, std::max<qint64>(0, e.endNs - e.startNs), e.outcome, note});

    keepDetailsOf(row.id);
    m_details[row.id].append(std::move(d));
}

void TimelineModel::keepDetailsOf(quint64 id)
{
    if (m_details.contains(id) || m_analytics.contains(id))
        return;
    m_detailOrder.push_back(id);
    while (int(m_detailOrder.size()) > m_detailCapacity) {
        m_details.remove(m_detailOrder.front());
        m_analytics.remove(m_detailOrder.front());
        m_detailOrder.pop_front();
    }
}

QList<PhaseDetail> TimelineModel::details(quint64 id) const
{
    return m_details.value(id);
}

std::optional<AnalyticsDetail> TimelineModel::analytics(quint64 id) const
{
    const auto it = m_analytics.constFind(id);
    if (it == m_analytics.cend())
        return std::nullopt;
    return *it;
}

} // namespace Hb::Ui
