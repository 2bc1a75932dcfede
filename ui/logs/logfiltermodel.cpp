// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/logfiltermodel.h"

#include "ui/logs/logmodel.h"

namespace Hb::Ui {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterModel::setMinimumLevel(LogLevel level)
{
    m_minimum = level;
    invalidateFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const LogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const LogEntry &e = model->entry(sourceRow);
    if (int(e.level) < int(m_minimum))
        return false;
    return m_search.isEmpty() || e.text.contains(m_search, Qt::CaseInsensitive) ||
           e.source.contains(m_search, Qt::CaseInsensitive);
}

} // namespace Hb::Ui
