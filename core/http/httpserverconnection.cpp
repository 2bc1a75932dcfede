// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpserverconnection.h"

#include "core/common/hbassert.h"
#include "core/http/httprequestparser.h"
#include "core/http/httpserver.h"
#include "core/http/httpwire.h"

#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Hb::Http {

namespace {
// Bytes a client may have in flight to us while a request is outstanding; beyond that Qt stops
// reading and TCP pushes back on a client that pipelines without end.
constexpr qint64 ReadBufferBytes = 256 * 1024;
// How long an error reply waits for the client to read it and close (nginx's lingering close).
constexpr int LingerMs = 500;
} // namespace

namespace {
class ConnectionResponseWriter final : public ResponseWriter
{
public:
    ConnectionResponseWriter(HttpServerConnection *connection, quint64 id)
        : m_connection(connection)
        , m_id(id)
    {}
    void respond(const HttpResponse &response) override
    {
        HB_ASSERT(onOwnThread(), return );
        if (m_connection)
            m_connection->respond(m_id, response);
    }
    void abort() override
    {
        HB_ASSERT(onOwnThread(), return );
        if (m_connection)
            m_connection->abort(m_id);
    }

private:
    // Sockets are not thread-safe; a reply from another thread must be posted first.
    bool onOwnThread() const { return m_thread == QThread::currentThread(); }

    QPointer<HttpServerConnection> m_connection;
    QThread *m_thread = QThread::currentThread(); // the server's: writers are made there
    quint64 m_id;
};

// Go's server writes a refusal's detail after the reason phrase, in the status line and the
// body alike (server.go, conn.serve: "400 Bad Request: invalid header name").
QByteArray plainReply(int status, const char *detail)
{
    QByteArray text = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    if (detail)
        text += QByteArray(": ") + detail;
    QByteArray out = "HTTP/1.1 " + text +
                     "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Length: " +
                     QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n";
    return out + text;
}

// Go's RemoteAddr form: "1.2.3.4:5", "[::1]:5"; IPv4-mapped addresses from a dual-stack
// listener are shown as IPv4.
QByteArray remoteAddressOf(const QTcpSocket &socket)
{
    const QHostAddress address = socket.peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QByteArray port = QByteArray::number(socket.peerPort());
    if (isV4)
        return QHostAddress(v4).toString().toLatin1() + ':' + port;
    return '[' + address.toString().toLatin1() + "]:" + port;
}
} // namespace

HttpServerConnection::HttpServerConnection(HttpServer *server, QTcpSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_timer(new QTimer(this))
    , m_parser(std::make_unique<HttpRequestParser>(server->limits()))
    , m_remoteAddress(remoteAddressOf(*socket))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_buffer.reserve(16 * 1024);
    m_timer->setSingleShot(true);
    m_parser->setContinueHandler([this] { m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpServerConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpServerConnection::onDisconnected);
    connect(m_timer, &QTimer::timeout, this, &HttpServerConnection::onTimeout);
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpServerConnection::onReadyRead, Qt::QueuedConnection);
}

HttpServerConnection::~HttpServerConnection()
{
    // The socket is a child and outlives this destructor; its last signals must not reach us.
    m_socket->disconnect(this);
}

void HttpServerConnection::onReadyRead()
{
    if (m_lingering) {
        m_socket->skip(m_socket->bytesAvailable()); // input after an error reply is dropped
        return;
    }
    // While a request is outstanding the bytes wait in the socket's (bounded) buffer.
    if (m_outstandingId == 0)
        processInput();
}

bool HttpServerConnection::readIntoBuffer()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return false;
    if (m_bufferPos >= m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity: no allocation per read in the steady state
        m_bufferPos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + qsizetype(available));
    const qint64 n = m_socket->read(m_buffer.data() + old, available);
    m_buffer.resize(old + qsizetype(std::max<qint64>(n, 0)));
    return n > 0;
}

void HttpServerConnection::processInput()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_closing && m_outstandingId == 0) {
        if (m_bufferPos >= m_buffer.size() && !readIntoBuffer())
            break;
        const HttpRequestParser::Step step =
            m_parser->execute(m_buffer.constData() + m_bufferPos, m_buffer.size() - m_bufferPos);
        m_bufferPos += step.consumed;
        if (step.outcome == HttpRequestParser::Outcome::Fail) {
            failAndClose(m_parser->failStatus(), m_parser->failDetail());
            break;
        }
        if (step.outcome == HttpRequestParser::Outcome::Request)
            dispatch(m_parser->takeRequest());
    }
    m_processing = false;
    armTimer();
}

