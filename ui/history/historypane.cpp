// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/historypane.h"

#include "ui/history/historymodel.h"
#include "workbench/history/replaycomparison.h"
#include "ui/history/replaycomparisonview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hb::Ui {

HistoryPane::HistoryPane(HistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_replay(new QPushButton(tr("Replay"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_expect(new QPushButton(tr("Expect This Reply"), this))
    , m_progress(new QProgressBar(this))
    , m_results(new QListWidget(this))
    , m_comparison(new ReplayComparisonView(this))
{
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::Path, QHeaderView::Stretch);
    m_replay->setToolTip(tr("Send the selected requests (all when none is selected) through "
                            "the engine again and compare the outcomes"));
    m_cancel->setEnabled(false);
    m_expect->setToolTip(tr("Keep the selected request's status, hook calls and cache outcome "
                            "as what its saved request expects; hookbench-cli test checks them"));
    m_expect->setEnabled(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_results->setToolTip(tr("Replay results; select one to compare it with its recording"));
    auto *clear = new QPushButton(tr("Clear history"), this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replay);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_expect);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(clear);
    leftLayout->addLayout(buttons);

    // Results above the comparison, so the two sides of the comparison get the width.
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(m_results);
    right->addWidget(m_comparison);
    right->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({430, 430});
    const int line = fontMetrics().lineSpacing();
    right->setSizes({line * 3, line * 14});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_replay, &QPushButton::clicked, this,
            [this] { Q_EMIT replayRequested(selectedEntries()); });
    connect(m_cancel, &QPushButton::clicked, this, &HistoryPane::cancelRequested);
    connect(clear, &QPushButton::clicked, this, &HistoryPane::clearRequested);
    connect(m_results, &QListWidget::currentRowChanged, this, &HistoryPane::showResult);
    connect(m_expect, &QPushButton::clicked, this, [this] {
        if (const auto entry = singleSelection())
            Q_EMIT expectReplyRequested(*entry);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_expect->setEnabled(singleSelection().has_value()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPane::showContextMenu);
}

std::optional<HistoryEntry> HistoryPane::singleSelection() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->entry(rows.constFirst().row());
}

void HistoryPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    // The row under the pointer is what the menu acts on.
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    QMenu menu(this);
    const QList<HistoryEntry> entries = selectedEntries();
    QAction *replay = menu.addAction(tr("Replay"));
    replay->setEnabled(m_replay->isEnabled());
    connect(replay, &QAction::triggered, this,
            [this, entries] { Q_EMIT replayRequested(entries); });
    QAction *expect = menu.addAction(tr("Expect This Reply"));
    const std::optional<HistoryEntry> single = singleSelection();
    expect->setEnabled(single.has_value());
    if (single)
        connect(expect, &QAction::triggered, this,
                [this, entry = *single] { Q_EMIT expectReplyRequested(entry); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QList<HistoryEntry> HistoryPane::selectedEntries() const
{
    QList<HistoryEntry> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return m_model->entries();
    }
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        out.append(m_model->entry(index.row()));
    return out;
}

void HistoryPane::replayStarted(int total)
{
    m_results->clear();
    m_resultData.clear();
    m_showingDifference = false;
    m_comparison->clear();
    m_replay->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_progress->setVisible(true);
}

void HistoryPane::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void HistoryPane::addResult(const HistoryEntry &recorded, const HistoryEntry &replayed)
{
    const ReplayComparison comparison(recorded, replayed);
    m_resultData.append({recorded, replayed});
    auto *item = new QListWidgetItem(tr("%1 %2 — %3")
                                         .arg(QString::fromLatin1(recorded.request.method),
                                              QString::fromUtf8(recorded.request.path()),
                                              comparison.summary()),
                                     m_results);
    item->setData(Qt::UserRole, comparison.same());
    item->setForeground(comparison.same() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc0, 0x39, 0x2b));
    // The first difference is what one wants to see; until there is one, the first result.
    const bool firstDifference = !comparison.same() && !m_showingDifference;
    if (m_results->count() == 1 || firstDifference) {
        m_showingDifference = firstDifference;
        m_results->setCurrentItem(item);
    }
}

void HistoryPane::replayFinished(bool cancelled)
{
    m_replay->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    if (cancelled)
        m_results->addItem(
            tr("Replay cancelled after %n request(s).", nullptr, int(m_resultData.size())));
}

void HistoryPane::showResult(int row)
{
    if (row < 0 || row >= m_resultData.size())
        return;
    m_comparison->showComparison(m_resultData.at(row).recorded, m_resultData.at(row).replayed);
}

} // namespace Hb::Ui
