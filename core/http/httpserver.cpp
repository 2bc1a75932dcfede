// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpserver.h"

#include "core/http/httpserverconnection.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Hb::Http {

namespace {
// Accepts per notification before the event loop gets a turn (the notifier fires again while
// connections wait), so a flood of connects does not starve requests in progress.
constexpr int AcceptBatch = 64;
// Back-off after an accept fails for lack of descriptors: doubles from the first to the last.
// Go's Server.Serve does the same from 5 ms to 1 s (net/http/server.go); a shorter ceiling
// resumes sooner once a connection closes.
constexpr int FirstAcceptDelayMs = 10;
constexpr int LastAcceptDelayMs = 100;
constexpr qint64 WarningIntervalMs = 60000;
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_acceptRetry(new QTimer(this))
{
    // http-parser's header limit is process-wide; raise it far above any sensible
    // maxHeaderBytes so each server's own limit decides (HttpServerConnection counts).
    static const bool once = [] {
        http_parser_set_max_header_size(1u << 30);
        return true;
    }();
    Q_UNUSED(once)
    m_acceptRetry->setSingleShot(true);
    connect(m_acceptRetry, &QTimer::timeout, this, &HttpServer::updateAccepting);
#ifndef Q_OS_LINUX
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onAcceptReady);
#endif
}

HttpServer::~HttpServer()
{
    delete m_acceptNotifier; // before the QTcpServer child closes its descriptor
}

void HttpServer::setLimits(const HttpServerLimits &limits)
{
    m_limits = limits;
    updateAccepting();
}

int HttpServer::listenBacklog()
{
    QFile file(QStringLiteral("/proc/sys/net/core/somaxconn"));
    bool ok = false;
    int n = 0;
    if (file.open(QIODevice::ReadOnly))
        n = file.readAll().trimmed().toInt(&ok);
    // The kernel caps the backlog at somaxconn anyway; Go caps it at 65535 as the field
    // was 16 bits wide before Linux 4.1.
    return ok && n > 0 ? std::min(n, 65535) : 4096;
}

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    // Qt listens with a queue of 50: a burst of connects beyond it overflows and waits for
    // SYN retransmits (a second and more each).
    m_server->setListenBacklogSize(listenBacklog());
    if (!m_server->listen(address, port)) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot listen on %1:%2: %3")
                                            .arg(address.toString())
                                            .arg(port)
                                            .arg(m_server->errorString()));
    }
#ifdef Q_OS_LINUX
    // QTcpServer's socket engine keeps the first accept error it records: once the listening
    // socket has seen EAGAIN, EMFILE reads as that temporary error too and QTcpServer is
    // notified again at once while the connection waits in the queue, a busy loop (a first
    // EMFILE instead pauses it for good). So we accept ourselves and back off; QTcpServer only
    // owns the listening socket.
    m_server->pauseAccepting();
    m_acceptNotifier =
        new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &HttpServer::onAcceptReady);
#endif
    updateAccepting();
    return {};
}

void HttpServer::close()
{
    delete m_acceptNotifier; // before its descriptor closes
    m_acceptNotifier = nullptr;
    m_acceptRetry->stop();
    m_server->close();
    const auto connections = findChildren<HttpServerConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpServerConnection *connection : connections)
        connection->shutdown();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

void HttpServer::onAcceptReady()
{
#ifdef Q_OS_LINUX
    const int listener = int(m_server->socketDescriptor());
    for (int i = 0; i < AcceptBatch && m_connectionCount < m_limits.maxConnections; ++i) {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                backOffAccepting(); // EMFILE, ENFILE, ENOBUFS, ENOMEM
            break;
        }
        m_acceptDelayMs = 0;
        auto *socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(fd)) {
            ::close(fd);
            delete socket;
            continue;
        }
        adopt(socket);
    }
#else
    while (m_connectionCount < m_limits.maxConnections) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        adopt(socket);
    }
#endif
    updateAccepting();
}

void HttpServer::adopt(QTcpSocket *socket)
{
    ++m_connectionCount;
    new HttpServerConnection(this, socket);
    if (m_connectionCount >= m_limits.maxConnections) {
        warnRateLimited(m_lastCapWarning,
                        QStringLiteral("HTTP server: %1 connections open, the limit; new ones "
                                       "wait in the listen queue")
                            .arg(m_connectionCount));
    }
}

void HttpServer::backOffAccepting()
{
    m_acceptDelayMs = m_acceptDelayMs == 0 ? FirstAcceptDelayMs
                                           : std::min(m_acceptDelayMs * 2, LastAcceptDelayMs);
    if (m_acceptDelayMs == FirstAcceptDelayMs) {
        warnRateLimited(m_lastAcceptWarning,
                        QStringLiteral("HTTP server: cannot accept a connection (%1); retrying")
                            .arg(QString::fromLocal8Bit(strerror(errno))));
    }
    m_acceptRetry->start(m_acceptDelayMs);
}

void HttpServer::updateAccepting()
{
    const bool accept = m_connectionCount < m_limits.maxConnections && !m_acceptRetry->isActive();
#ifdef Q_OS_LINUX
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(accept);
#else
    if (m_server->isListening()) {
        if (accept)
            m_server->resumeAccepting();
        else
            m_server->pauseAccepting();
        if (accept && m_server->hasPendingConnections())
            QMetaObject::invokeMethod(this, &HttpServer::onAcceptReady, Qt::QueuedConnection);
    }
#endif
}

void HttpServer::connectionClosed()
{
    --m_connectionCount;
    updateAccepting();
}

void HttpServer::warnRateLimited(QElapsedTimer &last, const QString &message)
{
    if (last.isValid() && last.elapsed() < WarningIntervalMs)
        return;
    last.start();
    qWarning("%s", qPrintable(message));
}

} // namespace Hb::Http
