// SPDX-License-Identifier: GPL-3.0-or-later
// hookbench: the workbench GUI over the in-process engine.
#include "app/gui/screenshotter.h"
#include "ui/logs/logpane.h"
#include "ui/logs/qtmessageforwarder.h"
#include "ui/settings/appsettings.h"
#include "ui/common/theme.h"
#include "core/setup/enginesetup.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/mainwindow.h"
#include "workbench/workspace/recentworkspaces.h"
#include "workbench/workspace/unsavedbufferstore.h"
#include "workbench/workspace/workspacefile.h"
#include "workbench/workspace/workspacelayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLockFile>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {
// The sample workspace: $HOOKBENCH_SAMPLES/workspace, an installed copy, or the source tree.
QString defaultWorkspace()
{
    const QStringList candidates{
        qEnvironmentVariable("HOOKBENCH_SAMPLES") + QStringLiteral("/workspace"),
        QCoreApplication::applicationDirPath() +
            QStringLiteral("/../share/hookbench/samples/workspace"),
        QStringLiteral(HOOKBENCH_SOURCE_SAMPLES),
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c + QStringLiteral("/apps")).isDir())
            return QDir(c).absolutePath();
    }
    return {};
}

// Qt's and Hookbench's translations. English is installed first and always: it carries the
// plural forms ("1 API", "3 APIs") that the source strings leave open. The system language,
// installed after it, is searched first. Lives as long as the application.
struct Translators
{
    QTranslator english;
    QTranslator local;
    QTranslator qt;

    // `language`: "en", "de" (File > Settings); empty for the system's.
    void install(const QString &language = QString())
    {
        const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
        if (english.load(QStringLiteral(":/i18n/hookbench_en.qm")))
            QCoreApplication::installTranslator(&english);
        if (local.load(locale, QStringLiteral("hookbench"), QStringLiteral("_"),
                       QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&local);
        if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }
};

struct CommandLine
{
    QString workspace;       // --workspace, else the last one used, else the sample
    bool screenshot = false; // --screenshot FILE: render the window to a PNG and exit
    QString screenshotFile;
    bool screenshotDebugger = false;
    QString pane;             // --pane NAME: with --screenshot, only that pane or dialog
    bool pluginDebug = false; // --plugin-debug: Go plugins built for Delve
    QString goCommand;        // --go: the Go toolchain
    QString listen;           // --listen HOST:PORT: where the GUI's gateway listens
};

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench for Tyk API Gateway plugins."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("workspace"),
         QApplication::translate("main", "Workspace directory (with apps/)."),
         QStringLiteral("DIR")},
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Render the main window to a PNG and exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("screenshot-debugger"),
         QApplication::translate("main", "With --screenshot: stop one more request at a "
                                         "breakpoint and show the debugger.")},
        {QStringLiteral("pane"),
         QApplication::translate("main", "With --screenshot: render only this pane or dialog "
                                         "(%1).")
             .arg(Hb::Gui::Screenshotter::paneNames().join(QStringLiteral(", "))),
         QStringLiteral("NAME")},
        {QStringLiteral("plugin-debug"),
         QApplication::translate("main", "Build Go plugins without optimisations and log the "
                                         "plugin host's pid, for dlv attach.")},
        {QStringLiteral("go"),
         QApplication::translate("main", "Go toolchain for Go plugins (default: go on PATH)."),
         QStringLiteral("PATH")},
        {QStringLiteral("listen"),
         QApplication::translate("main", "Where the gateway listens for your HTTP clients "
                                         "(default: tyk.conf's listen_port on 127.0.0.1, else "
                                         "127.0.0.1:8080; a busy port falls back to a free one)."),
         QStringLiteral("HOST:PORT")},
    });
    parser.process(app);
    CommandLine line;
    line.screenshot = parser.isSet(QStringLiteral("screenshot"));
    line.screenshotFile = parser.value(QStringLiteral("screenshot"));
    line.screenshotDebugger = parser.isSet(QStringLiteral("screenshot-debugger"));
    line.pane = parser.value(QStringLiteral("pane"));
    if (!line.pane.isEmpty() && !Hb::Gui::Screenshotter::paneNames().contains(line.pane)) {
        std::fprintf(stderr, "hookbench: --pane: no pane \"%s\"; one of %s\n",
                     qPrintable(line.pane),
                     qPrintable(Hb::Gui::Screenshotter::paneNames().join(QStringLiteral(", "))));
        std::exit(2);
    }
    if (!line.pane.isEmpty() && !line.screenshot) {
        std::fputs("hookbench: --pane goes with --screenshot FILE\n", stderr);
        std::exit(2);
    }
    line.pluginDebug = parser.isSet(QStringLiteral("plugin-debug"));
    line.goCommand = parser.value(QStringLiteral("go"));
    line.listen = parser.value(QStringLiteral("listen"));
    // The named workspace; else the one used last (session restore); else, on first start
    // and for a screenshot, the sample.
    line.workspace = parser.value(QStringLiteral("workspace"));
    if (line.workspace.isEmpty() && !line.screenshot)
        line.workspace = Hb::Ui::RecentWorkspaces::lastOpenable();
    if (line.workspace.isEmpty())
        line.workspace = defaultWorkspace();
    return line;
}

