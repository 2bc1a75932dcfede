// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/history/historyentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Hb::Ui {

// The request history, newest first: time, method, path, status, duration, source. Bounded:
// past `capacity` entries the oldest are removed before a new one is inserted.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Path, Status, Duration, Source, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr, int capacity = 1000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<HistoryEntry> &entries() const { return m_entries; }
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    // Replaces everything (a workspace was loaded); newest first.
    void setEntries(const QList<HistoryEntry> &entries);
    void prepend(const HistoryEntry &entry);
    // Marks the entry of this session's exchange as a replay (the replay runner claims it).
    void markReplay(quint64 exchangeId);
    void clear();

Q_SIGNALS:
    // After any change (the workspace file saves on it).
    void historyChanged();

private:
    QList<HistoryEntry> m_entries;
    QSet<quint64> m_replayIds; // replays whose entry has not arrived yet
    int m_capacity;
};

} // namespace Hb::Ui
