// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QObject;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace Hb::Ui {

// Small builders and readers shared by the API form's tables (the hooks of a phase, the
// per-endpoint Go plugins and virtual endpoints). GUI thread only.

// A combo box offering `values`; an editable one also takes typed text.
QComboBox *choices(const QStringList &values, QWidget *parent, bool editable = false);
// Shows `value` in a combo box that may not list it (a value Tyk ignores, a typo).
void showChoice(QComboBox *box, const QString &value);
// A checkable, non-editable cell for a boolean key. The caller's table owns it.
QTableWidgetItem *flagItem(bool on);
// The text of a cell, or the choice of the combo box in it.
QString cellText(const QTableWidget *table, int row, int column);
bool cellFlag(const QTableWidget *table, int row, int column);
// A small table named `name`; `columns` are (header, tooltip naming the JSON key) pairs.
QTableWidget *entryTable(const QString &name, const QList<std::pair<QString, QString>> &columns,
                         QWidget *parent);
// `lead` (a title, a choice) with Add and Remove buttons named add<name>, remove<name>, made
// in the table's parent. Add calls `add`; Remove calls `remove` with the current row of
// `table`, if there is one. The calls stop with `context`.
QHBoxLayout *tableTools(QWidget *lead, const QString &name, QTableWidget *table,
                        const QObject *context, std::function<void()> add,
                        std::function<void(int)> remove);

} // namespace Hb::Ui
