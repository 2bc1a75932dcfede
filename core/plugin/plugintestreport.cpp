// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/plugintestreport.h"

#include <QDateTime>

namespace Hb::Plugin {

namespace {
using nlohmann::ordered_json;

// Go's time.RFC3339Nano in UTC.
QString rfc3339(qint64 ms)
{
    QString s = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    // Go's RFC3339Nano drops trailing zeros of the fraction.
    if (s.endsWith(u'Z'))
        s.chop(1);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s + u'Z';
}
} // namespace

ordered_json PluginTestReport::json() const
{
    ordered_json out;
    ordered_json list = ordered_json::array();
    for (const PluginLogLine &l : logs) {
        ordered_json line;
        const bool info = !logLevelsAsWritten || l.level.isEmpty() || l.level == u"print";
        line["level"] = info ? std::string("info") : l.level.toStdString();
        line["message"] = l.message.toStdString();
        line["time"] =
            rfc3339(l.timeMs ? l.timeMs : QDateTime::currentMSecsSinceEpoch()).toStdString();
        list.push_back(std::move(line));
    }
    out["logs"] = std::move(list);
    auto put = [&](const char *key, const auto &part) {
        if (part)
            out[key] = *part;
    };
    put("request_before", requestBefore);
    put("request_after", requestAfter);
    put("response_before", responseBefore);
    put("response_after", responseAfter);
    put("session_after", sessionAfter);
    put("error", error);
    out["execution_ms"] = executionMs;
    return out;
}

ordered_json PluginTestReport::errorObject(const QString &message, const char *type)
{
    ordered_json e;
    e["message"] = message.toStdString();
    e["type"] = type;
    return e;
}

} // namespace Hb::Plugin
