// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"
#include "ui/logs/logentry.h"
#include "workbench/history/historyentry.h"
#include "workbench/workspace/unsavedbuffer.h"

#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QDialog;
class QProgressBar;
class QTableView;

namespace Hb::Plugin {
class IGrpcServerMonitor;
}

namespace Hb::Ui {

class ApiListModel;
struct AppSettings;
class ApiPane;
class ComposerPane;
class DebuggerPane;
class EngineBridge;
class GatewayAddressButton;
class GrpcServerIndicator;
class HistoryModel;
class HistoryPane;
class HistoryRecorder;
class LoadProgressIndicator;
class LogPane;
class ReplayRunner;
class SessionCachePane;
class WorkspaceFile;
class UnsavedBufferStore;
class PluginEditorPane;
class TimelineModel;
class TimelinePane;

// Builds the docks and menus and connects the panes' intents to the engine bridge; the
// work itself lives in the panes, models and the bridge.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(EngineBridge &bridge, const Api::Diagnostics &diagnostics,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ApiPane *apiPane() const { return m_apiPane; }
    ComposerPane *composer() const { return m_composer; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TimelinePane *timelinePane() const { return m_timelinePane; }
    ApiListModel *apiModel() const { return m_apis; }
    LogPane *logView() const { return m_log; }
    SessionCachePane *sessionCache() const { return m_sessionCache; }
    PluginEditorPane *pluginEditor() const { return m_pluginEditor; }
    DebuggerPane *debugger() const { return m_debugger; }
    HistoryModel *historyModel() const { return m_history; }
    HistoryPane *historyPane() const { return m_historyPane; }
    ReplayRunner *replayRunner() const { return m_replay; }
    QProgressBar *loadProgress() const;
    GrpcServerIndicator *grpcServerIndicator() const { return m_grpcServer; }
    GatewayAddressButton *gatewayAddress() const { return m_gatewayAddress; }
    // Debug > Build Go Plugins for Delve (checkable).
    QAction *pluginDebugAction() const { return m_pluginDebugAction; }

    // Shows the workspace file's saved requests, environments and history and stores their
    // changes back into it (not owned; it must outlive the window). Without one the window
    // keeps them in memory only (tests on the shared sample).
    void setWorkspace(WorkspaceFile *workspace);
    // Keeps the editors' unsaved edits in `store` (not owned; it must outlive the window) and
    // hands each buffer it recovered from an earlier run to the pane that shows its file;
    // definitions still loading get theirs when the load ends. Closing flushes the store.
    // Without one, edits live in memory only (tests, --screenshot).
    void setUnsavedBufferStore(UnsavedBufferStore *store);
    // Shows the gRPC plugin server's status in the status bar (not owned; it must outlive the
    // window). Null, the default, hides it: no coprocess_grpc_server is configured.
    void setGrpcServerMonitor(const Plugin::IGrpcServerMonitor *monitor);

    // A line of the workbench's own (info), or of `source` at `level`.
    void appendLog(const QString &line);
    void appendLog(LogLevel level, const QString &source, const QString &line);
    // Puts back the geometry and dock layout saved at the last close (QSettings); without
    // it the window keeps its first-start layout (tests, --screenshot).
    void restoreLayout();

    // View > Layout: the first-start layout, then the docks a task needs brought forward.
    enum class LayoutPreset { Default, Compose, Debug, Inspect };
    void applyLayoutPreset(LayoutPreset preset);
    // File > Settings: opens the dialog (non-modal); applySettings() is what OK does.
    void openSettings();
    // `previous`: what was stored before (the gateway moves only when its address changed).
    void applySettings(const AppSettings &settings, const AppSettings &previous);
    // --listen was given: it keeps the gateway where it is, whatever the settings say.
    void setListenFromCommandLine(bool given) { m_listenFromCommandLine = given; }
    // The dialog while it is open (tests, --screenshot --pane settings).
    QDialog *settingsDialog() const { return m_settingsDialog; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void connectLoadProgress();
    // Logs what is loaded and offers the composer a first target.
    void showLoadedApis(const Api::Diagnostics &diagnostics);
    void showReload(const QString &error, const Api::Diagnostics &diagnostics);
    void connectDebugger();
    void connectHistory();
    // The timeline's row menu: open in the composer, replay, break here, copy as curl.
    void connectTimelineMenu();
    // Request `exchangeId` as the history recorded it; nothing (and a status message) when it
    // is not there (still running, or evicted).
    std::optional<HistoryEntry> recordedRequest(quint64 exchangeId);
    void restoreUnsavedBuffers();
    void addRecentMenu(QMenu *file);
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);

    EngineBridge &m_bridge;
    ApiListModel *m_apis;
    TimelineModel *m_timeline;
    ApiPane *m_apiPane;
    ComposerPane *m_composer;
    TimelinePane *m_timelinePane;
    LogPane *m_log;
    SessionCachePane *m_sessionCache = nullptr;
    PluginEditorPane *m_pluginEditor = nullptr;
    DebuggerPane *m_debugger = nullptr;
    QDockWidget *m_debuggerDock = nullptr;
    QDockWidget *m_composerDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QList<QDockWidget *> m_docks;
    HistoryModel *m_history = nullptr;
    HistoryRecorder *m_recorder = nullptr;
    ReplayRunner *m_replay = nullptr;
    HistoryPane *m_historyPane = nullptr;
    WorkspaceFile *m_workspace = nullptr;
    UnsavedBufferStore *m_unsavedStore = nullptr;
    QList<UnsavedBuffer> m_recovered; // waiting for the definitions to load
    QSet<QString> m_keptReported;     // recovered files already logged as having no editor
    QSet<quint64> m_composerTags;     // replies owed to the composer
    LoadProgressIndicator *m_loadProgress = nullptr;
    GrpcServerIndicator *m_grpcServer = nullptr;
    GatewayAddressButton *m_gatewayAddress = nullptr;
    QAction *m_pluginDebugAction = nullptr;
    bool m_composerTargetOffered = false;
    QByteArray m_defaultLayout; // saveState() of the first-start layout
    QDialog *m_settingsDialog = nullptr;
    bool m_listenFromCommandLine = false;
};

} // namespace Hb::Ui
