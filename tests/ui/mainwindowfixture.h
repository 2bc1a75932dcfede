// SPDX-License-Identifier: GPL-3.0-or-later
// The engine, bridge and main window over a workspace, shown offscreen; for pane tests.
#pragma once

#include "core/setup/enginesetup.h"
#include "workbench/bridge/enginebridge.h"
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

// Copies the sample workspace into `dir`, for tests that write files.
inline bool copySampleWorkspace(const QString &dir)
{
    const QString samples = sampleWorkspace();
    QDirIterator it(samples, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(dir).filePath(QDir(samples).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            return false;
    }
    return true;
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
