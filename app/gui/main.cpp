// SPDX-License-Identifier: GPL-3.0-or-later
// hookbench: the workbench GUI over the in-process engine.
#include "app/gui/screenshotter.h"
#include "app/shared/enginesetup.h"
#include "ui/enginebridge.h"
#include "ui/mainwindow.h"
#include "ui/recentworkspaces.h"
#include "ui/unsavedbufferstore.h"
#include "ui/workspacefile.h"

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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hookbench"));
    QApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QApplication::setApplicationVersion(QStringLiteral(HOOKBENCH_VERSION));

    // English is installed first and always: it carries the plural forms ("1 API", "3 APIs")
    // that the source strings leave open. The system language, installed after it, is
    // searched first.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/hookbench_en.qm")))
        QApplication::installTranslator(&english);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("hookbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

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
    });
    parser.process(app);

    // The named workspace; else the one used last (session restore); else, on first start
    // and for a screenshot, the sample.
    QString workspace = parser.value(QStringLiteral("workspace"));
    if (workspace.isEmpty() && !parser.isSet(QStringLiteral("screenshot")))
        workspace = Hb::Ui::RecentWorkspaces::lastOpenable();
    if (workspace.isEmpty())
        workspace = defaultWorkspace();
    Hb::App::EngineOptions options;
    if (!workspace.isEmpty()) {
        options.appsDir = QDir(workspace).filePath(QStringLiteral("apps"));
        // Bundles named by custom_middleware_bundle are looked up in the workspace.
        const QString bundles = QDir(workspace).filePath(QStringLiteral("bundles"));
        if (QFileInfo(bundles).isDir())
            options.bundlesDir = bundles;
        const QString conf = QDir(workspace).filePath(QStringLiteral("tyk.conf"));
        if (QFileInfo::exists(conf))
            options.configFile = conf;
    }
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    // The window comes up at once and shows progress while the engine thread loads the
    // definitions and their bundles (a big zip takes seconds). A screenshot wants them
    // loaded before it renders.
    options.deferApiLoad = !screenshot;
    auto setup = Hb::App::EngineSetup::create(options);
    if (!setup) {
        std::fprintf(stderr, "hookbench: %s\n", qPrintable(setup.error().toString()));
        return 2;
    }

    // Saved requests, environments and history (`.hookbench`); the screenshot run reads the
    // sample's but never writes it.
    std::unique_ptr<Hb::Ui::WorkspaceFile> workspaceFile;
    if (!workspace.isEmpty()) {
        workspaceFile = std::make_unique<Hb::Ui::WorkspaceFile>(workspace);
        workspaceFile->setReadOnly(screenshot);
        workspaceFile->load();
        if (!screenshot)
            Hb::Ui::RecentWorkspaces::add(workspace);
    }
    // Recovery copies of unsaved editor buffers (hot exit). The screenshot run shows the
    // sample as it is on disk: it neither reads nor writes them.
    // One window per workspace keeps them: a second one would restore the first one's live
    // edits and could delete their copies.
    std::unique_ptr<Hb::Ui::UnsavedBufferStore> unsavedBuffers;
    std::unique_ptr<QLockFile> recoveryLock;
    bool recoveryInUse = false;
    if (!workspace.isEmpty() && !screenshot) {
        const QString directory = Hb::Ui::UnsavedBufferStore::directoryFor(workspace);
        QDir().mkpath(directory);
        recoveryLock = std::make_unique<QLockFile>(directory + QStringLiteral(".lock"));
        if (recoveryLock->tryLock(0))
            unsavedBuffers = std::make_unique<Hb::Ui::UnsavedBufferStore>(directory);
        else
            recoveryInUse = true;
    }

    int rc = 0;
    {
        Hb::Ui::EngineBridge bridge(**setup);
        Hb::Ui::MainWindow window(bridge, (*setup)->configWarnings() + (*setup)->diagnostics());
        if (workspaceFile)
            window.setWorkspace(workspaceFile.get());
        Hb::Gui::Screenshotter screenshotter(bridge, window,
                                             parser.value(QStringLiteral("screenshot")));
        if (screenshot) {
            screenshotter.setShowDebugger(parser.isSet(QStringLiteral("screenshot-debugger")));
            screenshotter.start();
        } else {
            window.restoreLayout();
            window.show();
            bridge.reload();
            // After reload(): buffers of definitions still loading wait for them.
            if (unsavedBuffers)
                window.setUnsavedBufferStore(unsavedBuffers.get());
            else if (recoveryInUse)
                window.appendLog(QApplication::translate(
                    "main", "Another Hookbench window has this workspace open: unsaved edits "
                            "in this one are not kept for recovery."));
        }
        rc = QApplication::exec();
    }
    return rc;
}
