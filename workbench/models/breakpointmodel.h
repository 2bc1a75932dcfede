// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hb::Ui {

// The debugger's breakpoints as a table (phase, API, condition). Holds the values the user
// set; the debugger pane hands the whole list to the engine whenever it changes.
class BreakpointModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Phase, Api, Condition, ColumnCount };

    explicit BreakpointModel(QObject *parent = nullptr);

    // How API ids are shown (their names); ids without a name are shown as they are.
    void setApiNames(const QHash<QString, QString> &names) { m_apiNames = names; }
    // Appends `bp`; returns false (and changes nothing) when it is already set.
    bool add(const Engine::Breakpoint &bp);
    void removeRow(int row);
    void clear();
    const QList<Engine::Breakpoint> &breakpoints() const { return m_breakpoints; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Engine::Breakpoint> m_breakpoints;
    QHash<QString, QString> m_apiNames;
};

} // namespace Hb::Ui
