// SPDX-License-Identifier: GPL-3.0-or-later
// hookbench-cli: the workbench's engine without widgets (serve, send, test, replay, validate, ...).
#include "app/cli/bundlecommand.h"
#include "app/cli/commonoptions.h"
#include "app/cli/gopluginbuildcommand.h"
#include "app/cli/grpcpingcommand.h"
#include "app/cli/sendcommand.h"
#include "app/cli/replaycommand.h"
#include "app/cli/servecommand.h"
#include "app/cli/testcommand.h"
#include "app/cli/validatecommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
const char usage[] =
    "Usage: hookbench-cli COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  serve     serve API definitions over HTTP (--listen HOST:PORT)\n"
    "  send      send one request through the engine in process\n"
    "  validate  check API definitions, manifests, tyk.conf and policies (FILE:LINE:COLUMN)\n"
    "  test      send the workspace's saved requests and check their expectations (--junit)\n"
    "  replay    replay a workspace's recorded history and report what differs\n"
    "  bundle    build or verify a plugin bundle (build, verify)\n"
    "  grpc-ping ask the gRPC plugin server to answer each hook the APIs name\n"
    "  goplugin  build a Go plugin for Hookbench's Go plugin host (build)\n"
    "\n"
    "Run 'hookbench-cli COMMAND --help' for a command's options.\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKBENCH_VERSION));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs(usage, stderr);
        return Hb::Cli::ExitUsage;
    }
    const QString command = args.takeAt(1);
    if (command == u"serve")
        return Hb::Cli::ServeCommand::run(args);
    if (command == u"send")
        return Hb::Cli::SendCommand::run(args);
    if (command == u"validate")
        return Hb::Cli::ValidateCommand::run(args);
    if (command == u"test")
        return Hb::Cli::TestCommand::run(args);
    if (command == u"replay")
        return Hb::Cli::ReplayCommand::run(args);
    if (command == u"bundle")
        return Hb::Cli::BundleCommand::run(args);
    if (command == u"grpc-ping")
        return Hb::Cli::GrpcPingCommand::run(args);
    if (command == u"goplugin")
        return Hb::Cli::GoPluginBuildCommand::run(args);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(usage, stdout);
        return Hb::Cli::ExitOk;
    }
    if (command == u"--version") {
        std::printf("hookbench-cli %s\n", HOOKBENCH_VERSION);
        return Hb::Cli::ExitOk;
    }
    std::fprintf(stderr, "hookbench-cli: unknown command \"%s\"\n\n%s", qPrintable(command), usage);
    return Hb::Cli::ExitUsage;
}
