// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/enginesetup.h"

class QCommandLineParser;

namespace Hb::Cli {

// The options serve and send share (--config, --apps, --policies, --bundles, --listen,
// --store, --secret, --clock-offset, --plugin-timeout, --grpc-server, --grpc-timeout).
class CommonOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    static Result<Setup::EngineOptions> read(const QCommandLineParser &parser);
};

// Exit codes: 0 fine, 1 the command found problems, 2 usage or unreadable input.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

} // namespace Hb::Cli
