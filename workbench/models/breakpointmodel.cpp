// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/models/breakpointmodel.h"

#include <algorithm>

namespace Hb::Ui {

BreakpointModel::BreakpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool BreakpointModel::add(const Engine::Breakpoint &bp)
{
    if (bp.phase.isEmpty())
        return false;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].breakpoint == bp) {
            if (m_entries[row].enabled)
                return false;
            m_entries[row].enabled = true;
            Q_EMIT dataChanged(index(row, Phase), index(row, Phase), {Qt::CheckStateRole});
            return true;
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({bp, true});
    endInsertRows();
    return true;
}

void BreakpointModel::removeRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void BreakpointModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

QList<Engine::Breakpoint> BreakpointModel::breakpoints() const
{
    QList<Engine::Breakpoint> out;
    for (const SavedBreakpoint &e : m_entries)
        out.append(e.breakpoint);
    return out;
}

QList<Engine::Breakpoint> BreakpointModel::enabledBreakpoints() const
{
    QList<Engine::Breakpoint> out;
    for (const SavedBreakpoint &e : m_entries) {
        if (e.enabled)
            out.append(e.breakpoint);
    }
    return out;
}

void BreakpointModel::setEntries(const QList<SavedBreakpoint> &entries)
{
    beginResetModel();
    m_entries.clear();
    for (const SavedBreakpoint &e : entries) {
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(), [&e](const auto &k) {
            return k.breakpoint == e.breakpoint;
        });
        if (!e.breakpoint.phase.isEmpty() && !known)
            m_entries.append(e);
    }
    endResetModel();
}

void BreakpointModel::setAllEnabled(bool enabled)
{
    bool changed = false;
    for (SavedBreakpoint &e : m_entries) {
        changed = changed || e.enabled != enabled;
        e.enabled = enabled;
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(0, Phase), index(int(m_entries.size()) - 1, Phase),
                       {Qt::CheckStateRole});
    Q_EMIT enabledChanged();
}

Qt::ItemFlags BreakpointModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Phase)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool BreakpointModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Phase ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool enabled = Qt::CheckState(value.toInt()) == Qt::Checked;
    SavedBreakpoint &e = m_entries[index.row()];
    if (e.enabled == enabled)
        return true;
    e.enabled = enabled;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT enabledChanged();
    return true;
}

int BreakpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BreakpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::Breakpoint &bp = m_entries.at(index.row()).breakpoint;
    if (role == Qt::CheckStateRole && index.column() == Phase)
        return m_entries.at(index.row()).enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Phase: return bp.phase;
        case Api: return bp.apiId.isEmpty() ? tr("any API") : m_apiNames.value(bp.apiId, bp.apiId);
        case Condition: return bp.condition;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!m_entries.at(index.row()).enabled)
            return tr("Off: requests go through; tick the box to stop them here again");
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
