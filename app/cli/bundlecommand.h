// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli bundle build|verify`: Tyk's `tyk bundle build` (Tyk:
// cli/bundler/bundler.go, Bundler.Build) and a check of a bundle zip or directory with the
// gateway's rules. Exit codes: 0 fine, 1 the bundle or manifest is wrong (or the unsigned
// build was not confirmed), 2 usage or unreadable input.
class BundleCommand
{
public:
    // `arguments[0]` is the program, `arguments[1]` the sub-command.
    static int run(const QStringList &arguments);

private:
    static int build(const QStringList &arguments);
    static int verify(const QStringList &arguments);
};

} // namespace Hb::Cli
