// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/history/historyentry.h"
#include "workbench/history/replaycomparison.h"

#include <QWidget>

class QLabel;
class QTextEdit;

namespace Hb::Ui {

// The recorded outcome of a request on the left, the replayed one on the right, lines kept
// side by side: a changed status, removed and changed headers and removed body lines are
// marked on the left, added ones on the right. The two sides scroll together. The pane's
// result list says in words what differs.
class ReplayComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayComparisonView(QWidget *parent = nullptr);

    void showComparison(const HistoryEntry &recorded, const HistoryEntry &replayed);
    void clear();
    const ReplayComparison &comparison() const { return m_comparison; }
    QTextEdit *recordedView() const { return m_recorded; }
    QTextEdit *replayedView() const { return m_replayed; }

    static constexpr char RemovedColour[] = "#f8d7da";
    static constexpr char AddedColour[] = "#d4edda";
    static constexpr char ChangedColour[] = "#fff3cd";

private:
    ReplayComparison m_comparison;
    QTextEdit *m_recorded;
    QTextEdit *m_replayed;
};

} // namespace Hb::Ui
