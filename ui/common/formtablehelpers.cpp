// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/formtablehelpers.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace Hb::Ui {

QComboBox *choices(const QStringList &values, QWidget *parent, bool editable)
{
    auto *box = new QComboBox(parent);
    box->addItems(values);
    box->setEditable(editable);
    return box;
}

void showChoice(QComboBox *box, const QString &value)
{
    int index = box->findText(value);
    if (index < 0) {
        box->addItem(value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QTableWidgetItem *flagItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    if (const auto *box = qobject_cast<const QComboBox *>(table->cellWidget(row, column)))
        return box->currentText();
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

bool cellFlag(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QTableWidget *entryTable(const QString &name, const QList<std::pair<QString, QString>> &columns,
                         QWidget *parent)
{
    auto *table = new QTableWidget(0, int(columns.size()), parent);
    table->setObjectName(name);
    for (int column = 0; column < columns.size(); ++column) {
        auto *header = new QTableWidgetItem(columns.at(column).first);
        header->setToolTip(columns.at(column).second);
        table->setHorizontalHeaderItem(column, header);
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its rows (the form scrolls), but never less than a few rows.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setMinimumHeight(90);
    return table;
}

QHBoxLayout *tableTools(QWidget *lead, const QString &name, QTableWidget *table,
                        const QObject *context, std::function<void()> add,
                        std::function<void(int)> remove)
{
    // Free functions have no tr(); the context names the file pair for the translators.
    auto *addButton = new QPushButton(
        QCoreApplication::translate("Hb::Ui::FormTableHelpers", "Add"), table->parentWidget());
    addButton->setObjectName(QStringLiteral("add") + name);
    auto *removeButton = new QPushButton(
        QCoreApplication::translate("Hb::Ui::FormTableHelpers", "Remove"), table->parentWidget());
    removeButton->setObjectName(QStringLiteral("remove") + name);
    auto *row = new QHBoxLayout;
    row->addWidget(lead, 1);
    row->addWidget(addButton);
    row->addWidget(removeButton);
    QObject::connect(addButton, &QPushButton::clicked, context, [add = std::move(add)] { add(); });
    QObject::connect(removeButton, &QPushButton::clicked, context,
                     [table, remove = std::move(remove)] {
                         if (table->currentRow() >= 0)
                             remove(table->currentRow());
                     });
    return row;
}

} // namespace Hb::Ui
