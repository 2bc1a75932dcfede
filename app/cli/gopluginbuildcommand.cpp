// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/gopluginbuildcommand.h"

#include "app/cli/commonoptions.h"
#include "core/common/installeddata.h"
#include "core/plugin/go/gopluginbuilder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace Hb::Cli {

int GoPluginBuildCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build a Go plugin that loads in Hookbench's Go plugin host."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("build"), QStringLiteral("The action: build."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 QStringLiteral("A folder of package main files, or a .go file."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Where to write the plugin (default: SOURCE's name with .so, in the "
                        "current folder)."),
         QStringLiteral("FILE.so")},
        {QStringLiteral("go"), QStringLiteral("Go toolchain (default: `go` on PATH)."),
         QStringLiteral("PATH")},
        {QStringLiteral("debug"),
         QStringLiteral("Build without optimisations, for Delve (as --plugin-debug does).")},
        {QStringLiteral("go-cache"), QStringLiteral("Build directory (default: the user's cache)."),
         QStringLiteral("DIR")},
    });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "hookbench-cli goplugin: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"build") {
        std::fputs("usage: hookbench-cli goplugin build SOURCE [-o FILE.so] [--go PATH] "
                   "[--debug]\n",
                   stderr);
        return ExitUsage;
    }
    const QString source = positional.at(1);
    Result<Plugin::GoToolchain> toolchain =
        Plugin::GoToolchain::find(parser.value(QStringLiteral("go")));
    if (!toolchain) {
        std::fprintf(stderr, "hookbench-cli goplugin: %s\n", qPrintable(toolchain.error().message));
        return ExitUsage;
    }
    Plugin::GoBuildSettings settings;
    settings.toolchain = *toolchain;
    settings.sourcesDir = qEnvironmentVariable(
        "HOOKBENCH_GOPLUGIN_SOURCES",
        installedDataDir(QStringLiteral("goplugin"), QStringLiteral(HB_GOPLUGIN_SOURCE_DIR)));
    settings.cacheDir =
        parser.isSet(QStringLiteral("go-cache"))
            ? parser.value(QStringLiteral("go-cache"))
            : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                  .filePath(QStringLiteral("hookbench/goplugin"));
    settings.debug = parser.isSet(QStringLiteral("debug"));
    Plugin::GoPluginBuilder builder(settings);
    std::fprintf(stderr, "building %s with %s (%s)\n", qPrintable(source),
                 qPrintable(toolchain->go), qPrintable(toolchain->version));
    QList<Error> compileErrors;
    Result<QString> built = builder.plugin(source, &compileErrors);
    if (!built) {
        for (const Error &e : std::as_const(compileErrors))
            std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        if (compileErrors.isEmpty())
            std::fprintf(stderr, "hookbench-cli goplugin: %s\n", qPrintable(built.error().message));
        return ExitProblems;
    }
    QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        QString name = QFileInfo(source).completeBaseName();
        if (QFileInfo(source).isDir())
            name = QDir(QFileInfo(source).absoluteFilePath()).dirName();
        output = name + QStringLiteral(".so");
    }
    QFile::remove(output);
    if (!QFile::copy(*built, output)) {
        std::fprintf(stderr, "hookbench-cli goplugin: cannot write %s\n", qPrintable(output));
        return ExitProblems;
    }
    std::printf("%s\n", qPrintable(QFileInfo(output).absoluteFilePath()));
    return ExitOk;
}

} // namespace Hb::Cli
