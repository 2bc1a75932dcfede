// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>

namespace Hb::Setup {

// What `serve`, `send` and the GUI share: tyk.conf plus the flags that override it.
struct EngineOptions
{
    QString configFile;         // --config tyk.conf
    QString appsDir;            // --apps (else the config's app_path)
    QString policiesFile;       // --policies
    QString bundlesDir;         // --bundles (else the config's bundle_base_url)
    QString bundleCacheDir;     // where zips are unpacked; empty = the user's cache folder
    int pluginTimeoutMs = 5000; // --plugin-timeout: a hook that runs longer is stopped
    int jsvmTimeoutMs = 0;      // JS hooks' budget; 0 = tyk.conf jsvm_timeout (5 s default)
    // A JS call whose heap grows past this is stopped (answered 500); 0 = no cap.
    std::size_t jsvmMemoryCapBytes = std::size_t(512) << 20;
    // --grpc-server: the gRPC plugin server, over tyk.conf's coprocess_grpc_server.
    QString grpcServer;
    // --grpc-timeout: a budget for each gRPC hook call; 0 is Tyk's (no deadline).
    int grpcTimeoutMs = 0;
    // --go: the Go toolchain that builds Go plugins and their host; empty: `go` on PATH.
    QString goCommand;
    // --plugin-debug: Go plugins built for Delve, the host's pid logged for `dlv attach`.
    bool pluginDebug = false;
    // --python-child-process: Python plugins run in a child process from the start (the Python
    // plugin host), so one that crashes the interpreter fails its request only. Without it
    // they move there once a hook gets stuck in C code.
    bool pythonChildProcess = false;
    // Where Go plugins and the host are built; empty = the user's cache folder.
    QString goCacheDir;
    QString listen; // --listen HOST:PORT
    // --store memory|redis://[[USER]:PASSWORD@]HOST:PORT[/DB]; empty: tyk.conf's `storage`
    // when it has one (as Tyk, which always keeps keys in Redis), else memory.
    QString store;
    QString secret; // --secret
    qint64 clockOffsetSecs = 0;
    // Create the engine with no API loaded; the first reload() loads them. The GUI does
    // that on the engine thread, so its window shows (with progress) while big bundles load.
    bool deferApiLoad = false;
};

} // namespace Hb::Setup
