// SPDX-License-Identifier: GPL-3.0-or-later
// The engine, bridge and main window over a workspace, shown offscreen; for pane tests.
#pragma once

#include "core/setup/enginesetup.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/logs/logpane.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace HbTest {

inline QString sampleWorkspace()
{
    return qEnvironmentVariable("HOOKBENCH_SAMPLES") + QStringLiteral("/workspace");
}

// Copies the workspace folder `from` into `dir`, for tests that write files.
inline bool copyWorkspace(const QString &from, const QString &dir)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(dir).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(file, to))
            return false;
    }
    return true;
}

// Copies the sample workspace into `dir`.
inline bool copySampleWorkspace(const QString &dir)
{
    return copyWorkspace(sampleWorkspace(), dir);
}

struct MainWindowFixture
{
    QTemporaryDir bundleCache;
    std::unique_ptr<Hb::Setup::EngineSetup> setup;
    std::unique_ptr<Hb::Ui::EngineBridge> bridge;
    std::unique_ptr<Hb::Ui::MainWindow> window;

    // `goCacheDir`: where Go plugin builds are kept (empty: the user's cache).
    explicit MainWindowFixture(const QString &workspace = sampleWorkspace(),
                               const QString &goCacheDir = QString())
    {
        Hb::Setup::EngineOptions options;
        options.goCacheDir = goCacheDir;
        options.appsDir = workspace + QStringLiteral("/apps");
        options.bundlesDir = workspace + QStringLiteral("/bundles");
        options.bundleCacheDir = bundleCache.path();
        auto created = Hb::Setup::EngineSetup::create(options);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        setup = std::move(*created);
        bridge = std::make_unique<Hb::Ui::EngineBridge>(*setup);
        window = std::make_unique<Hb::Ui::MainWindow>(*bridge, setup->diagnostics());
        window->resize(1280, 800);
        window->show();
    }
    ~MainWindowFixture()
    {
        window.reset();
        bridge.reset(); // stops the engine thread before the engine goes
    }
};

} // namespace HbTest
