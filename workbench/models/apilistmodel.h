// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/models/apisummary.h"

#include <QAbstractTableModel>

namespace Hb::Ui {

// The loaded API definitions: name, listen path and auth mode (the target is in the tooltip).
class ApiListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, ListenPath, Auth, ColumnCount };

    explicit ApiListModel(QList<ApiSummary> apis, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a reload: the definitions as the engine now has them (a model reset).
    void setApis(QList<ApiSummary> apis);
    const ApiSummary &api(int row) const { return m_apis.at(row); }
    // The row of the definition read from `sourceFile`; -1 when none is.
    int rowOfFile(const QString &sourceFile) const;
    // "keyless", "auth token", "custom plugin" and combinations, as the user reads it.
    static QString authMode(const ApiSummary &api);

private:
    QList<ApiSummary> m_apis;
};

} // namespace Hb::Ui
