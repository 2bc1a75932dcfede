// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Hb::Plugin {

struct GoDriverOptions
{
    QString go;         // --go: the toolchain; empty finds `go` on PATH
    QString sourcesDir; // Hookbench's goplugin/ folder (host/, gopath/)
    QString cacheDir;   // builds of the host and of plugins, kept between runs
    // --plugin-debug: plugins built without optimisations for Delve (`dlv attach` to the
    // host's pid, which is logged when it starts).
    bool debug = false;
    // The Tyk version whose versioned plugin names are tried (Tyk's plugin_name_builder.go).
    QString tykVersion = QStringLiteral("v5.15.0");
    // How long the engine waits for the host to open a plugin (its init runs then).
    int loadTimeoutMs = 60000;
    // The gateway log: the host's stderr, plugin log lines outside any call, restarts.
    std::function<void(const QString &level, const QString &text)> gatewayLog;
};

} // namespace Hb::Plugin
