// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/logpane.h"

#include "ui/logs/logfiltermodel.h"
#include "ui/logs/logmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Hb::Ui {

namespace {
constexpr int Capacity = 10000;
}

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(Capacity, this))
    , m_filter(new LogFilterModel(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);

    m_level->setObjectName(QStringLiteral("logLevelFilter"));
    m_level->addItem(tr("All levels"), int(LogLevel::Debug));
    m_level->addItem(tr("Info and above"), int(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_level->addItem(tr("Errors only"), int(LogLevel::Error));
    m_level->setToolTip(tr("Show only lines at or above this level"));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumLevel(LogLevel(m_level->currentData().toInt()));
        updateCount();
    });

    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    auto *find = new QAction(tr("Search the log"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("logClear"));
    clear->setToolTip(tr("Forget the lines shown so far"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        updateCount();
    });

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_filter);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(LogModel::SourceColumn, 220);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogPane::copySelection);
    m_view->addAction(copy);

    // A line naming a file and line (a traceback, a load error) opens it there.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const LogEntry &entry = m_model->entry(m_filter->mapToSource(index).row());
        const auto [file, line] = locationIn(entry.text);
        if (line > 0)
            Q_EMIT locationActivated(file, line);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    m_level->setCurrentIndex(1); // debug lines are there when wanted, not by default
    updateCount();
}

void LogPane::append(LogEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool follow = scroll->value() >= scroll->maximum() - 2;
    m_model->append(std::move(entry));
    if (follow)
        m_view->scrollToBottom();
    updateCount();
}

void LogPane::append(LogLevel level, const QString &source, const QString &text)
{
    append(LogEntry{QDateTime::currentDateTime(), level, source, text});
}

QString LogPane::toPlainText() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(LogModel::format(m_model->entry(row)));
    return lines.join(u'\n');
}

std::pair<QString, int> LogPane::locationIn(const QString &text)
{
    static const QRegularExpression place(QStringLiteral("(/[^\\s:()\"',]+):(\\d+)"));
    for (auto it = place.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (QFileInfo(m.captured(1)).isFile())
            return {m.captured(1), m.captured(2).toInt()};
    }
    return {QString(), 0};
}

void LogPane::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(LogModel::format(m_model->entry(m_filter->mapToSource(index).row())));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void LogPane::updateCount()
{
    // No plural forms needed: "3 of 40 shown" reads the same for one line.
    m_count->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace Hb::Ui
