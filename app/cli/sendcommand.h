// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli send METHOD URL`: one request through the engine in process (no socket);
// prints the response like `curl -i`, and with --trace the trace events as JSON lines.
class SendCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
