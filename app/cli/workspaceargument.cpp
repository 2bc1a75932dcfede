// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/workspaceargument.h"

#include "workbench/workspace/workspacelayout.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hb::Cli {

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

Setup::EngineOptions WorkspaceArgument::engineOptions(Setup::EngineOptions options,
                                                      const QCommandLineParser &parser) const
{
    const Setup::EngineOptions workspace = Ui::WorkspaceLayout::engineOptions(directory);
    if (!parser.isSet(QStringLiteral("apps")))
        options.appsDir = workspace.appsDir;
    if (!parser.isSet(QStringLiteral("bundles")))
        options.bundlesDir = workspace.bundlesDir;
    if (!parser.isSet(QStringLiteral("config")))
        options.configFile = workspace.configFile;
    return options;
}

} // namespace Hb::Cli
