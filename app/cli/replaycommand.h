// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli replay FILE`: sends the requests recorded in a workspace's history (oldest
// first) through the engine again, with the workspace's definitions and plugins as they are
// now, and reports what differs from the recorded outcome: status, headers (Date aside), body
// (JSON compared field by field) and the phases' outcomes. Exit 1 when anything differs.
class ReplayCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