void HttpServerConnection::dispatch(HttpRequest request)
{
    const quint64 id = m_server->nextRequestId();
    m_outstandingId = id;
    m_outstandingHead = request.method == "HEAD";
    m_outstandingKeepAlive = m_parser->keepAlive();
    m_outstandingMinor = request.httpMinor;
    request.remoteAddress = m_remoteAddress;
    if (!m_server->m_handler) {
        respond(id, HttpResponse{503, {}, {}});
        return;
    }
    // The handler may answer inside this call; respond() then leaves the parsing to the loop.
    m_server->m_handler(id, std::move(request),
                        std::make_shared<ConnectionResponseWriter>(this, id));
}

void HttpServerConnection::respond(quint64 requestId, const HttpResponse &response)
{
    if (requestId == 0 || requestId != m_outstandingId || m_closing)
        return;
    bool keepAlive = m_outstandingKeepAlive && !m_draining;
    if (keepAlive && response.headers.contains("Connection"))
        keepAlive = !response.headers.value("Connection").toLower().contains("close");
    m_outstandingId = 0;
    const auto connection = !keepAlive                ? HttpWire::Connection::Close
                            : m_outstandingMinor == 0 ? HttpWire::Connection::KeepAlive
                                                      : HttpWire::Connection::AsGiven;
    m_socket->write(HttpWire::response(response, m_outstandingHead, connection));
    if (!keepAlive) {
        close();
        return;
    }
    processInput(); // the next pipelined request, if its bytes are here
}

void HttpServerConnection::abort(quint64 requestId)
{
    if (requestId == 0 || requestId != m_outstandingId)
        return;
    m_outstandingId = 0; // the handler chose this: no cancel callback
    m_closing = true;
    m_socket->abort();
    onDisconnected();
}

void HttpServerConnection::shutdown()
{
    if (m_outstandingId != 0)
        m_draining = true;
    else
        close();
}

void HttpServerConnection::failAndClose(int status, const char *detail)
{
    m_socket->write(plainReply(status, detail));
    m_closing = true;
    m_lingering = true;
    m_socket->skip(m_socket->bytesAvailable());
    // Closing with unread input makes the kernel send RST, which can destroy the reply before
    // the client reads it. So: send the reply, close only our direction, drop what the client
    // still sends and close when it does (or after LingerMs), like nginx's lingering close.
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpServerConnection::onBytesWritten);
    m_socket->flush();
    onBytesWritten();
    m_timer->start(LingerMs);
    m_timerMs = LingerMs;
}

void HttpServerConnection::onBytesWritten()
{
    if (!m_lingering || m_halfClosed || m_socket->bytesToWrite() > 0)
        return;
    m_halfClosed = true;
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    close();
#endif
}

void HttpServerConnection::close()
{
    if (m_gone)
        return;
    m_closing = true;
    m_timer->stop();
    m_timerMs = -1;
    m_socket->disconnectFromHost(); // flushes what was written, then disconnected() fires
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void HttpServerConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closing = true;
    m_timer->stop();
    m_timerMs = -1;
    m_server->connectionClosed();
    if (m_outstandingId != 0) {
        const quint64 id = std::exchange(m_outstandingId, 0);
        if (m_server->m_cancel)
            m_server->m_cancel(id);
    }
    // Writers hold a QPointer to this object, so a late respond() finds nothing.
    deleteLater();
}

void HttpServerConnection::armTimer()
{
    if (m_closing)
        return;
    if (m_outstandingId != 0) {
        // The engine's own timeouts govern a request being handled.
        if (m_timerMs != -1) {
            m_timer->stop();
            m_timerMs = -1;
        }
        return;
    }
    const HttpServerLimits &limits = m_server->limits();
    if (m_parser->inMessage()) {
        // Timed from the request's first bytes and not re-armed by later reads, so a client
        // that trickles a request still gets 408 (Go's http.Server.ReadTimeout; Tyk sets it
        // from http_server_options.read_timeout in proxy_muxer.go).
        if (m_timerMs != -1 && m_timedRequest == m_parser->messagesBegun())
            return;
        m_timedRequest = m_parser->messagesBegun();
        m_timerMs = limits.requestTimeoutMs;
    } else {
        m_timerMs = limits.idleTimeoutMs;
    }
    m_timer->start(m_timerMs);
}

void HttpServerConnection::onTimeout()
{
    m_timerMs = -1;
    if (m_lingering) {
        m_socket->abort();
        onDisconnected();
    } else if (m_parser->inMessage()) {
        failAndClose(408);
    } else {
        close();
    }
}

} // namespace Hb::Http
