// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/phasebardelegate.h"

#include "ui/timeline/timelinemodel.h"

#include <QApplication>
#include <QPainter>

namespace Hb::Ui {

namespace {
QColor colourOf(Trace::Outcome outcome)
{
    switch (outcome) {
    case Trace::Outcome::Continue: return QColor(0x2e, 0x9d, 0x5b);
    case Trace::Outcome::Respond: return QColor(0x2f, 0x6f, 0xd6);
    case Trace::Outcome::Fail: return QColor(0xd1, 0x3c, 0x2f);
    case Trace::Outcome::Pause: return QColor(0xe0, 0x9b, 0x1a);
    case Trace::Outcome::Skipped:
    case Trace::Outcome::None: break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}
} // namespace

void PhaseBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the bars replace the phase count
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto bars = index.data(TimelineModel::PhaseBarsRole).value<QList<PhaseBar>>();
    if (bars.isEmpty())
        return;
    const QRect area = option.rect.adjusted(3, 4, -3, -4);
    constexpr int minWidth = 3;
    const int spare = std::max(0, area.width() - minWidth * int(bars.size()));
    qint64 total = 0;
    for (const PhaseBar &b : bars)
        total += b.durationNs;
    painter->save();
    painter->setPen(Qt::NoPen);
    int x = area.left();
    for (int i = 0; i < bars.size(); ++i) {
        const PhaseBar &b = bars.at(i);
        const int width =
            minWidth + (total > 0 ? int(double(spare) * double(b.durationNs) / double(total)) : 0);
        const QRect r(x, area.top(), std::max(1, width - 1), area.height());
        painter->setBrush(colourOf(b.outcome));
        painter->drawRect(r);
        if (!b.note.isEmpty()) {
            painter->setBrush(QBrush(Qt::white, Qt::BDiagPattern));
            painter->drawRect(r);
        }
        x += width;
    }
    painter->restore();
}

QSize PhaseBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 160));
    return size;
}

} // namespace Hb::Ui
