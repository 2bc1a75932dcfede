// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "workbench/models/apilistmodel.h"
#include "ui/editors/apipane.h"
#include "ui/composer/composerpane.h"
#include "ui/debugger/debuggerpane.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypane.h"
#include "workbench/history/historyrecorder.h"
#include "ui/common/gatewayaddressbutton.h"
#include "ui/common/grpcserverindicator.h"
#include "ui/common/loadprogressindicator.h"
#include "workbench/workspace/recentworkspaces.h"
#include "workbench/bridge/replayrunner.h"
#include "workbench/requests/requestbuilder.h"
#include "ui/composer/savedrequestlist.h"
#include "workbench/workspace/workspacefile.h"
#include "ui/editors/plugineditorpane.h"
#include "ui/logs/logpane.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/common/editorfont.h"
#include "ui/common/theme.h"
#include "core/setup/enginesetup.h"
#include "ui/sessions/sessioncachepane.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepane.h"
#include "workbench/workspace/unsavedbufferstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHostAddress>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace Hb::Ui {

namespace {
// (id, name) of every loaded API, for the timeline's API filter.
QList<std::pair<QString, QString>> apiChoices(const EngineBridge &bridge)
{
    QList<std::pair<QString, QString>> out;
    for (const ApiSummary &api : bridge.apis())
        out.append({api.apiId, api.displayName()});
    return out;
}
} // namespace

