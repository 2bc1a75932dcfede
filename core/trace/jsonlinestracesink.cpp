// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/jsonlinestracesink.h"

#include "core/common/untrustedjson.h"

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

// One JSON object per event; written here rather than on TraceEvent so the event header,
// which the GUI includes, needs no JSON library.
nlohmann::json toJson(const TraceEvent &e)
{
    nlohmann::json j = {{"event", str(toString(e.kind))},
                        {"request_id", e.requestId},
                        {"api_id", str(e.apiId)},
                        {"start_ns", e.startNs},
                        {"end_ns", e.endNs}};
    if (!e.phase.isEmpty())
        j["phase"] = str(e.phase);
    if (e.outcome != Outcome::None)
        j["outcome"] = str(toString(e.outcome));
    if (e.status != 0)
        j["status"] = e.status;
    if (!e.message.isEmpty())
        j["message"] = str(e.message);
    if (!e.where.file.isEmpty() || e.where.line > 0)
        j["where"] = {
            {"file", str(e.where.file)}, {"line", e.where.line}, {"column", e.where.column}};
    if (e.requestBefore)
        j["request_before"] = requestJson(*e.requestBefore);
    if (e.requestAfter)
        j["request_after"] = requestJson(*e.requestAfter);
    if (e.responseAfter)
        j["response_after"] = responseJson(*e.responseAfter);
    // protobuf's own JSON; a plugin's strings may nest it deep, so it goes through the guard.
    if (!e.objectSent.isEmpty())
        j["object_sent"] = parseUntrustedJsonOrDiscarded(e.objectSent.toStdString());
    if (!e.objectReceived.isEmpty())
        j["object_received"] = parseUntrustedJsonOrDiscarded(e.objectReceived.toStdString());
    if (!e.analyticsRecord.isEmpty())
        j["analytics_record"] = parseUntrustedJsonOrDiscarded(e.analyticsRecord.toStdString());
    if (!e.analyticsAfterPlugin.isEmpty())
        j["analytics_after_plugin"] =
            parseUntrustedJsonOrDiscarded(e.analyticsAfterPlugin.toStdString());
    return j;
}
} // namespace

void JsonLinesTraceSink::record(const TraceEvent &event)
{
    // Replace invalid UTF-8 instead of throwing: a trace line must never take the engine down.
    const std::string line =
        toJson(event).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fputs(line.c_str(), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

} // namespace Hb::Trace
