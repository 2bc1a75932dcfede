// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessions/sessioncachemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace Hb::Ui {

SessionCacheModel::SessionCacheModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionCacheModel::setEntries(const QList<Engine::SessionCacheEntry> &entries, qint64 nowSecs)
{
    ++m_refresh;
    QHash<QString, Engine::SessionCacheEntry> before;
    for (const auto &e : std::as_const(m_entries))
        before.insert(e.storageKey, e);
    for (const auto &e : entries) {
        const auto it = before.constFind(e.storageKey);
        if (it == before.cend() || it->hits != e.hits || it->misses != e.misses ||
            it->deadline != e.deadline || it->expired != e.expired)
            m_changedAt.insert(e.storageKey, m_refresh);
    }
    beginResetModel();
    m_entries = entries;
    m_nowSecs = nowSecs;
    endResetModel();
}

void SessionCacheModel::tick(qint64 nowSecs)
{
    m_nowSecs = nowSecs;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole});
}

int SessionCacheModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SessionCacheModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionCacheModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Engine::SessionCacheEntry &e = m_entries.at(index.row());
    const qint64 left = e.deadline > 0 ? e.deadline - m_nowSecs : 0;
    const bool expired = e.expired || left <= 0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Key: return e.storageKey;
        case RawId: return QString::fromUtf8(e.rawId);
        case Api: return e.apiId;
        case TimeLeft: {
            const int seconds = int(qMin<qint64>(left, INT_MAX));
            if (e.deadline <= 0)
                return tr("no deadline");
            // A gRPC server's clock is its own: Jump forward moves the engine, not the deadline
            // the server sets.
            if (e.driver == u"grpc")
                return expired ? tr("expired (server's clock)")
                               : tr("%n s (server's clock)", nullptr, seconds);
            return expired ? tr("expired") : tr("%n s", nullptr, seconds);
        }
        case Hits: return e.hits;
        case Misses: return e.misses;
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Cache key %1\nDeadline %2 (%3)")
                          .arg(e.cacheKey)
                          .arg(e.deadline)
                          .arg(QDateTime::fromSecsSinceEpoch(e.deadline).toString(Qt::ISODate));
        if (e.driver == u"grpc")
            tip += u'\n' + tr("The gRPC plugin server computes this deadline from its own clock, "
                              "the real time: a moved engine clock (Jump forward, "
                              "--clock-offset) does not reach it, unlike Python, Lua and "
                              "JavaScript plugins.");
        return tip;
    }
    if (role == Qt::ForegroundRole && expired)
        return QBrush(QColor(0x99, 0x99, 0x99));
    if (role == Qt::BackgroundRole && m_changedAt.value(e.storageKey) == m_refresh)
        return QBrush(QColor(255, 214, 102, 90)); // just changed: hit, miss, stored, expired
    if (role == Qt::TextAlignmentRole && (index.column() >= TimeLeft))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SessionCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return tr("Key");
    case RawId: return tr("Raw ID");
    case Api: return tr("API");
    case TimeLeft: return tr("Deadline");
    case Hits: return tr("Hits");
    case Misses: return tr("Misses");
    }
    return {};
}

} // namespace Hb::Ui
