// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli goplugin build DIR [-o FILE.so]`: builds a Go plugin (a folder of `package
// main` files, or one .go file) with the toolchain and package sources Hookbench's Go plugin
// host is built with, so the `.so` loads in Hookbench (docs/go-plugin-host.md). Compiler
// errors are printed as FILE:LINE:COL: message. Exit 0 when built, 1 when the build failed,
// 2 on bad usage or no Go toolchain.
class GoPluginBuildCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
