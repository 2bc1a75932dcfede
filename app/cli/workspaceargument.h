// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/setup/enginesetup.h"
#include "workbench/testing/requesttestresult.h"
#include "workbench/workspace/workspacedata.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace Hb::Cli {

// The workspace `test` and `replay` work on, named by a folder (with its `.hookbench` file)
// or by the `.hookbench` file itself; "." when not named.
struct WorkspaceArgument
{
    QString directory;
    QString file; // the .hookbench file
    Ui::WorkspaceData data;

    // The options `test` and `replay` share: the engine's (CommonOptions), --junit FILE and
    // --timeout MS.
    static void addOptions(QCommandLineParser &parser);
    // --timeout, or the default: how long to wait for one reply.
    static Result<int> timeoutMs(const QCommandLineParser &parser);

    // A missing or malformed workspace file is an error with its line and column.
    static Result<WorkspaceArgument> open(const QString &path);
    // The engine over the workspace's apps/, bundles/ and tyk.conf, each replaced by the
    // matching command-line option when one is given. Its configuration warnings and the
    // definitions' problems are printed to stderr.
    Result<std::unique_ptr<Setup::EngineSetup>>
    createEngine(const QCommandLineParser &parser) const;
    // With --junit, the results as JUnit XML in that file, named after the workspace folder
    // plus `suffix`; nothing without it.
    Result<void> writeJUnit(const QCommandLineParser &parser, const QString &suffix,
                            const QList<Ui::RequestTestResult> &results) const;
};

} // namespace Hb::Cli
