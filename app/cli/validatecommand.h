// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli validate FILE...`: checks API definitions, prints each problem as
// FILE:LINE:COLUMN: message; exit 1 when any error was found.
class ValidateCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
