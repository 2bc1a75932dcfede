// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QtGlobal>

#include <functional>
#include <memory>

namespace Hb::Http {

struct HttpServerLimits;
struct HttpParserState;

// The request side of HTTP/1.1 framing, on http-parser, with no socket: bytes go in, complete
// requests or a refusal come out. HttpServerConnection feeds it what the socket reads; the
// fuzzer (fuzz/fuzz_http_request.cpp) feeds it hostile bytes. One request at a time: parsing
// stops after a complete request, so pipelined bytes after it stay unconsumed until the caller
// runs execute() again. Not thread-safe; use it on one thread.
class HttpRequestParser
{
public:
    enum class Outcome {
        NeedMore, // every byte given was consumed; the request (if any started) is not complete
        Request,  // a request is complete: takeRequest(); bytes after it were not consumed
        Fail,     // the bytes are refused: answer failStatus() and close the connection
    };
    struct Step
    {
        qsizetype consumed = 0;
        Outcome outcome = Outcome::NeedMore;
    };

    // `limits` must outlive the parser (the server owns both).
    explicit HttpRequestParser(const HttpServerLimits &limits);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Parses from `data` until a request is complete, the bytes are used up or they are
    // refused. After Fail the parser stays failed.
    Step execute(const char *data, qsizetype len);
    // The request execute() last reported complete (moved out).
    HttpRequest takeRequest();
    // Whether the connection stays open after the last complete request (http_should_keep_alive).
    bool keepAlive() const;
    // 400 (malformed), 413 (body over maxBodyBytes), 431 (headers over maxHeaderBytes) or
    // 505 (an HTTP version other than 1.x) after Fail; 0 before.
    int failStatus() const;
    // What Go's server writes after the reason phrase for this refusal ("invalid header
    // name"), or null where it writes none. A static string.
    const char *failDetail() const;
    // Requests whose first byte has been parsed so far (the connection times each one).
    int messagesBegun() const;
    // Some bytes of a request arrived, not all.
    bool inMessage() const;
    // Called from inside execute() when a request whose body follows asks for
    // "Expect: 100-continue" (HTTP/1.1 only): the caller writes the interim reply.
    void setContinueHandler(std::function<void()> handler);

private:
    std::unique_ptr<HttpParserState> m_state;
};

} // namespace Hb::Http
