// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpserver.h"

#include "core/http/httpserverconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <http_parser.h>

namespace Hb::Http {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    // http-parser's header limit is process-wide; raise it far above any sensible
    // maxHeaderBytes so each server's own limit decides (HttpServerConnection counts).
    static const bool once = [] {
        http_parser_set_max_header_size(1u << 30);
        return true;
    }();
    Q_UNUSED(once)
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot listen on %1:%2: %3")
                                            .arg(address.toString())
                                            .arg(port)
                                            .arg(m_server->errorString()));
    }
    return {};
}

void HttpServer::close()
{
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

int HttpServer::connectionCount() const
{
    return int(findChildren<HttpServerConnection *>(Qt::FindDirectChildrenOnly).size());
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpServerConnection(this, socket);
}

} // namespace Hb::Http
