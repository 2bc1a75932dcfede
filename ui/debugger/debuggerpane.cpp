// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/debugger/debuggerpane.h"

#include "workbench/models/breakpointmodel.h"
#include "workbench/models/pausedexchangemodel.h"
#include "ui/debugger/pausedrequesteditor.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hb::Ui {

namespace {
// Tyk's hook types as the pipeline names them ("pre:MyHook"): a breakpoint on the type
// stops before every hook of that type.
const QStringList &hookTypes()
{
    static const QStringList types{QStringLiteral("pre"), QStringLiteral("auth_check"),
                                   QStringLiteral("post_key_auth"), QStringLiteral("post"),
                                   QStringLiteral("response")};
    return types;
}

void setUpTable(QTableView *view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // Room for the header and two rows; the splitter gives more when the dock has it.
    view->setMinimumHeight(view->fontMetrics().height() * 4);
}
} // namespace

DebuggerPane::DebuggerPane(const QHash<QString, QString> &apis,
                           const QHash<QString, QStringList> &phaseNames, QWidget *parent)
    : QWidget(parent)
    , m_apiNames(apis)
    , m_phaseNames(phaseNames)
    , m_breakpoints(new BreakpointModel(this))
    , m_paused(new PausedExchangeModel(this))
    , m_phase(new QComboBox(this))
    , m_api(new QComboBox(this))
    , m_condition(new QLineEdit(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_breakpointView(new QTableView(this))
    , m_pausedView(new QTableView(this))
    , m_editor(new PausedRequestEditor(this))
    , m_message(new QLabel(this))
{
    m_breakpoints->setApiNames(m_apiNames);
    m_paused->setApiNames(m_apiNames);
    createActions();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(buildBreakpointBox());
    split->addWidget(buildQueueBox());
    split->addWidget(buildEditorBox());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 5);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_pausedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DebuggerPane::showSelected);
    showSelected();
}

void DebuggerPane::createActions()
{
    m_resume = makeAction(tr("&Resume"), QKeySequence(Qt::Key_F8),
                          tr("Run the selected request on to the next breakpoint (F8)"));
    m_step = makeAction(tr("&Step"), QKeySequence(Qt::Key_F10),
                        tr("Run one phase of the selected request and pause again (F10)"));
    m_abort = makeAction(tr("&Abort"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
                         tr("End the selected request now; the client gets 499 (Shift+F8)"));
    m_apply = makeAction(tr("A&pply edits"), QKeySequence(),
                         tr("Give the paused request the method, path, query, headers, body "
                            "and session shown here"));
    m_revert = makeAction(tr("Re&vert"), QKeySequence(),
                          tr("Put the paused request back to what the client sent"));
    // Resume and Step run with what the user typed: nobody expects an edit to be dropped.
    connect(m_resume, &QAction::triggered, this, [this] {
        if (const auto id = selectedId(); id && applyEdits())
            Q_EMIT resumeRequested(*id);
    });
    connect(m_step, &QAction::triggered, this, [this] {
        if (const auto id = selectedId(); id && applyEdits())
            Q_EMIT stepRequested(*id);
    });
    connect(m_abort, &QAction::triggered, this, [this] {
        if (const auto id = selectedId())
            Q_EMIT abortRequested(*id);
    });
    connect(m_apply, &QAction::triggered, this, &DebuggerPane::applyEdits);
    connect(m_revert, &QAction::triggered, this, [this] {
        if (const auto id = selectedId()) {
            // Reload the editor from the engine's answer even if typed edits were never sent.
            m_shown.reset();
            Q_EMIT revertRequested(*id);
        }
    });
}

QWidget *DebuggerPane::buildEditorBox()
{
    auto *box = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_apply, m_revert, m_resume, m_step, m_abort}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        if (action == m_revert)
            buttons->addStretch(1);
    }
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("debuggerMessage"));
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    return box;
}

QAction *DebuggerPane::makeAction(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void DebuggerPane::setUpBreakpointForm()
{
    m_phase->setEditable(true);
    m_phase->setObjectName(QStringLiteral("breakpointPhase"));
    m_phase->setToolTip(tr("A phase, or a hook type (pre, post, …) to stop before each of its "
                           "hooks"));
    m_phase->setInsertPolicy(QComboBox::NoInsert);
    // Long API names and hook names must not widen the dock.
    for (QComboBox *combo : {m_phase, m_api}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_api->setObjectName(QStringLiteral("breakpointApi"));
    fillApiCombo();
    m_condition->setObjectName(QStringLiteral("breakpointCondition"));
    m_condition->setPlaceholderText(tr("any request"));
    m_condition->setToolTip(tr("Pause only requests whose request line (\"GET /path?query\") or "
                               "one of whose headers (\"Name: value\") contains this text, "
                               "ignoring case"));
    m_condition->setClearButtonEnabled(true);
    m_add->setToolTip(tr("Pause requests before this phase (a new breakpoint)"));
    fillPhaseCombo();
    connect(m_api, &QComboBox::currentIndexChanged, this, &DebuggerPane::fillPhaseCombo);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addBreakpoint({m_phase->currentText().trimmed(), m_api->currentData().toString(),
                       m_condition->text().trimmed()});
    });
    connect(m_condition, &QLineEdit::returnPressed, m_add, &QPushButton::click);
}

