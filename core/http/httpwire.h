// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

namespace Hb::Http {

// Bytes on the wire for HTTP/1.1 messages; shared by the server and the client so framing
// is written once.
class HttpWire
{
public:
    // Status line, the response's headers (Content-Length computed, Transfer-Encoding and
    // Content-Length given by the handler dropped since the body is complete), "Connection:
    // close" when closing, then the body unless `headRequest` or the status has none.
    static QByteArray response(const HttpResponse &response, bool headRequest, bool close);
    // Request line and headers as given; Content-Length set when there is a body or the
    // method usually carries one.
    static QByteArray request(const HttpRequest &request);
    // Whether a response with this status carries a body (1xx, 204 and 304 do not).
    static bool statusHasBody(int status)
    {
        return status >= 200 && status != 204 && status != 304;
    }
};

} // namespace Hb::Http