MainWindow::MainWindow(EngineBridge &bridge, const Api::Diagnostics &diagnostics, QWidget *parent)
    : QMainWindow(parent)
    , m_bridge(bridge)
    , m_apis(new ApiListModel(bridge.apis(), this))
    , m_timeline(new TimelineModel(this))
    , m_apiPane(new ApiPane(m_apis, this))
    , m_composer(new ComposerPane(this))
    , m_timelinePane(new TimelinePane(m_timeline, apiChoices(bridge), this))
    , m_log(new LogPane(this))
{
    setWindowTitle(tr("Hookbench"));
    setObjectName(QStringLiteral("MainWindow"));

    setCentralWidget(m_timelinePane);

    QDockWidget *apiDock = addDock(m_apiPane, tr("API definitions"), QStringLiteral("ApiDock"),
                                   Qt::LeftDockWidgetArea);
    QDockWidget *composerDock = addDock(m_composer, tr("Request composer"),
                                        QStringLiteral("ComposerDock"), Qt::RightDockWidgetArea);
    QDockWidget *logDock =
        addDock(m_log, tr("Logs"), QStringLiteral("LogDock"), Qt::BottomDockWidgetArea);
    m_sessionCache = new SessionCachePane(m_bridge, this);
    QDockWidget *cacheDock = addDock(m_sessionCache, tr("Session cache"),
                                     QStringLiteral("SessionCacheDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(logDock, cacheDock);
    m_history = new HistoryModel(this, WorkspaceData::HistoryCapacity);
    m_recorder = new HistoryRecorder(this);
    m_replay = new ReplayRunner(m_bridge, *m_recorder, this);
    m_historyPane = new HistoryPane(m_history, this);
    QDockWidget *historyDock = addDock(m_historyPane, tr("History"), QStringLiteral("HistoryDock"),
                                       Qt::BottomDockWidgetArea);
    tabifyDockWidget(logDock, historyDock);
    historyDock->raise();
    m_historyDock = historyDock;
    m_composerDock = composerDock;
    // The composer keeps the full height on the right; the bottom docks span the rest.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_pluginEditor = new PluginEditorPane(m_bridge, this);
    QDockWidget *pluginDock = addDock(m_pluginEditor, tr("Plugin code"),
                                      QStringLiteral("PluginDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(composerDock, pluginDock);
    QHash<QString, QString> apiNames;
    for (const ApiSummary &api : m_bridge.apis())
        apiNames.insert(api.apiId, api.displayName());
    m_debugger = new DebuggerPane(apiNames, m_bridge.phaseNames(), this);
    m_debuggerDock = addDock(m_debugger, tr("Debugger"), QStringLiteral("DebuggerDock"),
                             Qt::RightDockWidgetArea);
    tabifyDockWidget(composerDock, m_debuggerDock);
    composerDock->raise();
    // First-start proportions; a saved layout replaces them below.
    resize(1280, 800);
    resizeDocks({apiDock, composerDock}, {300, 420}, Qt::Horizontal);
    resizeDocks({logDock}, {290}, Qt::Vertical);
    buildMenus();
    connectDebugger();
    connectHistory();
    connectTimelineMenu();

    connect(m_apiPane, &ApiPane::apiActivated, m_composer, &ComposerPane::setTarget);
    connect(m_apiPane, &ApiPane::reloadRequested, &m_bridge, &EngineBridge::reload);
    connect(&m_bridge, &EngineBridge::reloaded, m_apiPane, &ApiPane::showDiagnostics);
    connect(m_composer, &ComposerPane::sendRequested, this,
            [this](const Http::HttpRequest &request) {
                m_composerTags.insert(m_bridge.send(request));
            });
    connect(&m_bridge, &EngineBridge::replyReceived, m_composer,
            [this](quint64 tag, const Http::HttpResponse &r, double ms) {
                if (m_composerTags.remove(tag))
                    m_composer->showResponse(r, ms);
            });
    connect(&m_bridge, &EngineBridge::traceBatch, m_timeline, &TimelineModel::addEvents);
    // A place named in the log (a traceback's file and line) opens in the editor.
    connect(m_log, &LogPane::locationActivated, this, [this](const QString &file, int line) {
        m_pluginEditor->openAt(file, line);
        if (auto *dock = qobject_cast<QDockWidget *>(m_pluginEditor->parentWidget())) {
            dock->show();
            dock->raise();
        }
        statusBar()->showMessage(tr("Opened %1 at line %2").arg(file).arg(line), 4000);
    });
    connect(&m_bridge, &EngineBridge::traceBatch, m_sessionCache, &SessionCachePane::addEvents);
    connect(&m_bridge, &EngineBridge::reloaded, this, &MainWindow::showReload);
    connectLoadProgress();
    m_grpcServer = new GrpcServerIndicator(this); // hidden until setGrpcServerMonitor()
    statusBar()->addPermanentWidget(m_grpcServer);
    m_gatewayAddress = new GatewayAddressButton(this); // hidden until the bridge listens
    statusBar()->addPermanentWidget(m_gatewayAddress);
    connect(&m_bridge, &EngineBridge::listening, this,
            [this](const QString &url, const QString &note) {
                m_gatewayAddress->showAddress(url, note);
                if (!note.isEmpty()) {
                    statusBar()->showMessage(note, 15000);
                    appendLog(note);
                }
                if (!url.isEmpty())
                    appendLog(tr("Gateway listening on %1").arg(url));
            });
    connect(m_gatewayAddress, &GatewayAddressButton::copied, this, [this](const QString &url) {
        statusBar()->showMessage(tr("Copied %1").arg(url), 3000);
    });
    // Finished requests show in its counts at once; its timer covers calls still waiting.
    connect(&m_bridge, &EngineBridge::traceBatch, m_grpcServer, &GrpcServerIndicator::refresh);
    connect(
        &m_bridge, &EngineBridge::traceBatch, this, [this](const QList<Trace::TraceEvent> &events) {
            for (const Trace::TraceEvent &e : events) {
                const QString source =
                    tr("request %1 · %2 · %3").arg(e.requestId).arg(e.apiId, e.phase);
                if (e.kind == Trace::TraceKind::PhaseFinished && e.outcome == Trace::Outcome::Fail)
                    appendLog(LogLevel::Error, source, e.message);
                // Plugin output ("level: text"), pinned to the request and phase that wrote it.
                if (e.kind == Trace::TraceKind::Log) {
                    const LogEntry line = parseLogLine(e.message);
                    appendLog(line.level, source, line.text);
                }
            }
        });

    showLoadedApis(diagnostics);
    m_defaultLayout = saveState();
}

void MainWindow::showLoadedApis(const Api::Diagnostics &diagnostics)
{
    // The composer offers the first API once, and only when it has no target of its own (a
    // saved request, or what was typed while the workspace loaded).
    if (!m_composerTargetOffered && !m_bridge.apis().isEmpty() && m_composer->target().isEmpty()) {
        m_composer->setTarget(m_bridge.apis().first().listenPath + QStringLiteral("get"));
        m_composerTargetOffered = true;
    }
    for (const ApiSummary &api : m_bridge.apis())
        appendLog(tr("loaded %1 at %2 from %3").arg(api.apiId, api.listenPath, api.sourceFile));
    for (const Api::Diagnostic &d : diagnostics)
        appendLog(d.severity == Api::Diagnostic::Severity::Error ? LogLevel::Error
                                                                 : LogLevel::Warning,
                  {}, d.toString());
    statusBar()->showMessage(
        tr("%n API(s) loaded · engine ready", nullptr, int(m_bridge.apis().size())));
}

void MainWindow::showReload(const QString &error, const Api::Diagnostics &diagnostics)
{
    if (!error.isEmpty()) {
        appendLog(LogLevel::Error, {}, tr("reload failed: %1").arg(error));
        statusBar()->showMessage(tr("Reload failed: %1").arg(error));
        return;
    }
    // Every view that names APIs follows the new set (listen paths, names, hooks).
    m_apis->setApis(m_bridge.apis());
    m_timelinePane->setApiChoices(apiChoices(m_bridge));
    QHash<QString, QString> apiNames;
    for (const ApiSummary &api : m_bridge.apis())
        apiNames.insert(api.apiId, api.displayName());
    m_debugger->setApiNames(apiNames);
    m_debugger->setPhaseNames(m_bridge.phaseNames());
    appendLog(tr("reloaded from disk"));
    showLoadedApis(diagnostics);
}

void MainWindow::connectLoadProgress()
{
    m_loadProgress = new LoadProgressIndicator(this);
    statusBar()->addPermanentWidget(m_loadProgress);
    connect(m_loadProgress, &LoadProgressIndicator::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(&m_bridge, &EngineBridge::loadStarted, m_loadProgress,
            &LoadProgressIndicator::showLoadStarted);
    connect(&m_bridge, &EngineBridge::bundleProgress, m_loadProgress,
            &LoadProgressIndicator::showBundleProgress);
    connect(&m_bridge, &EngineBridge::reloaded, m_loadProgress,
            [this] { m_loadProgress->showLoadEnded(m_bridge.isLoading()); });
}

void MainWindow::setGrpcServerMonitor(const Plugin::IGrpcServerMonitor *monitor)
{
    m_grpcServer->setMonitor(monitor);
}

QProgressBar *MainWindow::loadProgress() const
{
    return m_loadProgress;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::applyLayoutPreset(LayoutPreset preset)
{
    restoreState(m_defaultLayout);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->show();
    auto bringForward = [this](const char *objectName) {
        for (QDockWidget *dock : std::as_const(m_docks))
            if (dock->objectName() == QLatin1String(objectName))
                dock->raise();
    };
    QString message;
    switch (preset) {
    case LayoutPreset::Default: message = tr("Back to the first-start layout"); break;
    case LayoutPreset::Compose:
        bringForward("ComposerDock");
        bringForward("HistoryDock");
        message = tr("Compose layout: composer and history in front");
        break;
    case LayoutPreset::Debug:
        bringForward("DebuggerDock");
        bringForward("LogDock");
        message = tr("Debug layout: debugger and logs in front");
        break;
    case LayoutPreset::Inspect:
        bringForward("SessionCacheDock");
        bringForward("ComposerDock");
        message = tr("Inspect layout: session cache and composer in front");
        break;
    }
    statusBar()->showMessage(message, 4000);
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    const AppSettings stored = AppSettings::load();
    auto *dialog = new SettingsDialog(stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, stored] {
        const AppSettings chosen = dialog->settings();
        chosen.save();
        applySettings(chosen, stored);
    });
    connect(dialog, &QObject::destroyed, this, [this] { m_settingsDialog = nullptr; });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings, const AppSettings &previous)
{
    if (settings.theme != previous.theme)
        applyTheme(settings.theme);
    QFont font;
    if (!settings.editorFont.isEmpty() && font.fromString(settings.editorFont)) {
        applyEditorFont(m_apiPane->editor(), font);
        applyEditorFont(m_pluginEditor->editor(), font);
    }
    // The gateway moves now when its address changed (not over --listen); a busy port falls
    // back to a free one and says so.
    const auto address = Setup::parseHostPort(settings.listen);
    const auto before = Setup::parseHostPort(previous.listen);
    const bool moved = address && (!before || address->second != before->second ||
                                   QHostAddress(address->first) != QHostAddress(before->first));
    if (!m_listenFromCommandLine && moved && AppSettings::listenProblem(settings.listen).isEmpty())
        m_bridge.listen(address->first, address->second);
    statusBar()->showMessage(tr("Settings saved; the store, the plugin timeout and the "
                                "language change when Hookbench starts again"),
                             8000);
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Reload from disk"), &m_bridge, &EngineBridge::reload);
    reload->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    reload->setToolTip(tr("Re-read API definitions, policies and plugin code"));
    file->addSeparator();
    addRecentMenu(file);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setObjectName(QStringLiteral("settingsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *debug = menuBar()->addMenu(tr("&Debug"));
    debug->setToolTipsVisible(true);
    debug->addAction(m_debugger->resumeAction());
    debug->addAction(m_debugger->stepAction());
    debug->addAction(m_debugger->abortAction());
    debug->addSeparator();
    debug->addAction(m_debugger->applyAction());
    debug->addAction(m_debugger->revertAction());
    debug->addSeparator();
    m_pluginDebugAction = debug->addAction(tr("Build Go Plugins for &Delve"));
    m_pluginDebugAction->setObjectName(QStringLiteral("pluginDebugAction"));
    m_pluginDebugAction->setCheckable(true);
    m_pluginDebugAction->setChecked(m_bridge.pluginDebug());
    m_pluginDebugAction->setToolTip(
        tr("Rebuild Go plugins without optimisations and restart their host; its pid is in "
           "the log for dlv attach (as --plugin-debug)"));
    connect(m_pluginDebugAction, &QAction::toggled, this, [this](bool on) {
        m_bridge.setPluginDebug(on);
        statusBar()->showMessage(on ? tr("Go plugins are rebuilt for Delve; the host's pid "
                                         "shows in the log")
                                    : tr("Go plugins are rebuilt with optimisations"),
                                 8000);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *layout = view->addMenu(tr("&Layout"));
    layout->setObjectName(QStringLiteral("layoutMenu"));
    const std::pair<LayoutPreset, QString> presets[] = {
        {LayoutPreset::Compose, tr("&Compose: composer and history")},
        {LayoutPreset::Debug, tr("&Debug: debugger and logs")},
        {LayoutPreset::Inspect, tr("&Inspect: session cache and composer")},
    };
    int key = Qt::Key_1;
    for (const auto &[preset, text] : presets) {
        QAction *action =
            layout->addAction(text, this, [this, p = preset] { applyLayoutPreset(p); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(key++)));
    }
    layout->addSeparator();
    QAction *reset = layout->addAction(tr("&Reset Layout"), this,
                                       [this] { applyLayoutPreset(LayoutPreset::Default); });
    reset->setObjectName(QStringLiteral("resetLayoutAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hookbench"), this, [this] {
        QMessageBox::about(
            this, tr("About Hookbench"),
            tr("<p><b>Hookbench</b> %1</p><p>A workbench for Tyk API Gateway plugins.</p>"
               "<p>License: GPL-3.0-or-later.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::connectDebugger()
{
    DebuggerPane *pane = m_debugger;
    EngineBridge *bridge = &m_bridge;
    connect(pane, &DebuggerPane::breakpointsChanged, bridge, &EngineBridge::setBreakpoints);
    connect(pane, &DebuggerPane::refreshRequested, bridge, &EngineBridge::refreshPausedExchanges);
    connect(pane, &DebuggerPane::editRequested, bridge, &EngineBridge::editPausedRequest);
    connect(pane, &DebuggerPane::sessionEditRequested, bridge, &EngineBridge::editPausedSession);
    connect(pane, &DebuggerPane::revertRequested, bridge, &EngineBridge::revertPausedRequest);
    connect(pane, &DebuggerPane::resumeRequested, bridge, &EngineBridge::resume);
    connect(pane, &DebuggerPane::stepRequested, bridge, &EngineBridge::step);
    connect(pane, &DebuggerPane::abortRequested, bridge, &EngineBridge::abort);
    connect(bridge, &EngineBridge::pausedExchangesUpdated, pane, &DebuggerPane::setPausedExchanges);
    connect(bridge, &EngineBridge::traceBatch, pane, &DebuggerPane::addEvents);
    // A request that stops is waiting for the user: bring the debugger forward.
    connect(pane, &DebuggerPane::requestPaused, m_debuggerDock, [this] {
        m_debuggerDock->show();
        m_debuggerDock->raise();
    });
}

void MainWindow::connectHistory()
{
    connect(&m_bridge, &EngineBridge::traceBatch, m_recorder, &HistoryRecorder::addEvents);
    connect(m_recorder, &HistoryRecorder::entryRecorded, m_history, &HistoryModel::prepend);
    HistoryPane *pane = m_historyPane;
    connect(pane, &HistoryPane::replayRequested, this, [this](const QList<HistoryEntry> &entries) {
        m_historyPane->replayStarted(int(entries.size()));
        m_replay->start(entries);
    });
    connect(pane, &HistoryPane::cancelRequested, m_replay, &ReplayRunner::cancel);
    connect(pane, &HistoryPane::clearRequested, m_history, &HistoryModel::clear);
    connect(pane, &HistoryPane::expectReplyRequested, this, [this](const HistoryEntry &entry) {
        const QString name = m_composer->expectReply(entry);
        statusBar()->showMessage(
            tr("Saved request \"%1\" now expects this reply; hookbench-cli test checks it")
                .arg(name),
            8000);
    });
    connect(m_replay, &ReplayRunner::progress, pane, &HistoryPane::setProgress);
    connect(m_replay, &ReplayRunner::replayed, pane,
            [this](const HistoryEntry &recorded, const HistoryEntry &replayed) {
                m_history->markReplay(replayed.exchangeId);
                m_historyPane->addResult(recorded, replayed);
            });
    connect(m_replay, &ReplayRunner::finished, pane, &HistoryPane::replayFinished);
}

std::optional<HistoryEntry> MainWindow::recordedRequest(quint64 exchangeId)
{
    for (int row = 0; row < m_history->rowCount(); ++row) {
        if (m_history->entry(row).exchangeId == exchangeId)
            return m_history->entry(row);
    }
    if (std::optional<HistoryEntry> recent = m_recorder->recent(exchangeId))
        return recent;
    statusBar()->showMessage(
        tr("Request %1 is not in the history (still running, or older than what it keeps)")
            .arg(exchangeId),
        8000);
    return std::nullopt;
}

void MainWindow::connectTimelineMenu()
{
    TimelinePane *pane = m_timelinePane;
    connect(pane, &TimelinePane::openInComposerRequested, this, [this](quint64 id) {
        const std::optional<HistoryEntry> entry = recordedRequest(id);
        if (!entry)
            return;
        m_composer->loadRequest(RequestBuilder::toSavedRequest(entry->request));
        m_composerDock->show();
        m_composerDock->raise();
    });
    connect(pane, &TimelinePane::replayRequested, this, [this](quint64 id) {
        const std::optional<HistoryEntry> entry = recordedRequest(id);
        if (!entry)
            return;
        // A replay still running ends first, so its end does not reset the new one's controls.
        m_replay->cancel();
        m_historyPane->replayStarted(1);
        m_replay->start({*entry});
        m_historyDock->show();
        m_historyDock->raise();
    });
    connect(pane, &TimelinePane::copyAsCurlRequested, this, [this](quint64 id) {
        const std::optional<HistoryEntry> entry = recordedRequest(id);
        if (!entry)
            return;
        const QString curl = RequestBuilder::toCurl(entry->request);
        QGuiApplication::clipboard()->setText(curl);
        statusBar()->showMessage(tr("Copied %1").arg(curl), 5000);
    });
    connect(pane, &TimelinePane::breakHereRequested, this, [this](const Engine::Breakpoint &bp) {
        m_debugger->addBreakpoint(bp);
        statusBar()->showMessage(
            tr("Breakpoint: requests \"%1\" pause before %2").arg(bp.condition, bp.phase), 8000);
    });
}

void MainWindow::setWorkspace(WorkspaceFile *workspace)
{
    m_workspace = workspace;
    const WorkspaceData &data = workspace->data();
    m_composer->setSavedRequests(data.savedRequests);
    m_composer->setEnvironments(data.environments, data.activeEnvironment);
    m_history->setEntries(data.history);
    if (!data.savedRequests.isEmpty())
        m_composer->loadRequest(data.savedRequests.first());
    if (!workspace->loadProblem().isEmpty()) {
        appendLog(workspace->loadProblem());
        // Not modal: the window (and a screenshot or test run) carries on behind it.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Workspace file"),
                            tr("The workspace file could not be read."), QMessageBox::Ok, this);
        box->setInformativeText(workspace->loadProblem());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    connect(m_composer, &ComposerPane::savedRequestsChanged, workspace,
            &WorkspaceFile::setSavedRequests);
    connect(m_composer, &ComposerPane::environmentsChanged, workspace,
            &WorkspaceFile::setEnvironments);
    m_debugger->setSavedBreakpoints(data.breakpoints);
    connect(m_debugger, &DebuggerPane::breakpointsEdited, workspace,
            &WorkspaceFile::setBreakpoints);
    connect(m_history, &HistoryModel::historyChanged, workspace,
            [this] { m_workspace->setHistory(m_history->entries()); });
    connect(workspace, &WorkspaceFile::saved, this, [this](const QString &error) {
        if (!error.isEmpty())
            appendLog(LogLevel::Error, {},
                      tr("could not save %1: %2").arg(m_workspace->filePath(), error));
    });
}

void MainWindow::setUnsavedBufferStore(UnsavedBufferStore *store)
{
    m_unsavedStore = store;
    m_apiPane->setUnsavedBufferStore(store);
    m_pluginEditor->setUnsavedBufferStore(store);
    connect(store, &UnsavedBufferStore::written, this,
            [this](const QString &file, const QString &error) {
                if (!error.isEmpty())
                    appendLog(tr("could not keep a recovery copy of %1: %2").arg(file, error));
            });
    const UnsavedBufferStore::Recovered recovered = store->recover();
    for (const QString &problem : recovered.problems)
        appendLog(tr("recovery copy skipped: %1").arg(problem));
    m_recovered = recovered.buffers;
    restoreUnsavedBuffers();
    connect(&m_bridge, &EngineBridge::reloaded, this, [this] {
        if (!m_recovered.isEmpty())
            restoreUnsavedBuffers();
    });
}

void MainWindow::restoreUnsavedBuffers()
{
    // No dialog: the edits come back as unsaved buffers, and the log says which.
    QList<UnsavedBuffer> waiting;
    for (const UnsavedBuffer &buffer : std::as_const(m_recovered)) {
        const QString when =
            QLocale().toString(buffer.writtenAt.toLocalTime(), QLocale::ShortFormat);
        const bool plugin = m_pluginEditor->restoreUnsaved(buffer);
        if (plugin || m_apiPane->restoreUnsaved(buffer)) {
            const QString line = buffer.fileChanged
                                     ? tr("restored unsaved edits of %1 from %2; the file on "
                                          "disk has changed since")
                                     : tr("restored unsaved edits of %1 from %2");
            appendLog(line.arg(buffer.file, when));
            // The plugin dock shares its place with the composer: bring the edit forward.
            if (auto *dock = qobject_cast<QDockWidget *>(m_pluginEditor->parentWidget());
                plugin && dock)
                dock->raise();
        } else {
            // Kept and offered again after every reload: a definition that does not load
            // now (the edit was fixing it) may load once the file is mended outside.
            waiting.append(buffer);
            if (!m_bridge.isLoading() && !m_keptReported.contains(buffer.file)) {
                m_keptReported.insert(buffer.file);
                appendLog(tr("kept the recovery copy of %1 from %2: no editor shows that file (%3)")
                              .arg(buffer.file, when, m_unsavedStore->copyPath(buffer.file)));
            }
        }
    }
    m_recovered = waiting;
}

void MainWindow::addRecentMenu(QMenu *file)
{
    // The engine is built for one workspace at start, so another workspace opens in a new
    // window (a new process) rather than replacing this one.
    auto openWorkspace = [](const QString &dir) {
        QProcess::startDetached(QApplication::applicationFilePath(),
                                {QStringLiteral("--workspace"), dir});
    };
    file->addAction(tr("&Open Workspace in New Window…"), this, [this, openWorkspace] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open workspace"));
        if (!dir.isEmpty())
            openWorkspace(dir);
    });
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, recent, [recent, openWorkspace] {
        recent->clear();
        const QStringList dirs = RecentWorkspaces::list();
        for (const QString &dir : dirs)
            recent->addAction(dir, recent, [dir, openWorkspace] { openWorkspace(dir); });
        if (dirs.isEmpty())
            recent->addAction(tr("(none yet)"))->setEnabled(false);
    });
}

void MainWindow::appendLog(const QString &line)
{
    m_log->append(LogLevel::Info, {}, line);
}

void MainWindow::appendLog(LogLevel level, const QString &source, const QString &line)
{
    m_log->append(level, source, line);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workspace)
        m_workspace->flush();
    // Hot exit: unsaved edits are kept, not asked about, and come back at the next start.
    if (m_unsavedStore)
        m_unsavedStore->flush();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Hb::Ui
