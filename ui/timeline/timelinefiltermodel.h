// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Hb::Ui {

// The timeline's filters: text (API, method, path, status), one API, a status class
// (2xx..5xx) and an outcome (failed, cache hit, cache miss). Filters combine with "and".
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Outcome { Any, Failed, CacheHit, CacheMiss };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setApiId(const QString &apiId); // empty: every API
    void setStatusClass(int hundreds);   // 2..5; 0: any status
    void setOutcome(Outcome outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_apiId;
    int m_statusClass = 0;
    Outcome m_outcome = Outcome::Any;
};

} // namespace Hb::Ui
