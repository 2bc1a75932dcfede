// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpserverconnection.h"

#include "core/common/hbassert.h"
#include "core/http/headeraccumulator.h"
#include "core/http/httpserver.h"
#include "core/http/httpwire.h"

#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <http_parser.h>

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

// The http-parser callbacks and the request being assembled. A complete request pauses the
// parser, so at most one is ready at a time and the bytes after it stay unparsed.
struct HttpParserState
{
    explicit HttpParserState(HttpServerConnection *owner)
        : connection(owner)
    {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = this;
    }

    static HttpParserState *self(http_parser *p) { return static_cast<HttpParserState *>(p->data); }
    const HttpServerLimits &limits() const { return connection->m_server->limits(); }

    // Counts request-target and header bytes against maxHeaderBytes (4 for ": " and CRLF
    // per field); the request line's method and version are not counted.
    bool addHeaderBytes(size_t len)
    {
        headerBytes += qint64(len);
        if (headerBytes <= limits().maxHeaderBytes)
            return true;
        headerTooLarge = true;
        return false;
    }

    static int onMessageBegin(http_parser *p)
    {
        HttpParserState *s = self(p);
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
        s->headers.onField(s->current.headers, at, len);
        const size_t overhead = s->inField ? 0 : 4;
        s->inField = true;
        return s->addHeaderBytes(len + overhead) ? 0 : -1;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t len)
    {
        HttpParserState *s = self(p);
        s->headers.onValue(at, len);
        s->inField = false;
        return s->addHeaderBytes(len) ? 0 : -1;
    }
    static int onHeadersComplete(http_parser *p)
    {
        HttpParserState *s = self(p);
        s->headers.flush(s->current.headers);
        // The names are static strings in http-parser: no copy unless someone edits the method.
        const char *name = http_method_str(http_method(p->method));
        s->current.method = QByteArray::fromRawData(name, qsizetype(qstrlen(name)));
        s->current.httpMinor = p->http_minor;
        const bool lengthKnown = (p->flags & F_CONTENTLENGTH) != 0;
        if (lengthKnown && qint64(p->content_length) > s->limits().maxBodyBytes) {
            s->bodyTooLarge = true;
            return -1; // stop parsing; answered with 413 before the client sends the body
        }
        const bool bodyFollows = (p->flags & F_CHUNKED) || (lengthKnown && p->content_length > 0);
        // The client waits for this before sending the body. Parsing is paused while an
        // earlier request is outstanding, so this never overtakes an earlier reply.
        if (bodyFollows && p->http_minor >= 1 &&
            s->current.headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            s->connection->m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return 0;
    }
    static int onBody(http_parser *p, const char *at, size_t len)
    {
        HttpParserState *s = self(p);
        if (s->current.body.size() + qint64(len) > s->limits().maxBodyBytes) {
            s->bodyTooLarge = true; // a chunked body grew past the limit
            return -1;
        }
        s->current.body.append(at, qsizetype(len));
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

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings v = {};
            v.on_message_begin = &onMessageBegin;
            v.on_url = &onUrl;
            v.on_header_field = &onHeaderField;
            v.on_header_value = &onHeaderValue;
            v.on_headers_complete = &onHeadersComplete;
            v.on_body = &onBody;
            v.on_message_complete = &onMessageComplete;
            return v;
        }();
        return s;
    }

    HttpServerConnection *connection;
    http_parser parser;
    HttpRequest current;
    HeaderAccumulator headers;
    qint64 headerBytes = 0;
    bool inField = false;
    bool inMessage = false; // some bytes of a request arrived, not all
    bool ready = false;     // `current` is complete and not yet handed out
    bool readyKeepAlive = true;
    bool bodyTooLarge = false;
    bool headerTooLarge = false;
};

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

QByteArray plainReply(int status)
{
    HttpResponse r;
    r.status = status;
    r.headers.add("Content-Type", "text/plain; charset=utf-8");
    r.body = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    return HttpWire::response(r, false, HttpWire::Connection::Close);
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
    , m_parser(std::make_unique<HttpParserState>(this))
    , m_remoteAddress(remoteAddressOf(*socket))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_buffer.reserve(16 * 1024);
    m_timer->setSingleShot(true);
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
    http_parser *parser = &m_parser->parser;
    while (!m_closing && m_outstandingId == 0) {
        if (m_bufferPos >= m_buffer.size() && !readIntoBuffer())
            break;
        const size_t len = size_t(m_buffer.size() - m_bufferPos);
        const size_t parsed = http_parser_execute(parser, &HttpParserState::settings(),
                                                  m_buffer.constData() + m_bufferPos, len);
        m_bufferPos += qsizetype(parsed);
        const auto err = HTTP_PARSER_ERRNO(parser);
        if (m_parser->bodyTooLarge) {
            failAndClose(413);
            break;
        }
        if (m_parser->headerTooLarge || err == HPE_HEADER_OVERFLOW) {
            failAndClose(431);
            break;
        }
        if (err == HPE_PAUSED) {
            http_parser_pause(parser, 0);
        } else if (err != HPE_OK) {
            failAndClose(400);
            break;
        }
        if (m_parser->ready) {
            m_parser->ready = false;
            dispatch(std::move(m_parser->current));
        } else if (parsed == 0) {
            failAndClose(400); // the parser stopped without a reason it reports
            break;
        }
        // An Upgrade request also ends parsing early; it is answered as plain HTTP/1.1 (the
        // server may ignore Upgrade, RFC 9110 7.8) and the following bytes parse as HTTP.
    }
    m_processing = false;
    armTimer();
}

void HttpServerConnection::dispatch(HttpRequest request)
{
    const quint64 id = m_server->nextRequestId();
    m_outstandingId = id;
    m_outstandingHead = request.method == "HEAD";
    m_outstandingKeepAlive = m_parser->readyKeepAlive;
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

void HttpServerConnection::failAndClose(int status)
{
    m_socket->write(plainReply(status));
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
    m_timerMs = m_parser->inMessage ? limits.requestTimeoutMs : limits.idleTimeoutMs;
    m_timer->start(m_timerMs);
}

void HttpServerConnection::onTimeout()
{
    m_timerMs = -1;
    if (m_lingering) {
        m_socket->abort();
        onDisconnected();
    } else if (m_parser->inMessage) {
        failAndClose(408);
    } else {
        close();
    }
}

} // namespace Hb::Http
