// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/historymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Hb::Ui {

HistoryModel::HistoryModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case Source: return tr("Source");
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Method: return QString::fromLatin1(e.request.method);
        case Path: return QString::fromUtf8(e.request.target);
        case Status: return e.response.status;
        case Duration: return tr("%1 ms").arg(QLocale().toString(e.durationMs, 'f', 2));
        case Source:
            switch (e.source) {
            case HistoryEntry::Source::Engine: return tr("composer");
            case HistoryEntry::Source::HttpFront: return tr("HTTP");
            case HistoryEntry::Source::Replay: return tr("replay");
            }
        }
    } else if (role == Qt::ToolTipRole && index.column() == Time) {
        return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
    } else if (role == Qt::ForegroundRole && index.column() == Status && e.response.status >= 400) {
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == Status || index.column() == Duration)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries.mid(0, m_capacity);
    endResetModel();
    Q_EMIT historyChanged();
}

void HistoryModel::prepend(const HistoryEntry &entry)
{
    if (m_entries.size() >= m_capacity) {
        const int first = m_capacity - 1;
        beginRemoveRows({}, first, int(m_entries.size()) - 1);
        m_entries.resize(first);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    if (entry.exchangeId != 0 && m_replayIds.remove(entry.exchangeId))
        m_entries.first().source = HistoryEntry::Source::Replay;
    endInsertRows();
    Q_EMIT historyChanged();
}

void HistoryModel::markReplay(quint64 exchangeId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        HistoryEntry &e = m_entries[row];
        if (e.exchangeId == exchangeId && exchangeId != 0) {
            e.source = HistoryEntry::Source::Replay;
            Q_EMIT dataChanged(index(row, Source), index(row, Source));
            Q_EMIT historyChanged();
            return;
        }
    }
    // The replay can be reported before its entry arrives: mark it when it does.
    if (exchangeId != 0 && m_replayIds.size() < 1024)
        m_replayIds.insert(exchangeId);
}

void HistoryModel::clear()
{
    setEntries({});
}

} // namespace Hb::Ui
