// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpclientconnection.h"

#include "core/http/headeraccumulator.h"
#include "core/http/httpclient.h"
#include "core/http/httpwire.h"

#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>

namespace Hb::Http {

// http-parser in response mode, assembling one HttpResponse.
struct HttpResponseParser
{
    explicit HttpResponseParser(HttpClientConnection *owner)
        : connection(owner)
    {
        reset(false);
    }

    void reset(bool head)
    {
        http_parser_init(&parser, HTTP_RESPONSE);
        parser.data = this;
        response = HttpResponse();
        headers.reset();
        complete = false;
        headRequest = head;
    }

    static HttpResponseParser *self(http_parser *p)
    {
        return static_cast<HttpResponseParser *>(p->data);
    }
    static int onHeaderField(http_parser *p, const char *at, size_t len)
    {
        self(p)->headers.onField(self(p)->response.headers, at, len);
        return 0;
    }
    static int onHeaderValue(http_parser *p, const char *at, size_t len)
    {
        self(p)->headers.onValue(at, len);
        return 0;
    }
    static int onHeadersComplete(http_parser *p)
    {
        HttpResponseParser *s = self(p);
        s->headers.flush(s->response.headers);
        s->response.status = int(p->status_code);
        // A reply to HEAD has no body whatever its headers say.
        return s->headRequest ? 1 : 0;
    }
    static int onBody(http_parser *p, const char *at, size_t len)
    {
        self(p)->response.body.append(at, qsizetype(len));
        return 0;
    }
    static int onMessageComplete(http_parser *p)
    {
        HttpResponseParser *s = self(p);
        s->complete = true;
        s->keepAlive = http_should_keep_alive(p) != 0;
        http_parser_pause(p, 1); // one reply per request; extra bytes are a protocol error
        return 0;
    }
    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings v = {};
            v.on_header_field = &onHeaderField;
            v.on_header_value = &onHeaderValue;
            v.on_headers_complete = &onHeadersComplete;
            v.on_body = &onBody;
            v.on_message_complete = &onMessageComplete;
            return v;
        }();
        return s;
    }

    HttpClientConnection *connection;
    http_parser parser;
    HttpResponse response;
    HeaderAccumulator headers;
    bool complete = false;
    bool keepAlive = false;
    bool headRequest = false;
};

HttpClientConnection::HttpClientConnection(HttpClient *client, QString host, quint16 port)
    : QObject(client)
    , m_client(client)
    , m_host(std::move(host))
    , m_port(port)
    , m_poolKey(m_host + u':' + QString::number(m_port))
    , m_socket(new QTcpSocket(this))
    , m_timer(new QTimer(this))
    , m_parser(std::make_unique<HttpResponseParser>(this))
{
    m_timer->setSingleShot(true);
    connect(m_socket, &QTcpSocket::connected, this, &HttpClientConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpClientConnection::onError);
    connect(m_timer, &QTimer::timeout, this, &HttpClientConnection::onTimeout);
}

HttpClientConnection::~HttpClientConnection() = default;

bool HttpClientConnection::isReusable() const
{
    return !m_busy && m_keepAlive && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpClientConnection::start(const HttpRequest &request, int timeoutMs, Callback done)
{
    m_done = std::move(done);
    m_busy = true;
    m_gotBytes = false;
    m_parser->reset(request.method == "HEAD");
    m_timer->start(std::max(1, timeoutMs));
    const QByteArray bytes = HttpWire::request(request);
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_reused = true;
        m_socket->write(bytes);
        return;
    }
    m_reused = false;
    m_pendingWrite = bytes;
    ++m_client->m_connectionsOpened;
    m_socket->connectToHost(m_host, m_port);
}

void HttpClientConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_pendingWrite.isEmpty())
        m_socket->write(std::exchange(m_pendingWrite, QByteArray()));
}

void HttpClientConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!m_busy) {
        // Bytes nobody asked for: the connection is out of step; drop it.
        m_keepAlive = false;
        m_socket->abort();
        return;
    }
    m_gotBytes = m_gotBytes || !data.isEmpty();
    http_parser_execute(&m_parser->parser, &HttpResponseParser::settings(), data.constData(),
                        size_t(data.size()));
    const auto err = HTTP_PARSER_ERRNO(&m_parser->parser);
    if (m_parser->complete) {
        m_keepAlive = m_parser->keepAlive;
        finish(std::move(m_parser->response), false);
        return;
    }
    if (err != HPE_OK) {
        m_keepAlive = false;
        finish(makeError(ErrorCode::InvalidInput,
                         QStringLiteral("malformed reply from %1: %2")
                             .arg(m_poolKey, QString::fromLatin1(http_errno_description(err)))),
               false);
    }
}

void HttpClientConnection::onError()
{
    m_keepAlive = false;
    if (!m_busy)
        return; // an idle connection closed by the server; the pool drops it
    const auto error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError && m_gotBytes) {
        // A reply delimited by the connection closing ends here.
        http_parser_execute(&m_parser->parser, &HttpResponseParser::settings(), nullptr, 0);
        if (m_parser->complete) {
            finish(std::move(m_parser->response), false);
            return;
        }
    }
    if (error == QAbstractSocket::HostNotFoundError) {
        finish(makeError(ErrorCode::NotFound,
                         QStringLiteral("Upstream host lookup failed: %1").arg(m_host)),
               false);
        return;
    }
    finish(makeError(ErrorCode::Unavailable,
                     QStringLiteral("%1: %2").arg(m_poolKey, m_socket->errorString())),
           m_reused && !m_gotBytes);
}

void HttpClientConnection::onTimeout()
{
    m_keepAlive = false;
    m_socket->abort();
    finish(makeError(ErrorCode::Timeout,
                     QStringLiteral("%1: no complete reply in time").arg(m_poolKey)),
           false);
}

void HttpClientConnection::finish(Result<HttpResponse> result, bool retryable)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timer->stop();
    Callback done = std::move(m_done);
    m_done = nullptr;
    m_client->release(this);
    if (done)
        done(std::move(result), retryable);
}

} // namespace Hb::Http