// The engine reads the workspace's apps/, bundles/ and tyk.conf.
Hb::Setup::EngineOptions engineOptions(const CommandLine &line)
{
    Hb::Setup::EngineOptions options;
    if (!line.workspace.isEmpty())
        options = Hb::Ui::WorkspaceLayout::engineOptions(line.workspace);
    // The window comes up at once and shows progress while the engine thread loads the
    // definitions and their bundles (a big zip takes seconds). A screenshot wants them
    // loaded before it renders.
    options.deferApiLoad = !line.screenshot;
    options.pluginDebug = line.pluginDebug;
    options.goCommand = line.goCommand;
    options.listen = line.listen;
    // File > Settings fills what the command line leaves open (a screenshot ignores them:
    // AppSettings::ignoreStored).
    Hb::Ui::AppSettings::load().applyTo(options, line.listen);
    return options;
}

// Saved requests, environments and history (`.hookbench`); the screenshot run reads the
// sample's but never writes it.
std::unique_ptr<Hb::Ui::WorkspaceFile> openWorkspaceFile(const CommandLine &line)
{
    if (line.workspace.isEmpty())
        return nullptr;
    auto file = std::make_unique<Hb::Ui::WorkspaceFile>(line.workspace);
    file->setReadOnly(line.screenshot);
    file->load();
    if (!line.screenshot)
        Hb::Ui::RecentWorkspaces::add(line.workspace);
    return file;
}

// Recovery copies of unsaved editor buffers (hot exit). The screenshot run shows the sample
// as it is on disk: it neither reads nor writes them. One window per workspace keeps them: a
// second one would restore the first one's live edits and could delete their copies.
struct Recovery
{
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Hb::Ui::UnsavedBufferStore> store;
    bool inUseElsewhere = false;
};

Recovery openRecovery(const CommandLine &line)
{
    Recovery recovery;
    if (line.workspace.isEmpty() || line.screenshot)
        return recovery;
    const QString directory = Hb::Ui::UnsavedBufferStore::directoryFor(line.workspace);
    QDir().mkpath(directory);
    recovery.lock = std::make_unique<QLockFile>(directory + QStringLiteral(".lock"));
    if (recovery.lock->tryLock(0))
        recovery.store = std::make_unique<Hb::Ui::UnsavedBufferStore>(directory);
    else
        recovery.inUseElsewhere = true;
    return recovery;
}

// Brings up the window over the engine thread and runs the event loop; the bridge stops the
// engine thread when it goes.
int runWindow(Hb::Setup::EngineSetup &setup, const CommandLine &line,
              Hb::Ui::WorkspaceFile *workspaceFile, const Recovery &recovery)
{
    Hb::Ui::EngineBridge bridge(setup);
    Hb::Ui::MainWindow window(bridge, setup.configWarnings() + setup.diagnostics());
    window.setListenFromCommandLine(!line.listen.isEmpty());
    // The engine's and the plugin hosts' own lines show in the Logs pane too.
    Hb::Ui::QtMessageForwarder messages(window.logView());
    window.setGrpcServerMonitor(setup.grpcServerMonitor());
    if (workspaceFile)
        window.setWorkspace(workspaceFile);
    Hb::Gui::Screenshotter screenshotter(bridge, window, line.screenshotFile);
    if (line.screenshot) {
        screenshotter.setShowDebugger(line.screenshotDebugger || line.pane == u"debugger");
        screenshotter.setPane(line.pane);
        screenshotter.start();
        return QApplication::exec();
    }
    window.restoreLayout();
    window.show();
    bridge.reload();
    // The GUI is the gateway: clients call it as they would call Tyk.
    bridge.listen(setup.listenHost(), setup.listenPort());
    // After reload(): buffers of definitions still loading wait for them.
    if (recovery.store)
        window.setUnsavedBufferStore(recovery.store.get());
    else if (recovery.inUseElsewhere)
        window.appendLog(QApplication::translate(
            "main", "Another Hookbench window has this workspace open: unsaved edits "
                    "in this one are not kept for recovery."));
    return QApplication::exec();
}

// Whether the command line only asks for the help or the version: those are printed without a
// window system, so `hookbench --help` works on a server or in CI (QApplication needs a display).
bool onlyAsksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

// Whether the command line asks for a screenshot (read before the translations, which the
// parser's help needs).
bool isScreenshotRun(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--screenshot" || arg.startsWith("--screenshot="))
            return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Hookbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKBENCH_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Translators translators;
        translators.install();
        parseCommandLine(app); // prints and exits
        // "--help" was taken as an option's value (hookbench --workspace --help).
        std::fputs("hookbench: an option is missing its value; see hookbench --help\n", stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    if (isScreenshotRun(argc, argv))
        Hb::Ui::AppSettings::ignoreStored();
    const Hb::Ui::AppSettings settings = Hb::Ui::AppSettings::load();
    Translators translators;
    translators.install(settings.language);
    // "System" leaves the desktop's style and colours alone.
    if (settings.theme != Hb::Ui::Theme::System)
        Hb::Ui::applyTheme(settings.theme);

    const CommandLine line = parseCommandLine(app);
    auto setup = Hb::Setup::EngineSetup::create(engineOptions(line));
    if (!setup) {
        std::fprintf(stderr, "hookbench: %s\n", qPrintable(setup.error().toString()));
        return 2;
    }
    const std::unique_ptr<Hb::Ui::WorkspaceFile> workspaceFile = openWorkspaceFile(line);
    const Recovery recovery = openRecovery(line);
    return runWindow(**setup, line, workspaceFile.get(), recovery);
}
