// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/sessioncacheentry.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hb::Ui {

// The ID-extractor cache as a table: one row per cached session with its raw id, the time
// left before its deadline (counting down between refreshes), hits and misses. Rows that
// changed in the last refresh are highlighted for a moment.
class SessionCacheModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, RawId, Api, TimeLeft, Hits, Misses, ColumnCount };

    explicit SessionCacheModel(QObject *parent = nullptr);

    // Replaces the rows with the engine's view; `nowSecs` is the engine clock then.
    void setEntries(const QList<Engine::SessionCacheEntry> &entries, qint64 nowSecs);
    // Advances the countdown to `nowSecs` (engine time) without asking the engine.
    void tick(qint64 nowSecs);
    const Engine::SessionCacheEntry &entry(int row) const { return m_entries.at(row); }
    qint64 nowSecs() const { return m_nowSecs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Engine::SessionCacheEntry> m_entries;
    QHash<QString, int> m_changedAt; // key -> refresh counter when it last changed
    int m_refresh = 0;
    qint64 m_nowSecs = 0;
};

} // namespace Hb::Ui
