// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/traceevent.h"

#include <nlohmann/json.hpp>

namespace Hb::Trace {

namespace {
std::string str(const QString &s)
{
    return s.toStdString();
}
std::string str(const QByteArray &b)
{
    return b.toStdString();
}

nlohmann::json headersJson(const Http::HeaderList &headers)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &[name, value] : headers.fields())
        out.push_back({str(name), str(value)});
    return out;
}

// Bodies may be binary; JSON strings must be valid UTF-8, so invalid bytes are replaced.
std::string bodyText(const QByteArray &body)
{
    return QString::fromUtf8(body).toStdString();
}

nlohmann::json requestJson(const Http::HttpRequest &r)
{
    return {{"method", str(r.method)},
            {"target", str(r.target)},
            {"headers", headersJson(r.headers)},
            {"body", bodyText(r.body)}};
}

nlohmann::json responseJson(const Http::HttpResponse &r)
{
    return {{"status", r.status}, {"headers", headersJson(r.headers)}, {"body", bodyText(r.body)}};
}
} // namespace

QString toString(TraceKind kind)
{
    switch (kind) {
    case TraceKind::RequestStarted: return QStringLiteral("request_started");
    case TraceKind::PhaseFinished: return QStringLiteral("phase");
    case TraceKind::Paused: return QStringLiteral("paused");
    case TraceKind::Resumed: return QStringLiteral("resumed");
    case TraceKind::Aborted: return QStringLiteral("aborted");
    case TraceKind::RequestFinished: return QStringLiteral("request_finished");
    case TraceKind::Log: return QStringLiteral("log");
    case TraceKind::Session: return QStringLiteral("session");
    }
    return {};
}

QString toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None: return {};
    case Outcome::Continue: return QStringLiteral("continue");
    case Outcome::Respond: return QStringLiteral("respond");
    case Outcome::Pause: return QStringLiteral("pause");
    case Outcome::Fail: return QStringLiteral("fail");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

nlohmann::json TraceEvent::toJson() const
{
    nlohmann::json j = {{"event", str(toString(kind))},
                        {"request_id", requestId},
                        {"api_id", str(apiId)},
                        {"start_ns", startNs},
                        {"end_ns", endNs}};
    if (!phase.isEmpty())
        j["phase"] = str(phase);
    if (outcome != Outcome::None)
        j["outcome"] = str(toString(outcome));
    if (status != 0)
        j["status"] = status;
    if (!message.isEmpty())
        j["message"] = str(message);
    if (!where.file.isEmpty() || where.line > 0)
        j["where"] = {{"file", str(where.file)}, {"line", where.line}, {"column", where.column}};
    if (requestBefore)
        j["request_before"] = requestJson(*requestBefore);
    if (requestAfter)
        j["request_after"] = requestJson(*requestAfter);
    if (responseAfter)
        j["response_after"] = responseJson(*responseAfter);
    return j;
}

} // namespace Hb::Trace
