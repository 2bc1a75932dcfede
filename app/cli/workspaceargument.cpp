// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/workspaceargument.h"

#include "app/cli/commonoptions.h"
#include "workbench/testing/junitreport.h"
#include "workbench/workspace/workspacelayout.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace Hb::Cli {

namespace {
constexpr int DefaultTimeoutMs = 60'000;
} // namespace

Result<WorkspaceArgument> WorkspaceArgument::open(const QString &path)
{
    WorkspaceArgument w;
    const QFileInfo info(path.isEmpty() ? QStringLiteral(".") : path);
    if (info.isDir()) {
        w.directory = info.absoluteFilePath();
        w.file = QDir(w.directory).filePath(QStringLiteral(".hookbench"));
    } else {
        w.file = info.absoluteFilePath();
        w.directory = info.absolutePath();
    }
    QFile file(w.file);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the workspace file \"%1\": %2")
                                            .arg(w.file, file.errorString()));
    auto data = Ui::WorkspaceData::parse(file.readAll());
    if (!data) {
        Error e = data.error();
        e.where.file = w.file;
        return e;
    }
    w.data = std::move(*data);
    return w;
}

void WorkspaceArgument::addOptions(QCommandLineParser &parser)
{
    CommonOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("junit"), QStringLiteral("Also write the results as JUnit XML."),
         QStringLiteral("FILE")},
        {QStringLiteral("timeout"),
         QStringLiteral("Longest wait for one reply (default %1).").arg(DefaultTimeoutMs),
         QStringLiteral("MS")},
    });
}

Result<int> WorkspaceArgument::timeoutMs(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return DefaultTimeoutMs;
    bool ok = false;
    const int ms = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || ms <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--timeout expects milliseconds above 0"));
    return ms;
}

Result<std::unique_ptr<Setup::EngineSetup>>
WorkspaceArgument::createEngine(const QCommandLineParser &parser) const
{
    auto options = CommonOptions::read(parser);
    if (!options)
        return options.error();
    const Setup::EngineOptions workspace = Ui::WorkspaceLayout::engineOptions(directory);
    if (!parser.isSet(QStringLiteral("apps")))
        options->appsDir = workspace.appsDir;
    if (!parser.isSet(QStringLiteral("bundles")))
        options->bundlesDir = workspace.bundlesDir;
    if (!parser.isSet(QStringLiteral("config")))
        options->configFile = workspace.configFile;
    auto setup = Setup::EngineSetup::create(*options);
    if (!setup)
        return setup.error();
    for (const Api::Diagnostic &d : (*setup)->configWarnings() + (*setup)->diagnostics())
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    return std::move(*setup);
}

Result<void> WorkspaceArgument::writeJUnit(const QCommandLineParser &parser, const QString &suffix,
                                           const QList<Ui::RequestTestResult> &results) const
{
    if (!parser.isSet(QStringLiteral("junit")))
        return {};
    QSaveFile out(parser.value(QStringLiteral("junit")));
    const QByteArray xml =
        Ui::JUnitReport::write(QFileInfo(directory).fileName() + suffix, results);
    if (!out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot write \"%1\": %2").arg(out.fileName(), out.errorString()));
    return {};
}

} // namespace Hb::Cli
