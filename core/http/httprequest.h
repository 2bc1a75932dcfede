// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/headerlist.h"

#include <QByteArray>

namespace Hb::Http {

// One HTTP request as the engine sees it. `target` is the request-target as sent on the
// wire (origin form: path plus optional "?query"); the helpers split it.
struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target = "/";
    HeaderList headers;
    QByteArray body;
    QByteArray remoteAddress; // "ip:port" of the client; empty for in-process requests
    int httpMinor = 1;        // HTTP/1.x minor version the client spoke

    QByteArray path() const;  // target up to '?', still percent-encoded
    QByteArray query() const; // after '?', without it; empty when none
    // The client's address without its port or IPv6 brackets (Go's net.SplitHostPort host of
    // RemoteAddr); empty for in-process requests.
    QByteArray remoteIp() const;
    void setPath(const QByteArray &path);   // keeps the query
    void setQuery(const QByteArray &query); // keeps the path; empty removes '?'

    bool operator==(const HttpRequest &other) const = default;
};

} // namespace Hb::Http
