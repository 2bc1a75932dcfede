// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gatewayapi/controlreply.h"

#include "core/gocompat/gojsonescape.h"

namespace Hb::GatewayApi {

namespace {
Http::HttpResponse encoded(int status, const std::string &text)
{
    Http::HttpResponse r;
    r.status = status;
    r.headers.add("Content-Type", "application/json");
    // Go's json encoder escapes for HTML and ends with a newline.
    QByteArray out = GoCompat::goJsonHtmlEscape(text);
    out += '\n';
    r.body = out;
    return r;
}
} // namespace

Http::HttpResponse ControlReply::json(int status, const nlohmann::json &body)
{
    return encoded(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Http::HttpResponse ControlReply::json(int status, const nlohmann::ordered_json &body)
{
    return encoded(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Http::HttpResponse ControlReply::error(int status, const QString &message)
{
    return json(status,
                nlohmann::ordered_json{{"status", "error"}, {"message", message.toStdString()}});
}

Http::HttpResponse ControlReply::ok(const QString &message)
{
    return json(200, nlohmann::ordered_json{{"status", "ok"}, {"message", message.toStdString()}});
}

Http::HttpResponse ControlReply::modified(const QString &key, const QString &action,
                                          const QString &keyHash)
{
    nlohmann::ordered_json body = {
        {"key", key.toStdString()}, {"status", "ok"}, {"action", action.toStdString()}};
    if (!keyHash.isEmpty())
        body["key_hash"] = keyHash.toStdString();
    return json(200, body);
}

} // namespace Hb::GatewayApi
