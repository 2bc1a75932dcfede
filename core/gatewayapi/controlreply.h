// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httpresponse.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace Hb::GatewayApi {

// Replies in the Gateway API's shapes (Tyk: gateway/api.go, doJSONWrite): JSON written by Go's
// encoder, so followed by a newline, with Content-Type application/json.
class ControlReply
{
public:
    static Http::HttpResponse json(int status, const nlohmann::json &body);
    // Keeps key order: Go writes struct fields in declaration order.
    static Http::HttpResponse json(int status, const nlohmann::ordered_json &body);
    // {"status": "error", "message": "..."}
    static Http::HttpResponse error(int status, const QString &message);
    // {"status": "ok", "message": "..."}
    static Http::HttpResponse ok(const QString &message);
    // {"key": "...", "status": "ok", "action": "...", "key_hash": "..." (when given)}
    static Http::HttpResponse modified(const QString &key, const QString &action,
                                       const QString &keyHash = {});
};

} // namespace Hb::GatewayApi
