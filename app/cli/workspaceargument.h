// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/setup/enginesetup.h"
#include "workbench/workspace/workspacedata.h"

#include <QString>

class QCommandLineParser;

namespace Hb::Cli {

// The workspace `test` and `replay` work on, named by a folder (with its `.hookbench` file)
// or by the `.hookbench` file itself; "." when not named.
struct WorkspaceArgument
{
    QString directory;
    QString file; // the .hookbench file
    Ui::WorkspaceData data;

    // A missing or malformed workspace file is an error with its line and column.
    static Result<WorkspaceArgument> open(const QString &path);
    // Engine options: the workspace's apps/, bundles/ and tyk.conf, each replaced by the
    // matching command-line option when one is given.
    Setup::EngineOptions engineOptions(Setup::EngineOptions fromCommandLine,
                                       const QCommandLineParser &parser) const;
};

} // namespace Hb::Cli
