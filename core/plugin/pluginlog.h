// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Hb::Plugin {

// One line a plugin wrote (tyk.log, print, a traceback), pinned to the call that wrote it.
struct PluginLogLine
{
    QString level; // "debug", "info", "warning", "error", or "print" for stdout/stderr
    QString message;
    qint64 timeMs = 0; // when it was written (ms since the epoch); 0 when not recorded
};

} // namespace Hb::Plugin
