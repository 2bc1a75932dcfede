// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpclientconnection.h"

#include "core/http/headeraccumulator.h"
#include "core/http/httpclient.h"
#include "core/http/httpparserdriver.h"
#include "core/http/httpwire.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

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
        driver.reset(HTTP_RESPONSE, this);
        headRequest = head;
        complete = false;
        response = HttpResponse();
        headers.reset();
    }

    static HttpResponseParser *self(http_parser *p) { return Driver::owner(p); }
    static int onMessageBegin(http_parser *p)
    {
        // Also after an interim 1xx reply: the final one starts afresh.
        self(p)->response = HttpResponse();
        self(p)->headers.reset();
        return 0;
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
        // A reply to HEAD has no body whatever its headers say; 1 tells http-parser so.
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
        // 100 Continue and other interim replies precede the real one (101 ends HTTP here).
        if (s->response.status >= 100 && s->response.status < 200 && s->response.status != 101)
            return 0;
        s->complete = true;
        s->keepAlive = http_should_keep_alive(p) != 0;
        http_parser_pause(p, 1); // one reply per request; bytes after it are checked below
        return 0;
    }
    using Driver = HttpParserDriver<HttpResponseParser>;

    HttpClientConnection *connection;
    Driver driver;
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
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpClientConnection::onError);
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
    m_starting = true;
    m_parser->reset(request.method == "HEAD");
    m_timer->start(std::max(1, timeoutMs));
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_reused = true;
        m_socket->write(HttpWire::request(request));
    } else {
        m_reused = false;
        m_pendingWrite = HttpWire::request(request);
        ++m_client->m_connectionsOpened;
        // With an IP literal Qt connects inside this call and may report a refusal at once.
        m_socket->connectToHost(m_host, m_port);
    }
    m_starting = false;
}

void HttpClientConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_pendingWrite.isEmpty())
        m_socket->write(std::exchange(m_pendingWrite, QByteArray()));
}

void HttpClientConnection::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (!m_busy) {
        // Bytes nobody asked for (or the server's close): the connection is out of step.
        m_keepAlive = false;
        m_socket->abort();
        m_client->drop(this);
        return;
    }
    if (available <= 0)
        return;
    m_readBuffer.resize(qsizetype(available)); // keeps its capacity between reads
    const qint64 n = m_socket->read(m_readBuffer.data(), available);
    if (n <= 0)
        return;
    m_gotBytes = true;
    const size_t parsed = m_parser->driver.execute(m_readBuffer.constData(), size_t(n));
    const auto err = m_parser->driver.error();
    if (m_parser->complete) {
        // Bytes after the reply mean the stream is out of step: do not reuse it.
        m_keepAlive = m_parser->keepAlive && parsed == size_t(n) && m_socket->bytesAvailable() == 0;
        finish(std::move(m_parser->response), false);
        return;
    }
    if (err != HPE_OK) {
        m_keepAlive = false;
        finish(makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Malformed reply from upstream %1: %2")
                             .arg(m_poolKey, QString::fromLatin1(http_errno_description(err)))),
               false);
    }
}

void HttpClientConnection::onError()
{
    m_keepAlive = false;
    if (!m_busy) {
        m_client->drop(this); // an idle connection the server closed
        return;
    }
    const auto error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError && m_gotBytes) {
        // A reply delimited by the connection closing ends here (zero length means EOF).
        m_parser->driver.execute(nullptr, 0);
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
    const QString reason = m_socket->error() == QAbstractSocket::UnknownSocketError
                               ? QStringLiteral("connection closed")
                               : m_socket->errorString();
    finish(makeError(ErrorCode::Unavailable,
                     QStringLiteral("Upstream %1 unavailable: %2").arg(m_poolKey, reason)),
           m_reused && !m_gotBytes);
}

void HttpClientConnection::onTimeout()
{
    m_keepAlive = false;
    // Report first: abort() may emit disconnected(), which must not turn this into another
    // error.
    finish(
        makeError(
            ErrorCode::Timeout,
            QStringLiteral("Upstream %1 sent no complete reply within the timeout").arg(m_poolKey)),
        false);
    m_socket->abort();
}

void HttpClientConnection::finish(Result<HttpResponse> result, bool retryable)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timer->stop();
    Callback done = std::move(m_done);
    m_done = nullptr;
    m_client->release(this); // before `done`, so a follow-up send() may reuse this connection
    if (!done)
        return;
    if (m_starting) {
        // send() promises never to call back before it returns.
        QMetaObject::invokeMethod(
            m_client,
            [done = std::move(done), result = std::move(result), retryable]() mutable {
                done(std::move(result), retryable);
            },
            Qt::QueuedConnection);
        return;
    }
    done(std::move(result), retryable);
}

} // namespace Hb::Http
