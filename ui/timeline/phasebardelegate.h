// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Hb::Ui {

// Draws a request's phases (TimelineModel::PhaseBarsRole) as one bar each, as wide as the
// phase's share of the request's time (every phase at least a few pixels, so quick ones
// stay visible), coloured by outcome: continue green, respond blue, fail red, skipped grey;
// a cache hit is drawn hatched.
class PhaseBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hb::Ui
