// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/core/plugin/plugintestkit.h"

namespace Hb::Test {

// The Go test plugins' sources (tests/core/plugin/go/plugins), from the test's environment.
inline QString goTestPlugins()
{
    return qEnvironmentVariable("HOOKBENCH_GO_TEST_PLUGINS");
}

// Copies the test plugin `name` into the workspace as plugins/<name>/.
inline void copyGoPlugin(Workspace &ws, const QString &name)
{
    const QDir from(QDir(goTestPlugins()).filePath(name));
    QVERIFY2(from.exists(), qPrintable(from.path()));
    for (const QString &file : from.entryList(QDir::Files)) {
        QFile f(from.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ws.write(QStringLiteral("plugins/%1/%2").arg(name, file), f.readAll());
    }
}

} // namespace Hb::Test
