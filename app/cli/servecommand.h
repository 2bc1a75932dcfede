// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli serve`: the HTTP front on the engine until SIGTERM/SIGINT.
class ServeCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
