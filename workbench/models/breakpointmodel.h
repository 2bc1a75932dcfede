// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"
#include "workbench/workspace/savedbreakpoint.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hb::Ui {

// The debugger's breakpoints as a table (phase, API, condition), each with a check box that
// turns it on or off. Holds the values the user set; the debugger pane hands the enabled ones
// to the engine, and all of them to the workspace file, whenever they change.
class BreakpointModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Phase, Api, Condition, ColumnCount };

    explicit BreakpointModel(QObject *parent = nullptr);

    // How API ids are shown (their names); ids without a name are shown as they are.
    void setApiNames(const QHash<QString, QString> &names) { m_apiNames = names; }
    // Appends `bp`, enabled; returns false (and changes nothing) when it is already set (an
    // existing one that was off is turned on, and that is a change).
    bool add(const Engine::Breakpoint &bp);
    void removeRow(int row);
    void clear();
    // Every breakpoint, on or off.
    QList<Engine::Breakpoint> breakpoints() const;
    // The ones that stop requests.
    QList<Engine::Breakpoint> enabledBreakpoints() const;
    const QList<SavedBreakpoint> &entries() const { return m_entries; }
    void setEntries(const QList<SavedBreakpoint> &entries);
    void setAllEnabled(bool enabled);
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // A breakpoint was turned on or off by its check box (or all of them).
    void enabledChanged();

private:
    QList<SavedBreakpoint> m_entries;
    QHash<QString, QString> m_apiNames;
};

} // namespace Hb::Ui
