// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/history/historyentry.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Hb::Ui {

class HistoryModel;
class ReplayComparisonView;

// The history dock: the recorded requests (newest first), Replay for the selected ones with
// progress and Cancel, the list of replay results (same / what differs) and the recorded
// and replayed outcome of the selected result side by side. Emits intents only.
class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPane(HistoryModel *model, QWidget *parent = nullptr);

    // The selected entries, newest first; all of them when nothing is selected.
    QList<HistoryEntry> selectedEntries() const;

    QTableView *view() const { return m_view; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *expectButton() const { return m_expect; }
    QListWidget *resultList() const { return m_results; }
    ReplayComparisonView *comparisonView() const { return m_comparison; }

public Q_SLOTS:
    void replayStarted(int total);
    void setProgress(int done, int total);
    void addResult(const Hb::Ui::HistoryEntry &recorded, const Hb::Ui::HistoryEntry &replayed);
    void replayFinished(bool cancelled);

Q_SIGNALS:
    void replayRequested(const QList<Hb::Ui::HistoryEntry> &entries);
    void cancelRequested();
    void clearRequested();
    // Keep this recorded reply as what its saved request expects (hookbench-cli test).
    void expectReplyRequested(const Hb::Ui::HistoryEntry &entry);

private:
    struct Result
    {
        HistoryEntry recorded;
        HistoryEntry replayed;
    };
    void showResult(int row);
    void showContextMenu(const QPoint &position);
    // The entry of the current row, when exactly one row is selected.
    std::optional<HistoryEntry> singleSelection() const;

    HistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_replay;
    QPushButton *m_cancel;
    QPushButton *m_expect;
    QProgressBar *m_progress;
    QListWidget *m_results;
    ReplayComparisonView *m_comparison;
    QList<Result> m_resultData;
    bool m_showingDifference = false;
};

} // namespace Hb::Ui
