// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinefiltermodel.h"

#include "ui/timeline/timelinemodel.h"

namespace Hb::Ui {

void TimelineFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void TimelineFilterModel::setApiId(const QString &apiId)
{
    m_apiId = apiId;
    invalidateRowsFilter();
}

void TimelineFilterModel::setStatusClass(int hundreds)
{
    m_statusClass = hundreds;
    invalidateRowsFilter();
}

void TimelineFilterModel::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    invalidateRowsFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_apiId.isEmpty() && row.data(TimelineModel::ApiIdRole).toString() != m_apiId)
        return false;
    if (m_statusClass != 0) {
        const int status =
            sourceModel()->index(sourceRow, TimelineModel::Status, sourceParent).data().toInt();
        if (status / 100 != m_statusClass)
            return false;
    }
    switch (m_outcome) {
    case Outcome::Any: break;
    case Outcome::Failed:
        if (!row.data(TimelineModel::FailedRole).toBool())
            return false;
        break;
    case Outcome::CacheHit:
        if (row.data(TimelineModel::CacheRole).toString() != u"hit")
            return false;
        break;
    case Outcome::CacheMiss:
        if (row.data(TimelineModel::CacheRole).toString() != u"miss")
            return false;
        break;
    }
    return m_text.isEmpty() ||
           row.data(TimelineModel::TextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Hb::Ui
