// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

namespace Hb::Http {

// Bytes on the wire for HTTP/1.1 messages; shared by the server and the client so framing
// is written once. Pure functions, callable from any thread.
class HttpWire
{
public:
    // What the server says about the connection after a reply.
    enum class Connection {
        AsGiven,   // keep-alive by HTTP/1.1 default; the response's own Connection field stays
        KeepAlive, // an HTTP/1.0 client asked to keep the connection: say so unless given
        Close,     // the connection closes after this reply: "Connection: close"
    };

    // Status line, the response's headers in order, Content-Length computed from the body
    // (the handler's Content-Length and Transfer-Encoding are dropped since the body is
    // complete; for HEAD with an empty body a given Content-Length is kept, as a proxied HEAD
    // reply carries it), the Connection field per `connection`, then the body unless
    // `headRequest` or the status has none.
    static QByteArray response(const HttpResponse &response, bool headRequest,
                               Connection connection);
    // Request line and headers as given; Content-Length set when there is a body or the
    // method usually carries one (POST, PUT, PATCH); a given Transfer-Encoding is dropped.
    static QByteArray request(const HttpRequest &request);
    // Whether a response with this status carries a body (1xx, 204 and 304 do not).
    static bool statusHasBody(int status)
    {
        return status >= 200 && status != 204 && status != 304;
    }
};

} // namespace Hb::Http
