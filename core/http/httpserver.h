// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace Hb::Http {

class HttpServerConnection;

struct HttpServerLimits
{
    qint64 maxHeaderBytes = 1 << 20;  // request line + headers (Go's DefaultMaxHeaderBytes)
    qint64 maxBodyBytes = 64LL << 20; // larger bodies get 413
    int idleTimeoutMs = 120000;       // keep-alive connection with no request in progress
    int requestTimeoutMs = 60000;     // a request whose bytes stop arriving
};

// Lets a handler answer one request later (after pauses) without holding a thread. The
// connection that owns the request may be gone by then; `respond` then does nothing. Call it
// on the server's thread.
class ResponseWriter
{
public:
    virtual ~ResponseWriter() = default;
    // Writes the reply (once; later calls do nothing).
    virtual void respond(const HttpResponse &response) = 0;
    // Closes the client's connection without a reply (fault injection, test upstreams). The
    // cancel handler is not called for it. The default does nothing, for writers that have no
    // connection.
    virtual void abort() {}
};

// The HTTP/1.1 front: accepts connections, parses requests with http-parser (keep-alive,
// pipelining, chunked bodies, size limits, idle timeouts) and hands each complete request to
// the handler on the thread this object lives on.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Called once per complete request. `requestId` is unique per server. The handler
    // eventually calls `writer->respond` exactly once (the writer stays valid until then).
    // `cancelled` is called if the client disconnects before the reply is written.
    using Handler = std::function<void(quint64 requestId, HttpRequest request,
                                       std::shared_ptr<ResponseWriter> writer)>;
    using CancelHandler = std::function<void(quint64 requestId)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setCancelHandler(CancelHandler handler) { m_cancel = std::move(handler); }
    void setLimits(const HttpServerLimits &limits) { m_limits = limits; }
    const HttpServerLimits &limits() const { return m_limits; }

    // Port 0 picks a free port; serverPort() tells which. ErrorCode::Io with the address,
    // port and reason when the port cannot be bound.
    Result<void> listen(const QHostAddress &address, quint16 port);
    // Stops accepting; idle connections close now, a connection with a request outstanding
    // closes after its reply ("Connection: close"). Deleting the server instead closes every
    // connection at once without calling the cancel handler; writers then do nothing.
    void close();
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    // Open client connections (tests check that idle ones get closed).
    int connectionCount() const;

private:
    friend class HttpServerConnection;
    void onNewConnection();
    quint64 nextRequestId() { return ++m_lastRequestId; }

    QTcpServer *m_server;
    Handler m_handler;
    CancelHandler m_cancel;
    HttpServerLimits m_limits;
    quint64 m_lastRequestId = 0;
};

} // namespace Hb::Http
