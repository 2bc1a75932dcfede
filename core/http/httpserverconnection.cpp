// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpserverconnection.h"

#include "core/http/headeraccumulator.h"
#include "core/http/httpserver.h"
#include "core/http/httpwire.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>

namespace Hb::Http {

// The http-parser callbacks and the request being assembled. Header fields and values may
// arrive in several pieces, so they are accumulated until the other kind starts.
struct HttpParserState
{
    explicit HttpParserState(HttpServerConnection *owner)
        : connection(owner)
    {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = this;
    }

    void reset()
    {
        current = HttpRequest();
        current.target.clear(); // on_url appends; the default "/" is for requests built in code
        headers.reset();
        inMessage = false;
        tooLarge = false;
    }

    static HttpParserState *self(http_parser *p) { return static_cast<HttpParserState *>(p->data); }

    static int onMessageBegin(http_parser *p)
    {
        self(p)->reset();
        self(p)->inMessage = true;
        return 0;
    }
    static int onUrl(http_parser *p, const char *at, size_t len)
    {
        self(p)->current.target.append(at, qsizetype(len));
        return 0;
    }
    static int onHeaderField(http_parser *p, const char *at, size_t len)
    {
        self(p)->headers.onField(self(p)->current.headers, at, len);
        return 0;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t len)
    {
        self(p)->headers.onValue(at, len);
        return 0;
    }
    static int onHeadersComplete(http_parser *p)
    {
        HttpParserState *s = self(p);
        s->headers.flush(s->current.headers);
        s->current.method = http_method_str(http_method(p->method));
        s->current.httpMinor = p->http_minor;
        const qint64 maxBody = s->connection->m_server->limits().maxBodyBytes;
        if ((p->flags & F_CONTENTLENGTH) && qint64(p->content_length) > maxBody) {
            s->tooLarge = true;
            return -1; // stop parsing; answered with 413
        }
        if (p->http_minor >= 1 &&
            s->current.headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            s->connection->m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return 0;
    }
    static int onBody(http_parser *p, const char *at, size_t len)
    {
        HttpParserState *s = self(p);
        if (s->current.body.size() + qint64(len) > s->connection->m_server->limits().maxBodyBytes) {
            s->tooLarge = true;
            return -1;
        }
        s->current.body.append(at, qsizetype(len));
        return 0;
    }
    static int onMessageComplete(http_parser *p)
    {
        HttpParserState *s = self(p);
        s->inMessage = false;
        HttpServerConnection::Pending pending{std::move(s->current),
                                              http_should_keep_alive(p) != 0};
        s->current = HttpRequest();
        s->connection->m_queue.push_back(std::move(pending));
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
    bool inMessage = false;
    bool tooLarge = false;
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
        if (m_connection)
            m_connection->respond(m_id, response);
    }

private:
    QPointer<HttpServerConnection> m_connection;
    quint64 m_id;
};

QByteArray plainReply(int status)
{
    HttpResponse r;
    r.status = status;
    r.headers.add("Content-Type", "text/plain; charset=utf-8");
    r.body = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    return HttpWire::response(r, false, true);
}
} // namespace

HttpServerConnection::HttpServerConnection(HttpServer *server, QTcpSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_timer(new QTimer(this))
    , m_parser(std::make_unique<HttpParserState>(this))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer->setSingleShot(true);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpServerConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpServerConnection::onDisconnected);
    connect(m_timer, &QTimer::timeout, this, &HttpServerConnection::onTimeout);
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpServerConnection::onReadyRead, Qt::QueuedConnection);
}

HttpServerConnection::~HttpServerConnection() = default;

void HttpServerConnection::onReadyRead()
{
    if (m_closing)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    const size_t parsed = http_parser_execute(&m_parser->parser, &HttpParserState::settings(),
                                              data.constData(), size_t(data.size()));
    const auto err = HTTP_PARSER_ERRNO(&m_parser->parser);
    if (m_parser->tooLarge) {
        failAndClose(413);
        return;
    }
    if (err == HPE_HEADER_OVERFLOW) {
        failAndClose(431);
        return;
    }
    if (err != HPE_OK || m_parser->parser.upgrade || parsed != size_t(data.size())) {
        failAndClose(400);
        return;
    }
    dispatchNext();
    armTimer();
}

void HttpServerConnection::dispatchNext()
{
    if (m_outstandingId != 0 || m_queue.empty() || m_closing)
        return;
    Pending &next = m_queue.front();
    m_outstandingId = m_server->nextRequestId();
    m_outstandingHead = next.request.method == "HEAD";
    next.request.remoteAddress = m_socket->peerAddress().toString().toUtf8() + ':' +
                                 QByteArray::number(m_socket->peerPort());
    const quint64 id = m_outstandingId;
    auto writer = std::make_shared<ConnectionResponseWriter>(this, id);
    if (m_server->m_handler)
        m_server->m_handler(id, std::move(next.request), writer);
    else
        respond(id, HttpResponse{503, {}, {}});
}

void HttpServerConnection::respond(quint64 requestId, const HttpResponse &response)
{
    if (requestId != m_outstandingId || m_closing || m_queue.empty())
        return;
    const bool keepAlive =
        m_queue.front().keepAlive &&
        response.headers.value("Connection").compare("close", Qt::CaseInsensitive) != 0;
    m_queue.pop_front();
    m_outstandingId = 0;
    m_socket->write(HttpWire::response(response, m_outstandingHead, !keepAlive));
    if (!keepAlive) {
        close();
        return;
    }
    dispatchNext();
    armTimer();
}

void HttpServerConnection::failAndClose(int status)
{
    // A reply is owed to earlier pipelined requests first; bad input ends the connection, so
    // they are dropped with it (the client sees the error status).
    m_socket->write(plainReply(status));
    close();
}

void HttpServerConnection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_timer->stop();
    m_socket->disconnectFromHost(); // flushes what was written, then disconnected() fires
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void HttpServerConnection::onDisconnected()
{
    m_timer->stop();
    if (m_outstandingId != 0) {
        const quint64 id = m_outstandingId;
        m_outstandingId = 0;
        if (m_server->m_cancel)
            m_server->m_cancel(id);
    }
    m_queue.clear();
    m_closing = true;
    deleteLater();
}

void HttpServerConnection::armTimer()
{
    if (m_closing)
        return;
    if (m_outstandingId != 0) {
        m_timer->stop(); // the engine's own timeouts govern a request being handled
        return;
    }
    const HttpServerLimits &limits = m_server->limits();
    m_timer->start(m_parser->inMessage ? limits.requestTimeoutMs : limits.idleTimeoutMs);
}

void HttpServerConnection::onTimeout()
{
    if (m_parser->inMessage)
        failAndClose(408);
    else
        close();
}

} // namespace Hb::Http
