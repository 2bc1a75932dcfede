// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/logentry.h"

#include <QRegularExpression>

namespace Hb::Ui {

LogLevel logLevelFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"error" || n == u"fatal" || n == u"critical" || n == u"panic")
        return LogLevel::Error;
    if (n == u"warning" || n == u"warn")
        return LogLevel::Warning;
    if (n == u"debug" || n == u"trace")
        return LogLevel::Debug;
    return LogLevel::Info;
}

LogEntry parseLogLine(const QString &line)
{
    // "[source] level: text", "level: text" or "[source] text".
    static const QRegularExpression pattern(
        QStringLiteral("^(?:\\[([^\\]]{1,40})\\]\\s*)?(?:(debug|info|warning|warn|error|fatal|"
                       "print|trace|critical|panic):\\s)?(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    LogEntry entry;
    entry.time = QDateTime::currentDateTime();
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch()) {
        entry.text = line;
        return entry;
    }
    entry.source = m.captured(1);
    entry.level = logLevelFromName(m.captured(2));
    entry.text = m.captured(3);
    return entry;
}

} // namespace Hb::Ui
