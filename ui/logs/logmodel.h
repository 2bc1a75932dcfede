// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logs/logentry.h"

#include <QAbstractTableModel>

#include <deque>

namespace Hb::Ui {

// The Logs pane's lines, oldest first, the oldest dropped past `capacity`.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, SourceColumn, MessageColumn, ColumnCount };
    // The entry's LogLevel, as an int, under this role on every column.
    static constexpr int LevelRole = Qt::UserRole + 1;

    explicit LogModel(int capacity, QObject *parent = nullptr);

    void append(LogEntry entry);
    void clear();
    const LogEntry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    // Every line as "HH:mm:ss.zzz  [source] level: text" (copying, tests).
    static QString format(const LogEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString levelName(LogLevel level);

private:
    int m_capacity;
    std::deque<LogEntry> m_entries;
};

} // namespace Hb::Ui
