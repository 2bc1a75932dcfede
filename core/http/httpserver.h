// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Hb::Http {

class HttpServerConnection;

struct HttpServerLimits
{
    qint64 maxHeaderBytes = 1 << 20;  // request line + headers (Go's DefaultMaxHeaderBytes)
    qint64 maxBodyBytes = 64LL << 20; // larger bodies get 413
    int idleTimeoutMs = 120000;       // keep-alive connection with no request in progress
    // The whole request, headers and body, from its first byte; then 408. Like Go's
    // http.Server.ReadTimeout, a client cannot stretch it by trickling bytes. Tyk's default.
    int requestTimeoutMs = 120000;
    // Open client connections; further clients wait in the kernel's listen queue until one
    // closes (a warning is logged when the cap is reached).
    int maxConnections = 10000;
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
    // Takes effect for new requests; a lower connection cap for new connections.
    void setLimits(const HttpServerLimits &limits);
    const HttpServerLimits &limits() const { return m_limits; }

    // Port 0 picks a free port; serverPort() tells which. ErrorCode::Io with the address,
    // port and reason when the port cannot be bound. The listen queue is the system's
    // (listenBacklog()), not Qt's 50.
    Result<void> listen(const QHostAddress &address, quint16 port);
    // Stops accepting; idle connections close now, a connection with a request outstanding
    // closes after its reply ("Connection: close"). Deleting the server instead closes every
    // connection at once without calling the cancel handler; writers then do nothing.
    void close();
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    // Open client connections (tests check that idle ones get closed).
    int connectionCount() const { return m_connectionCount; }
    // The listen queue length listen() asks for: net.core.somaxconn on Linux, as Go's
    // net.Listen uses (net/sock_linux.go, maxListenerBacklog).
    static int listenBacklog();

private:
    friend class HttpServerConnection;
    void onAcceptReady();
    void adopt(QTcpSocket *socket);
    // An accept failed for lack of descriptors or memory: stop accepting for a while.
    void backOffAccepting();
    // Turns the accept notifier on or off from the connection count and the back-off.
    void updateAccepting();
    void connectionClosed();
    void warnRateLimited(QElapsedTimer &last, const QString &message);
    quint64 nextRequestId() { return ++m_lastRequestId; }

    QTcpServer *m_server;
    QSocketNotifier *m_acceptNotifier = nullptr; // our accept loop; Qt's is paused
    QTimer *m_acceptRetry;                       // ends a back-off
    int m_acceptDelayMs = 0;                     // current back-off; 0 = none
    int m_connectionCount = 0;
    QElapsedTimer m_lastCapWarning; // each warning once a minute at most
    QElapsedTimer m_lastAcceptWarning;
    Handler m_handler;
    CancelHandler m_cancel;
    HttpServerLimits m_limits;
    quint64 m_lastRequestId = 0;
};

} // namespace Hb::Http
