// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli test [WORKSPACE]`: sends the workspace's saved requests through the engine,
// in their order, and checks each reply against the expectations stored beside the request
// (status, headers, body, JSON paths, time, plugin calls, the ID extractor's cache). Prints a
// line per request and what failed; --junit FILE writes JUnit XML. Exit 1 when any request
// fails, 2 when the workspace cannot be read.
class TestCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
