// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commonoptions.h"

#include "core/common/systemclock.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Hb::Cli {

void CommonOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("Tyk gateway configuration (tyk.conf)."),
         QStringLiteral("FILE")},
        {QStringLiteral("apps"), QStringLiteral("Directory of API definitions (*.json)."),
         QStringLiteral("DIR")},
        {QStringLiteral("policies"), QStringLiteral("Tyk policies file."), QStringLiteral("FILE")},
        {QStringLiteral("bundles"), QStringLiteral("Directory of plugin bundles."),
         QStringLiteral("DIR")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1:8080)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("store"),
         QStringLiteral("Session store: memory or redis://[[USER]:PASSWORD@]HOST:PORT[/DB] "
                        "(default: the tyk.conf storage when --config has one, else memory)."),
         QStringLiteral("STORE")},
        {QStringLiteral("secret"), QStringLiteral("Gateway API secret (x-tyk-authorization)."),
         QStringLiteral("SECRET")},
        {QStringLiteral("clock-offset"),
         QStringLiteral("Start the engine clock this many seconds ahead."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("plugin-timeout"),
         QStringLiteral("Time budget of one plugin hook call (default 5000)."),
         QStringLiteral("MS")},
        {QStringLiteral("grpc-server"),
         QStringLiteral("gRPC plugin server (tcp://HOST:PORT or unix:///PATH); overrides "
                        "tyk.conf's coprocess_grpc_server."),
         QStringLiteral("URL")},
        {QStringLiteral("grpc-timeout"),
         QStringLiteral("Time budget of one gRPC hook call (default: none, as in Tyk)."),
         QStringLiteral("MS")},
        {QStringLiteral("go"),
         QStringLiteral("Go toolchain that builds Go plugins and their host (default: `go` on "
                        "PATH)."),
         QStringLiteral("PATH")},
        {QStringLiteral("plugin-debug"),
         QStringLiteral("Build Go plugins without optimisations and log the plugin host's pid, "
                        "for `dlv attach`.")},
        {QStringLiteral("python-child-process"),
         QStringLiteral("Run Python plugins in a child process (the Python plugin host) from "
                        "the start: a plugin that crashes the interpreter fails its request "
                        "only.")},
        {QStringLiteral("go-cache"),
         QStringLiteral("Directory Go plugins and their host are built in (default: the "
                        "user's cache)."),
         QStringLiteral("DIR")},
        {QStringLiteral("bundle-cache"),
         QStringLiteral("Directory zip bundles are unpacked into (default: the user's cache)."),
         QStringLiteral("DIR")},
    });
}

Result<Setup::EngineOptions> CommonOptions::read(const QCommandLineParser &parser)
{
    Setup::EngineOptions o;
    o.configFile = parser.value(QStringLiteral("config"));
    o.appsDir = parser.value(QStringLiteral("apps"));
    o.policiesFile = parser.value(QStringLiteral("policies"));
    o.bundlesDir = parser.value(QStringLiteral("bundles"));
    o.listen = parser.value(QStringLiteral("listen"));
    o.store = parser.value(QStringLiteral("store"));
    o.secret = parser.value(QStringLiteral("secret"));
    if (parser.isSet(QStringLiteral("clock-offset"))) {
        bool ok = false;
        o.clockOffsetSecs = parser.value(QStringLiteral("clock-offset")).toLongLong(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--clock-offset expects whole seconds"));
        if (!SystemClock::isOffsetInRange(o.clockOffsetSecs))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--clock-offset must be within ±%1 seconds (100 years)")
                                 .arg(SystemClock::kMaxOffsetSecs));
    }
    if (parser.isSet(QStringLiteral("plugin-timeout"))) {
        bool ok = false;
        o.pluginTimeoutMs = parser.value(QStringLiteral("plugin-timeout")).toInt(&ok);
        if (!ok || o.pluginTimeoutMs <= 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--plugin-timeout expects milliseconds above 0"));
    }
    o.grpcServer = parser.value(QStringLiteral("grpc-server"));
    if (parser.isSet(QStringLiteral("grpc-timeout"))) {
        bool ok = false;
        o.grpcTimeoutMs = parser.value(QStringLiteral("grpc-timeout")).toInt(&ok);
        if (!ok || o.grpcTimeoutMs < 0)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("--grpc-timeout expects milliseconds (0: no deadline)"));
    }
    o.bundleCacheDir = parser.value(QStringLiteral("bundle-cache"));
    o.goCommand = parser.value(QStringLiteral("go"));
    o.pluginDebug = parser.isSet(QStringLiteral("plugin-debug"));
    o.pythonChildProcess = parser.isSet(QStringLiteral("python-child-process"));
    o.goCacheDir = parser.value(QStringLiteral("go-cache"));
    for (const QString &file : {o.configFile, o.policiesFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return makeError(ErrorCode::Io, QStringLiteral("cannot read \"%1\"").arg(file));
    }
    for (const QString &dir : {o.appsDir, o.bundlesDir}) {
        if (!dir.isEmpty() && !QFileInfo(dir).isDir())
            return makeError(ErrorCode::Io, QStringLiteral("\"%1\" is not a directory").arg(dir));
    }
    return o;
}

} // namespace Hb::Cli
