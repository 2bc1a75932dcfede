// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/pausedexchange.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Hb::Ui {

// The queue of requests parked at breakpoints: id, API, method, path and the phase each
// will run next. setExchanges() merges the engine's view row by row (removals, changes,
// arrivals), so a view keeps its selection while other requests come and go.
class PausedExchangeModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Api, Method, Path, NextPhase, ColumnCount };

    explicit PausedExchangeModel(QObject *parent = nullptr);

    void setApiNames(const QHash<QString, QString> &names) { m_apiNames = names; }
    // Replaces the rows with `exchanges` (sorted by id, as the engine lists them).
    void setExchanges(const QList<Engine::PausedExchange> &exchanges);
    const Engine::PausedExchange &exchange(int row) const { return m_exchanges.at(row); }
    // The row of exchange `id`, or -1.
    int rowOf(quint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Engine::PausedExchange> m_exchanges;
    QHash<QString, QString> m_apiNames;
};

} // namespace Hb::Ui
