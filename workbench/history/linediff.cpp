// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/history/linediff.h"

#include <vector>

namespace Hb::Ui {

QList<LineDiff::Line> LineDiff::compare(const QStringList &before, const QStringList &after)
{
    using Kind = Line::Kind;
    QList<Line> out;
    // Common head and tail first: bodies that barely changed cost almost nothing.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    for (qsizetype i = 0; i < head; ++i)
        out.append({Kind::Same, before[i]});

    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    if (qint64(n) * qint64(m) > MaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({Kind::Removed, before[head + i]});
        for (qsizetype j = 0; j < m; ++j)
            out.append({Kind::Added, after[head + j]});
    } else {
        // lcs[i][j]: length of the LCS of before[i..] and after[j..] (middle parts only).
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = before[head + i] == after[head + j]
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (before[head + i] == after[head + j]) {
                out.append({Kind::Same, before[head + i]});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                out.append({Kind::Removed, before[head + i++]});
            } else {
                out.append({Kind::Added, after[head + j++]});
            }
        }
        for (; i < n; ++i)
            out.append({Kind::Removed, before[head + i]});
        for (; j < m; ++j)
            out.append({Kind::Added, after[head + j]});
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        out.append({Kind::Same, before[k]});
    return out;
}

bool LineDiff::hasChanges(const QList<Line> &diff)
{
    return std::any_of(diff.cbegin(), diff.cend(),
                       [](const Line &l) { return l.kind != Line::Kind::Same; });
}

} // namespace Hb::Ui
