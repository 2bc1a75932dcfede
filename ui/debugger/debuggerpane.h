// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"
#include "workbench/workspace/savedbreakpoint.h"
#include "core/engine/pausedexchange.h"
#include "core/trace/traceevent.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Hb::Ui {

class BreakpointModel;
class PausedExchangeModel;
class PausedRequestEditor;

// The step debugger: breakpoints (phase or hook type, API, optional condition), the queue of
// requests paused at them, and an editor for the selected one with Apply, Revert, Resume,
// Step and Abort. It never calls the engine: it emits intents that MainWindow routes to the
// engine bridge, and shows the queue the bridge reports (setPausedExchanges).
class DebuggerPane final : public QWidget
{
    Q_OBJECT
public:
    // `apis`: id → name of the served APIs; `phaseNames`: id → the phases each runs.
    DebuggerPane(const QHash<QString, QString> &apis, const QHash<QString, QStringList> &phaseNames,
                 QWidget *parent = nullptr);

    // Offers the phases of the APIs as now loaded (after a reload).
    void setPhaseNames(const QHash<QString, QStringList> &phaseNames);
    // API id -> name, after a reload (the breakpoint API choice keeps its selection).
    void setApiNames(const QHash<QString, QString> &apis);
    // The engine's queue of paused requests (from EngineBridge::pausedExchangesUpdated).
    void setPausedExchanges(const QList<Engine::PausedExchange> &exchanges);
    // Trace events: a request paused, resumed or aborted makes the pane ask for the queue.
    void addEvents(const QList<Trace::TraceEvent> &events);
    // Sets a breakpoint as the Add button does.
    void addBreakpoint(const Engine::Breakpoint &bp);
    // The breakpoints kept in the workspace file, on or off; the enabled ones go to the engine.
    void setSavedBreakpoints(const QList<SavedBreakpoint> &breakpoints);

    BreakpointModel *breakpointModel() const { return m_breakpoints; }
    PausedExchangeModel *pausedModel() const { return m_paused; }
    QTableView *pausedView() const { return m_pausedView; }
    PausedRequestEditor *editor() const { return m_editor; }
    QComboBox *phaseCombo() const { return m_phase; }
    QComboBox *apiCombo() const { return m_api; }
    QLineEdit *conditionEdit() const { return m_condition; }
    QPushButton *addBreakpointButton() const { return m_add; }
    // The Debug menu's actions (they also drive the pane's buttons).
    QAction *resumeAction() const { return m_resume; }
    QAction *stepAction() const { return m_step; }
    QAction *abortAction() const { return m_abort; }
    QAction *applyAction() const { return m_apply; }
    QAction *revertAction() const { return m_revert; }
    // The paused request the editor shows, if any.
    std::optional<quint64> selectedId() const;

Q_SIGNALS:
    void breakpointsChanged(const QList<Hb::Engine::Breakpoint> &breakpoints);
    // Every breakpoint, on or off, for the workspace file.
    void breakpointsEdited(const QList<Hb::Ui::SavedBreakpoint> &breakpoints);
    void refreshRequested();
    void editRequested(quint64 id, const Hb::Http::HttpRequest &request);
    // `sessionJson`: the edited session object as text.
    void sessionEditRequested(quint64 id, const QByteArray &sessionJson);
    void revertRequested(quint64 id);
    void resumeRequested(quint64 id);
    void stepRequested(quint64 id);
    void abortRequested(quint64 id);
    // A request paused that the user has not seen yet (MainWindow brings the dock forward).
    void requestPaused();

private:
    void createActions();
    void setUpBreakpointForm();
    QWidget *buildBreakpointBox();
    QWidget *buildQueueBox();
    QWidget *buildEditorBox();
    void removeSelectedBreakpoints();
    // Tells the engine (the enabled ones) and the workspace file (all).
    void announceBreakpoints();
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip);
    void fillPhaseCombo();
    void fillApiCombo();
    void showSelected();
    void updateActions();
    // Sends the editor's changes; false (and a message) when they do not parse.
    bool applyEdits();

    QHash<QString, QString> m_apiNames;
    QHash<QString, QStringList> m_phaseNames;
    BreakpointModel *m_breakpoints;
    PausedExchangeModel *m_paused;
    QComboBox *m_phase;
    QComboBox *m_api;
    QLineEdit *m_condition;
    QPushButton *m_add;
    QTableView *m_breakpointView;
    QTableView *m_pausedView;
    PausedRequestEditor *m_editor;
    QLabel *m_message;
    QAction *m_resume;
    QAction *m_step;
    QAction *m_abort;
    QAction *m_apply;
    QAction *m_revert;
    // What the editor shows, so a refresh that changes nothing keeps what the user typed.
    std::optional<Engine::PausedExchange> m_shown;
    quint64 m_lastSeenId = 0;
};

} // namespace Hb::Ui
