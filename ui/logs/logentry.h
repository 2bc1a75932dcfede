// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Hb::Ui {

enum class LogLevel { Debug, Info, Warning, Error };

// One line of the Logs pane: what the workbench did, a plugin's output, the engine's own
// messages (Go and Python plugin hosts, warnings at start).
struct LogEntry
{
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString source; // "workbench", "python", "request 12 · api · pre:Hook"
    QString text;
};

// "error", "warning"/"warn", "debug"/"trace"; anything else (info, print) is Info.
LogLevel logLevelFromName(QStringView name);

// A line that starts with its level ("error: text", as plugin log lines and the engine's
// "[python] error: text" do) split into level and text; other lines are Info as they are.
// `source` gets the bracketed prefix, if any.
LogEntry parseLogLine(const QString &line);

} // namespace Hb::Ui