QWidget *DebuggerPane::buildBreakpointBox()
{
    setUpBreakpointForm();
    m_breakpointView->setObjectName(QStringLiteral("breakpointTable"));
    m_breakpointView->setModel(m_breakpoints);
    setUpTable(m_breakpointView);
    auto *remove = new QPushButton(tr("R&emove"), this);
    remove->setObjectName(QStringLiteral("removeBreakpoint"));
    remove->setToolTip(tr("Remove the selected breakpoints"));
    remove->setEnabled(false);
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_breakpointView->addAction(removeKey);
    connect(remove, &QPushButton::clicked, this, &DebuggerPane::removeSelectedBreakpoints);
    connect(m_breakpoints, &BreakpointModel::enabledChanged, this,
            &DebuggerPane::announceBreakpoints);
    auto *enableAll = new QPushButton(tr("E&nable All"), this);
    enableAll->setObjectName(QStringLiteral("enableAllBreakpoints"));
    enableAll->setToolTip(tr("Turn every breakpoint on"));
    connect(enableAll, &QPushButton::clicked, this, [this] { m_breakpoints->setAllEnabled(true); });
    auto *disableAll = new QPushButton(tr("&Disable All"), this);
    disableAll->setObjectName(QStringLiteral("disableAllBreakpoints"));
    disableAll->setToolTip(tr("Let every request through; the breakpoints stay listed"));
    connect(disableAll, &QPushButton::clicked, this,
            [this] { m_breakpoints->setAllEnabled(false); });
    connect(removeKey, &QAction::triggered, this, &DebuggerPane::removeSelectedBreakpoints);
    connect(
        m_breakpointView->selectionModel(), &QItemSelectionModel::selectionChanged, remove,
        [this, remove] { remove->setEnabled(m_breakpointView->selectionModel()->hasSelection()); });

    // Two rows instead of a form of three, so the queue and the editor keep their room in
    // a dock that shares the window's height with the composer.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *where = new QHBoxLayout;
    where->addWidget(label(tr("P&hase"), m_phase));
    where->addWidget(m_phase, 1);
    where->addWidget(label(tr("AP&I"), m_api));
    where->addWidget(m_api, 1);
    where->addWidget(enableAll);
    where->addWidget(disableAll);
    auto *when = new QHBoxLayout;
    when->addWidget(label(tr("&Condition"), m_condition));
    when->addWidget(m_condition, 1);
    when->addWidget(m_add);
    when->addWidget(remove);
    auto *box = new QGroupBox(tr("Breakpoints"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(where);
    layout->addLayout(when);
    layout->addWidget(m_breakpointView, 1);
    return box;
}

void DebuggerPane::removeSelectedBreakpoints()
{
    QList<int> rows;
    for (const QModelIndex &index : m_breakpointView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_breakpoints->removeRow(row);
    announceBreakpoints();
}

QWidget *DebuggerPane::buildQueueBox()
{
    auto *box = new QGroupBox(tr("Paused requests"), this);
    m_pausedView->setObjectName(QStringLiteral("pausedTable"));
    m_pausedView->setModel(m_paused);
    setUpTable(m_pausedView);
    m_pausedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pausedView->horizontalHeader()->setSectionResizeMode(PausedExchangeModel::Path,
                                                           QHeaderView::Stretch);
    m_pausedView->horizontalHeader()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pausedView);
    return box;
}

void DebuggerPane::fillPhaseCombo()
{
    const QString typed = m_phase->currentText();
    const QString apiId = m_api->currentData().toString();
    // One API's phases in its order; for "any API", every phase of every API, first seen first.
    QStringList ids = apiId.isEmpty() ? m_phaseNames.keys() : QStringList{apiId};
    ids.sort();
    QStringList phases;
    for (const QString &id : std::as_const(ids)) {
        for (const QString &phase : m_phaseNames.value(id)) {
            if (!phases.contains(phase))
                phases.append(phase);
        }
    }
    m_phase->clear();
    m_phase->addItems(phases);
    m_phase->insertSeparator(m_phase->count());
    for (const QString &type : hookTypes()) {
        m_phase->addItem(type);
        m_phase->setItemData(m_phase->count() - 1, tr("Every %1 hook").arg(type), Qt::ToolTipRole);
    }
    m_phase->setCurrentText(typed.isEmpty() ? phases.value(0) : typed);
}

void DebuggerPane::setApiNames(const QHash<QString, QString> &apis)
{
    m_apiNames = apis;
    m_breakpoints->setApiNames(m_apiNames);
    m_paused->setApiNames(m_apiNames);
    fillApiCombo();
}

void DebuggerPane::fillApiCombo()
{
    const QString chosen = m_api->currentData().toString();
    const QSignalBlocker quiet(m_api);
    m_api->clear();
    m_api->addItem(tr("Any API"), QString());
    QStringList ids = m_apiNames.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        m_api->addItem(m_apiNames.value(id), id);
    m_api->setCurrentIndex(std::max(m_api->findData(chosen), 0));
}

void DebuggerPane::setPhaseNames(const QHash<QString, QStringList> &phaseNames)
{
    m_phaseNames = phaseNames;
    fillPhaseCombo();
}

void DebuggerPane::addBreakpoint(const Engine::Breakpoint &bp)
{
    if (bp.phase.isEmpty()) {
        m_message->setText(tr("Name a phase or a hook type for the breakpoint."));
        return;
    }
    if (m_breakpoints->add(bp))
        announceBreakpoints();
}

void DebuggerPane::setSavedBreakpoints(const QList<SavedBreakpoint> &breakpoints)
{
    m_breakpoints->setEntries(breakpoints);
    Q_EMIT breakpointsChanged(m_breakpoints->enabledBreakpoints());
}

void DebuggerPane::announceBreakpoints()
{
    Q_EMIT breakpointsChanged(m_breakpoints->enabledBreakpoints());
    Q_EMIT breakpointsEdited(m_breakpoints->entries());
}

void DebuggerPane::setPausedExchanges(const QList<Engine::PausedExchange> &exchanges)
{
    const std::optional<quint64> selected = selectedId();
    m_paused->setExchanges(exchanges);
    bool fresh = false;
    for (const Engine::PausedExchange &e : exchanges) {
        fresh = fresh || e.id > m_lastSeenId;
        m_lastSeenId = std::max(m_lastSeenId, e.id);
    }
    // Keep the user's choice; with none (or it left), show the oldest paused request.
    int row = selected ? m_paused->rowOf(*selected) : -1;
    if (row < 0 && m_paused->rowCount() > 0)
        row = 0;
    if (row >= 0 && !m_pausedView->selectionModel()->isRowSelected(row, {}))
        m_pausedView->selectRow(row);
    showSelected();
    if (fresh)
        Q_EMIT requestPaused();
}

void DebuggerPane::addEvents(const QList<Trace::TraceEvent> &events)
{
    for (const Trace::TraceEvent &e : events) {
        if (e.kind == Trace::TraceKind::Paused || e.kind == Trace::TraceKind::Resumed ||
            e.kind == Trace::TraceKind::Aborted) {
            Q_EMIT refreshRequested();
            return;
        }
    }
}

std::optional<quint64> DebuggerPane::selectedId() const
{
    const QModelIndexList rows = m_pausedView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_paused->exchange(rows.first().row()).id;
}

void DebuggerPane::showSelected()
{
    const auto id = selectedId();
    if (!id) {
        m_shown.reset();
        m_editor->setExchange(std::nullopt);
        m_message->setText(m_paused->rowCount() == 0
                               ? tr("No request is paused. Set a breakpoint and send a request.")
                               : tr("Select a paused request to edit it."));
        updateActions();
        return;
    }
    const Engine::PausedExchange &e = m_paused->exchange(m_paused->rowOf(*id));
    // Reload only when the engine's copy changed (another request, a step, an applied edit or
    // a revert), so a refresh caused by other traffic keeps what the user is typing.
    const bool changed = !m_shown || m_shown->id != e.id || m_shown->phase != e.phase ||
                         m_shown->request != e.request || m_shown->sessionJson != e.sessionJson;
    if (changed) {
        m_shown = e;
        m_editor->setExchange(e);
        m_message->setText(tr("Request %1 to %2 is paused before %3.")
                               .arg(e.id)
                               .arg(m_apiNames.value(e.apiId, e.apiId), e.phase));
    }
    updateActions();
}

void DebuggerPane::updateActions()
{
    const bool selected = selectedId().has_value();
    for (QAction *action : {m_resume, m_step, m_abort, m_apply, m_revert})
        action->setEnabled(selected);
}

bool DebuggerPane::applyEdits()
{
    const auto id = selectedId();
    if (!id || !m_shown || !m_editor->isModified())
        return true;
    const auto request = m_editor->request();
    if (!request) {
        m_message->setText(request.error().message);
        return false;
    }
    const auto session = m_editor->editedSession();
    if (!session) {
        m_message->setText(session.error().message);
        return false;
    }
    if (*request != m_shown->request)
        Q_EMIT editRequested(*id, *request);
    if (*session)
        Q_EMIT sessionEditRequested(*id, **session);
    return true;
}

} // namespace Hb::Ui
