// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

namespace Hb::Pipeline {

struct ErrorReplyOptions
{
    bool hideGeneratorHeader = false; // tyk.conf hide_generator_header
    bool closeConnections = false;    // tyk.conf close_connections
};

// Tyk's error reply (Tyk: gateway/handler_error.go): the stock JSON template
// `{\n    "error": "<message>"\n}` byte for byte, or the XML template when the request's
// Content-Type is XML, with X-Generator: tyk.io.
class ErrorReply
{
public:
    static Http::HttpResponse make(int status, const QString &message,
                                   const Http::HttpRequest &request,
                                   const ErrorReplyOptions &options = {});
    // JSON string escaping as Go's encoding/json does inside the template.
    static QByteArray jsonEscape(const QString &message);
};

} // namespace Hb::Pipeline
