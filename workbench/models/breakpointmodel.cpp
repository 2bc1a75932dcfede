// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/models/breakpointmodel.h"

namespace Hb::Ui {

BreakpointModel::BreakpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool BreakpointModel::add(const Engine::Breakpoint &bp)
{
    if (bp.phase.isEmpty() || m_breakpoints.contains(bp))
        return false;
    const int row = int(m_breakpoints.size());
    beginInsertRows({}, row, row);
    m_breakpoints.append(bp);
    endInsertRows();
    return true;
}

void BreakpointModel::removeRow(int row)
{
    if (row < 0 || row >= m_breakpoints.size())
        return;
    beginRemoveRows({}, row, row);
    m_breakpoints.removeAt(row);
    endRemoveRows();
}

void BreakpointModel::clear()
{
    if (m_breakpoints.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_breakpoints.size()) - 1);
    m_breakpoints.clear();
    endRemoveRows();
}

int BreakpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breakpoints.size());
}

int BreakpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::Breakpoint &bp = m_breakpoints.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Phase: return bp.phase;
        case Api: return bp.apiId.isEmpty() ? tr("any API") : m_apiNames.value(bp.apiId, bp.apiId);
        case Condition: return bp.condition;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Phase && !bp.phase.contains(u':') && bp.phase.front().isLower())
            return tr("Every %1 hook").arg(bp.phase);
        if (index.column() == Condition)
            return bp.condition.isEmpty()
                       ? tr("Every request")
                       : tr("Requests whose request line or a header contains \"%1\"")
                             .arg(bp.condition);
    }
    return {};
}

QVariant BreakpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Phase: return tr("Phase");
    case Api: return tr("API");
    case Condition: return tr("Condition");
    }
    return {};
}

} // namespace Hb::Ui
