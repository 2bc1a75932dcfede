// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httprequestparser.h"

#include "core/http/headeraccumulator.h"
#include "core/http/httpparserdriver.h"
#include "core/http/httpserver.h"

#include <cstring>
#include <string_view>
#include <utility>

namespace Hb::Http {

// The http-parser callbacks and the request being assembled. A complete request pauses the
// parser, so at most one is ready at a time and the bytes after it stay unparsed.
struct HttpParserState
{
    explicit HttpParserState(const HttpServerLimits &l)
        : limits(l)
    {
        driver.reset(HTTP_REQUEST, this);
    }

    using Driver = HttpParserDriver<HttpParserState>;
    static HttpParserState *self(http_parser *p) { return Driver::owner(p); }

    // Counts request-target and header bytes against maxHeaderBytes (4 for ": " and CRLF
    // per field); the request line's method and version are not counted.
    bool addHeaderBytes(size_t len)
    {
        headerBytes += qint64(len);
        if (headerBytes <= limits.maxHeaderBytes)
            return true;
        headerTooLarge = true;
        return false;
    }

    // Refuses the request from inside a callback (which then returns -1).
    int refuse(int status, const char *detail)
    {
        refusedStatus = status;
        refusedDetail = detail;
        return -1;
    }

    // The CRLF after a chunk's data: Debian's http-parser is built without strict checks and
    // takes any two bytes there. Checks those of the bytes from `from` that this execute() has;
    // the rest wait for the next call.
    bool checkChunkCrlf(const char *from)
    {
        for (; chunkCrlfPending > 0 && from < chunkEnd; ++from, --chunkCrlfPending) {
            if (*from != (chunkCrlfPending == 2 ? '\r' : '\n'))
                return false;
        }
        return true;
    }

