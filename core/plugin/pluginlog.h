// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Plugin {

// One line a plugin wrote (tyk.log, print, a traceback), pinned to the call that wrote it.
struct PluginLogLine
{
    QString level; // "debug", "info", "warning", "error", or "print" for stdout/stderr
    QString message;
};

} // namespace Hb::Plugin
