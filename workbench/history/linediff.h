// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hb::Ui {

// A line-by-line diff (longest common subsequence), for showing a recorded body beside a
// replayed one. No widgets.
class LineDiff
{
public:
    struct Line
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Line &other) const = default;
    };

    // Lines of `before` and `after` in order: common ones as Same, the rest as Removed
    // (only in before) or Added (only in after), a removal before the addition it replaces.
    // Past MaxCells (lines × lines after the common ends are trimmed) the middle is shown
    // as all removed then all added rather than spending seconds on it.
    static QList<Line> compare(const QStringList &before, const QStringList &after);
    static bool hasChanges(const QList<Line> &diff);

    static constexpr qint64 MaxCells = 4'000'000;
};

} // namespace Hb::Ui
