// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <http_parser.h>

#include <cstddef>

namespace Hb::Http {

// The http-parser set-up that the server's request parser (HttpRequestParser) and the
// client's response parser (HttpClientConnection) share: a parser whose `data` is its owner,
// one settings table per owner type, built once from the owner's static callbacks, and the
// calls around http_parser_execute.
//
// Owner provides static `int f(http_parser *)` callbacks onMessageBegin, onHeadersComplete
// and onMessageComplete, static `int f(http_parser *, const char *, size_t)` callbacks
// onHeaderField, onHeaderValue and onBody, and optionally onUrl (requests only).
// Include this only from hb_http's .cpp files: http-parser is private to hb_http.
template<typename Owner>
class HttpParserDriver
{
public:
    // Starts a new stream of `type` (HTTP_REQUEST or HTTP_RESPONSE) whose callbacks get
    // `owner` back through owner().
    void reset(http_parser_type type, Owner *owner)
    {
        http_parser_init(&m_parser, type);
        m_parser.data = owner;
    }

    // Parses `len` bytes and returns how many were consumed; stops early on an error or when
    // a callback paused the parser. No bytes (len 0) tell http-parser the stream ended.
    size_t execute(const char *data, size_t len)
    {
        return http_parser_execute(&m_parser, &settings(), data, len);
    }
    http_errno error() const { return HTTP_PARSER_ERRNO(&m_parser); }
    // Clears a pause set by a callback, so the next execute() goes on.
    void resume() { http_parser_pause(&m_parser, 0); }

    // In a callback: the owner passed to reset().
    static Owner *owner(http_parser *parser) { return static_cast<Owner *>(parser->data); }

private:
    static const http_parser_settings &settings()
    {
        static const http_parser_settings table = [] {
            http_parser_settings s = {};
            s.on_message_begin = &Owner::onMessageBegin;
            if constexpr (requires { &Owner::onUrl; })
                s.on_url = &Owner::onUrl;
            s.on_header_field = &Owner::onHeaderField;
            s.on_header_value = &Owner::onHeaderValue;
            s.on_headers_complete = &Owner::onHeadersComplete;
            s.on_body = &Owner::onBody;
            s.on_message_complete = &Owner::onMessageComplete;
            return s;
        }();
        return table;
    }

    http_parser m_parser;
};

} // namespace Hb::Http