    static int onMessageBegin(http_parser *p)
    {
        HttpParserState *s = self(p);
        ++s->messagesBegun;
        s->chunkCrlfPending = 0;
        s->valueAtChunkEnd = false;
        s->current = HttpRequest();
        s->current.target.clear(); // on_url appends; the default "/" is for requests built in code
        s->headers.reset();
        s->headerBytes = 0;
        s->inField = false;
        s->inMessage = true;
        return 0;
    }
    static int onUrl(http_parser *p, const char *at, size_t len)
    {
        self(p)->current.target.append(at, qsizetype(len));
        return self(p)->addHeaderBytes(len) ? 0 : -1;
    }
    static int onHeaderField(http_parser *p, const char *at, size_t len)
    {
        HttpParserState *s = self(p);
        // The lenient http-parser lets spaces into names ("Host : x"). Go's server refuses
        // them (server.go, readRequest: "invalid header name"); a first header line that
        // starts with a space is textproto's "malformed MIME header initial line", answered
        // without a reason. (A later such line is a continuation and never reaches here.)
        if (memchr(at, ' ', len) != nullptr)
            return s->refuse(400, !s->inField && at[0] == ' ' ? nullptr : "invalid header name");
        s->headers.onField(s->current.headers, at, len);
        const size_t overhead = s->inField ? 0 : 4;
        s->inField = true;
        return s->addHeaderBytes(len + overhead) ? 0 : -1;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t len)
    {
        HttpParserState *s = self(p);
        // A second value piece in a row is either the same line cut between two reads (the
        // last piece ended where the last read ended and this one starts this read) or an
        // obs-fold continuation line.
        const bool folded = !s->inField && !(s->valueAtChunkEnd && at == s->chunkBegin);
        s->valueAtChunkEnd = at + len == s->chunkEnd;
        s->headers.onValue(at, len, folded);
        s->inField = false;
        return s->addHeaderBytes(len) ? 0 : -1;
    }
    static int onHeadersComplete(http_parser *p)
    {
        HttpParserState *s = self(p);
        // Go's server (server.go, readRequest; http.ParseHTTPVersion) takes "HTTP/d.d" and
        // answers 505 unless the major version is 1. http-parser reads a request line without
        // a version as HTTP/0.9: Go's "malformed HTTP request", a plain 400 (an explicit
        // HTTP/0.9 gets the same here, where Go says 505).
        if (p->http_major == 0 && p->http_minor == 9)
            return s->refuse(400, nullptr);
        if (p->http_major > 9 || p->http_minor > 9)
            return s->refuse(400, nullptr);
        if (p->http_major != 1)
            return s->refuse(505, "unsupported protocol version");
        s->headers.flush(s->current.headers);
        if (hostHeaderRefusal(*s, p) != 0)
            return -1;
        // The names are static strings in http-parser: no copy unless someone edits the method.
        const char *name = http_method_str(http_method(p->method));
        s->current.method = QByteArray::fromRawData(name, qsizetype(qstrlen(name)));
        s->current.httpMinor = p->http_minor;
        const bool lengthKnown = (p->flags & F_CONTENTLENGTH) != 0;
        if (lengthKnown && qint64(p->content_length) > s->limits.maxBodyBytes) {
            s->bodyTooLarge = true;
            return -1; // stop parsing; answered with 413 before the client sends the body
        }
        const bool bodyFollows = (p->flags & F_CHUNKED) || (lengthKnown && p->content_length > 0);
        // The client waits for this before sending the body. Parsing is paused while an
        // earlier request is outstanding, so this never overtakes an earlier reply.
        if (bodyFollows && p->http_minor >= 1 && s->onContinue &&
            s->current.headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            s->onContinue();
        return 0;
    }
    // Go's server checks the Host header right after the version (server.go, readRequest):
    // HTTP/1.1 and later need one ("missing required Host header"; CONNECT is exempt), one
    // only (request.go, readRequest: "too many Host headers", a plain 400), and it may hold
    // only the bytes httpguts.ValidHostHeader allows ("malformed Host header"). Returns the
    // status it refused with, or 0.
    static int hostHeaderRefusal(HttpParserState &s, const http_parser *p)
    {
        const QList<QByteArray> hosts = s.current.headers.values("Host");
        if (hosts.isEmpty()) {
            if (p->http_minor >= 1 && p->method != HTTP_CONNECT)
                s.refuse(400, "missing required Host header");
        } else if (hosts.size() > 1) {
            s.refuse(400, nullptr);
        } else if (!isValidHostHeader(hosts.first())) {
            s.refuse(400, "malformed Host header");
        }
        return s.refusedStatus;
    }
    // httpguts.ValidHostHeader: letters, digits and the bytes of RFC 3986's sub-delims,
    // unreserved set, IPv6 literals, ports and zone ids; anything else (a space, a slash,
    // a control or non-ASCII byte) is refused.
    static bool isValidHostHeader(const QByteArray &host)
    {
        static constexpr std::string_view extra = "!$%&'()*+,-.:;=[]_~";
        for (const char c : host) {
            const bool alnum =
                (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!alnum && extra.find(c) == std::string_view::npos)
                return false;
        }
        return true;
    }
    static int onBody(http_parser *p, const char *at, size_t len)
    {
        HttpParserState *s = self(p);
        if (s->current.body.size() + qint64(len) > s->limits.maxBodyBytes) {
            s->bodyTooLarge = true; // a chunked body grew past the limit
            return -1;
        }
        s->current.body.append(at, qsizetype(len));
        // http-parser reports a chunk's last data bytes just before the CRLF that ends it.
        if ((p->flags & F_CHUNKED) && p->content_length == 0) {
            s->chunkCrlfPending = 2;
            if (!s->checkChunkCrlf(at + len))
                return s->refuse(400, nullptr); // Go: "malformed chunked encoding"
        }
        return 0;
    }
    static int onMessageComplete(http_parser *p)
    {
        HttpParserState *s = self(p);
        s->inMessage = false;
        s->ready = true;
        s->readyKeepAlive = http_should_keep_alive(p) != 0;
        http_parser_pause(p, 1); // the next pipelined request waits until this one is answered
        return 0;
    }

    const HttpServerLimits &limits;
    std::function<void()> onContinue;
    Driver driver;
    HttpRequest current;
    HeaderAccumulator headers;
    qint64 headerBytes = 0;
    bool inField = false;
    bool inMessage = false; // some bytes of a request arrived, not all
    bool ready = false;     // `current` is complete and not yet handed out
    bool readyKeepAlive = true;
    bool bodyTooLarge = false;
    bool headerTooLarge = false;
    int failStatus = 0;
    const char *failDetail = nullptr;
    int refusedStatus = 0; // set by a callback that refused the request
    const char *refusedDetail = nullptr;
    int messagesBegun = 0;
    const char *chunkBegin = nullptr; // the bytes the current execute() parses
    const char *chunkEnd = nullptr;
    bool valueAtChunkEnd = false; // the last header value piece ended where the bytes did
    int chunkCrlfPending = 0;     // bytes of a chunk's closing CRLF not seen yet (2, 1 or 0)
};

HttpRequestParser::HttpRequestParser(const HttpServerLimits &limits)
    : m_state(std::make_unique<HttpParserState>(limits))
{}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Step HttpRequestParser::execute(const char *data, qsizetype len)
{
    HttpParserState &s = *m_state;
    if (s.failStatus != 0)
        return {0, Outcome::Fail};
    s.chunkBegin = data;
    s.chunkEnd = data + len;
    if (s.chunkCrlfPending > 0 && !s.checkChunkCrlf(data)) {
        s.failStatus = 400;
        return {0, Outcome::Fail};
    }
    const size_t parsed = s.driver.execute(data, size_t(len));
    const Step fail{qsizetype(parsed), Outcome::Fail};
    const auto err = s.driver.error();
    if (s.refusedStatus != 0) {
        s.failStatus = s.refusedStatus;
        s.failDetail = s.refusedDetail;
        return fail;
    }
    if (s.bodyTooLarge) {
        s.failStatus = 413;
        return fail;
    }
    if (s.headerTooLarge || err == HPE_HEADER_OVERFLOW) {
        s.failStatus = 431;
        return fail;
    }
    if (err == HPE_PAUSED) {
        s.driver.resume();
    } else if (err != HPE_OK) {
        s.failStatus = 400;
        return fail;
    }
    if (s.ready) {
        s.ready = false;
        return {qsizetype(parsed), Outcome::Request};
    }
    if (parsed == 0 && len > 0) {
        s.failStatus = 400; // the parser stopped without a reason it reports
        return fail;
    }
    // An Upgrade request also ends parsing early; it is answered as plain HTTP/1.1 (the
    // server may ignore Upgrade, RFC 9110 7.8) and the following bytes parse as HTTP.
    return {qsizetype(parsed), Outcome::NeedMore};
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::move(m_state->current);
}

bool HttpRequestParser::keepAlive() const
{
    return m_state->readyKeepAlive;
}

int HttpRequestParser::failStatus() const
{
    return m_state->failStatus;
}

const char *HttpRequestParser::failDetail() const
{
    return m_state->failDetail;
}

int HttpRequestParser::messagesBegun() const
{
    return m_state->messagesBegun;
}

bool HttpRequestParser::inMessage() const
{
    return m_state->inMessage;
}

void HttpRequestParser::setContinueHandler(std::function<void()> handler)
{
    m_state->onContinue = std::move(handler);
}

} // namespace Hb::Http
