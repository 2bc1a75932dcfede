// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/models/pausedexchangemodel.h"

#include <QSet>

#include <algorithm>

namespace Hb::Ui {

PausedExchangeModel::PausedExchangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PausedExchangeModel::setExchanges(const QList<Engine::PausedExchange> &exchanges)
{
    QSet<quint64> incoming;
    for (const Engine::PausedExchange &e : exchanges)
        incoming.insert(e.id);
    // Removals first, from the bottom, so the rows above keep their numbers.
    for (int row = int(m_exchanges.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_exchanges.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_exchanges.removeAt(row);
        endRemoveRows();
    }
    for (const Engine::PausedExchange &e : exchanges) {
        const auto at = std::lower_bound(m_exchanges.begin(), m_exchanges.end(), e.id,
                                         [](const auto &x, quint64 id) { return x.id < id; });
        const int row = int(at - m_exchanges.begin());
        if (at != m_exchanges.end() && at->id == e.id) {
            // A step or an edit changes a row in place.
            if (at->phase != e.phase || at->request != e.request ||
                at->sessionJson != e.sessionJson || at->apiId != e.apiId) {
                *at = e;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_exchanges.insert(row, e);
        endInsertRows();
    }
}

int PausedExchangeModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_exchanges.size(); ++row) {
        if (m_exchanges.at(row).id == id)
            return row;
    }
    return -1;
}

int PausedExchangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int PausedExchangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PausedExchangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::PausedExchange &e = m_exchanges.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return e.id;
        case Api: return m_apiNames.value(e.apiId, e.apiId);
        case Method: return QString::fromLatin1(e.request.method);
        case Path: return QString::fromUtf8(e.request.target);
        case NextPhase: return e.phase;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NextPhase)
        return tr("Paused before %1").arg(e.phase);
    if (role == Qt::ToolTipRole && index.column() == Path)
        return QString::fromUtf8(e.request.target); // the column is often too narrow for it
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PausedExchangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case Api: return tr("API");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case NextPhase: return tr("Next phase");
    }
    return {};
}

} // namespace Hb::Ui
