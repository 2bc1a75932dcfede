// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/workspacelayout.h"

#include <QDir>
#include <QFileInfo>

namespace Hb::Ui {

Setup::EngineOptions WorkspaceLayout::engineOptions(const QString &workspaceDirectory)
{
    Setup::EngineOptions options;
    const QDir workspace(workspaceDirectory);
    options.appsDir = workspace.filePath(QStringLiteral("apps"));
    const QString bundles = workspace.filePath(QStringLiteral("bundles"));
    if (QFileInfo(bundles).isDir())
        options.bundlesDir = bundles;
    const QString conf = workspace.filePath(QStringLiteral("tyk.conf"));
    if (QFileInfo::exists(conf))
        options.configFile = conf;
    return options;
}

} // namespace Hb::Ui
