// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logs/logentry.h"

#include <QSortFilterProxyModel>

namespace Hb::Ui {

// The lines the Logs pane shows: at or above a level, and containing the search text (in the
// source or the message, any case).
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setMinimumLevel(LogLevel level);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimum = LogLevel::Debug;
    QString m_search;
};

} // namespace Hb::Ui
