// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/models/apilistmodel.h"

namespace Hb::Ui {

ApiListModel::ApiListModel(QList<ApiSummary> apis, QObject *parent)
    : QAbstractTableModel(parent)
    , m_apis(std::move(apis))
{}

void ApiListModel::setApis(QList<ApiSummary> apis)
{
    beginResetModel();
    m_apis = std::move(apis);
    endResetModel();
}

int ApiListModel::rowOfFile(const QString &sourceFile) const
{
    if (sourceFile.isEmpty())
        return -1;
    for (int row = 0; row < m_apis.size(); ++row) {
        if (m_apis.at(row).sourceFile == sourceFile)
            return row;
    }
    return -1;
}

int ApiListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apis.size());
}

int ApiListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiListModel::authMode(const ApiSummary &api)
{
    if (api.useKeyless)
        return tr("keyless");
    if (api.customPluginAuthEnabled)
        return api.useStandardAuth ? tr("custom plugin + auth token") : tr("custom plugin");
    return tr("auth token");
}

QVariant ApiListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_apis.size())
        return {};
    const ApiSummary &api = m_apis.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return api.displayName();
        case ListenPath: return api.listenPath;
        case Auth: return authMode(api);
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("api_id %1 · org %2 · target %3\n%4")
            .arg(api.apiId, api.orgId, api.targetUrl, api.sourceFile);
    return {};
}

QVariant ApiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case ListenPath: return tr("Listen path");
    case Auth: return tr("Authentication");
    }
    return {};
}

} // namespace Hb::Ui
