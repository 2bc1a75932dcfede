// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinepane.h"

#include "ui/timeline/phasebardelegate.h"
#include "ui/timeline/requestdetailview.h"
#include "ui/timeline/timelinefiltermodel.h"
#include "ui/timeline/timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hb::Ui {

TimelinePane::TimelinePane(TimelineModel *model, const QList<std::pair<QString, QString>> &apis,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new TimelineFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_api(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_detail(new RequestDetailView(this))
{
    m_filter->setSourceModel(model);

    m_text->setObjectName(QStringLiteral("timelineFilterText"));
    m_text->setPlaceholderText(tr("Filter: API, method, path, status…"));
    m_text->setClearButtonEnabled(true);
    m_api->setObjectName(QStringLiteral("timelineFilterApi"));
    setApiChoices(apis);
    m_status->setObjectName(QStringLiteral("timelineFilterStatus"));
    m_status->addItem(tr("Any status"), 0);
    for (int hundreds = 2; hundreds <= 5; ++hundreds)
        m_status->addItem(tr("%1xx").arg(hundreds), hundreds);
    m_outcome->setObjectName(QStringLiteral("timelineFilterOutcome"));
    m_outcome->addItem(tr("Any outcome"), int(TimelineFilterModel::Outcome::Any));
    m_outcome->addItem(tr("Failed"), int(TimelineFilterModel::Outcome::Failed));
    m_outcome->addItem(tr("Cache hit"), int(TimelineFilterModel::Outcome::CacheHit));
    m_outcome->addItem(tr("Cache miss"), int(TimelineFilterModel::Outcome::CacheMiss));
    connect(m_text, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setText);
    connect(m_api, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setApiId(m_api->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusClass(m_status->currentData().toInt()); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOutcome(TimelineFilterModel::Outcome(m_outcome->currentData().toInt()));
    });

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_filter);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(TimelineModel::Phases, new PhaseBarDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::Path, QHeaderView::Stretch);
    header->setSectionResizeMode(TimelineModel::Phases, QHeaderView::Interactive);
    header->resizeSection(TimelineModel::Phases, 140);
    header->setMinimumSectionSize(48);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelinePane::showSelected);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimelinePane::showContextMenu);
    // The selected request's details grow while it runs (redrawn only when they did, so
    // the phase the user picked stays picked).
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_shown == 0)
            return;
        const QList<PhaseDetail> details = m_model->details(m_shown);
        if (details.size() != m_shownPhases) {
            m_shownPhases = int(details.size());
            m_detail->showRequest(m_shown, details, m_model->analytics(m_shown));
        }
    });
    // The analytics record may come after the request finished (the plugin runs
    // asynchronously); only its tab is redrawn.
    connect(m_model, &TimelineModel::analyticsArrived, this, [this](quint64 id) {
        if (id == m_shown)
            m_detail->showAnalytics(m_model->analytics(id));
    });
    // Follow new requests while the view is at the bottom; with nothing selected, the
    // newest one is shown in detail.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(m_filter->rowCount() - 1, 0));
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_api);
    bar->addWidget(m_status);
    bar->addWidget(m_outcome);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void TimelinePane::setApiChoices(const QList<std::pair<QString, QString>> &apis)
{
    const QString chosen = m_api->currentData().toString();
    const QSignalBlocker quiet(m_api);
    m_api->clear();
    m_api->addItem(tr("All APIs"), QString());
    for (const auto &[id, name] : apis)
        m_api->addItem(name, id);
    const int index = m_api->findData(chosen);
    m_api->setCurrentIndex(std::max(index, 0));
    m_filter->setApiId(m_api->currentData().toString());
}

void TimelinePane::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_shown = 0;
        m_shownPhases = 0;
        m_detail->clear();
        return;
    }
    m_shown = current.data(TimelineModel::RequestIdRole).toULongLong();
    const QList<PhaseDetail> details = m_model->details(m_shown);
    m_shownPhases = int(details.size());
    m_detail->showRequest(m_shown, details, m_model->analytics(m_shown));
}

Engine::Breakpoint TimelinePane::breakpointFor(const QModelIndex &row) const
{
    Engine::Breakpoint bp;
    // A request still running (or paused) has not reached the phase that decides yet.
    if (row.siblingAtColumn(TimelineModel::Status).data().toInt() == 0)
        return bp;
    bp.apiId = row.data(TimelineModel::ApiIdRole).toString();
    const auto bars = row.data(TimelineModel::PhaseBarsRole).value<QList<PhaseBar>>();
    // The phase that decided: the first one that answered or failed, else the last to run.
    for (const PhaseBar &bar : bars) {
        if (bar.outcome == Trace::Outcome::Respond || bar.outcome == Trace::Outcome::Fail) {
            bp.phase = bar.phase;
            break;
        }
    }
    if (bp.phase.isEmpty() && !bars.isEmpty())
        bp.phase = bars.constLast().phase;
    // The condition is checked against the request as it is at that phase (a pre hook or a
    // URL rewrite may have changed it), when the details still tell; else as it arrived.
    QString method = row.siblingAtColumn(TimelineModel::Method).data().toString();
    QString path = row.siblingAtColumn(TimelineModel::Path).data().toString();
    const quint64 id = row.data(TimelineModel::RequestIdRole).toULongLong();
    for (const PhaseDetail &detail : m_model->details(id)) {
        if (detail.phase == bp.phase && detail.before) {
            method = QString::fromLatin1(detail.before->method);
            path = QString::fromUtf8(detail.before->target);
            break;
        }
    }
    path.truncate(path.indexOf(u'?') < 0 ? path.size() : path.indexOf(u'?'));
    bp.condition = method + u' ' + path;
    return bp;
}

void TimelinePane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const quint64 id = index.data(TimelineModel::RequestIdRole).toULongLong();
    QMenu menu(this);
    connect(menu.addAction(tr("Open in Composer")), &QAction::triggered, this,
            [this, id] { Q_EMIT openInComposerRequested(id); });
    connect(menu.addAction(tr("Replay")), &QAction::triggered, this,
            [this, id] { Q_EMIT replayRequested(id); });
    const Engine::Breakpoint bp = breakpointFor(index);
    QAction *breakHere = menu.addAction(tr("Break Here"));
    breakHere->setEnabled(!bp.phase.isEmpty()); // not while the request is still running
    breakHere->setToolTip(tr("Pause requests \"%1\" before %2").arg(bp.condition, bp.phase));
    connect(breakHere, &QAction::triggered, this, [this, bp] { Q_EMIT breakHereRequested(bp); });
    connect(menu.addAction(tr("Copy as curl")), &QAction::triggered, this,
            [this, id] { Q_EMIT copyAsCurlRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TimelinePane::showRequest(quint64 id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(TimelineModel::RequestIdRole).toULongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
    m_shown = id;
    const QList<PhaseDetail> details = m_model->details(id);
    m_shownPhases = int(details.size());
    m_detail->showRequest(id, details, m_model->analytics(id));
}

} // namespace Hb::Ui
