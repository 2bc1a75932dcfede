// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpclient.h"

#include "core/http/httpclientconnection.h"

#include <QTimer>

namespace Hb::Http {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{}

// Connections are children; deleting them drops pending callbacks (documented in the header).
HttpClient::~HttpClient() = default;

void HttpClient::send(const QString &host, quint16 port, const HttpRequest &request, int timeoutMs,
                      Callback done)
{
    const QString key = host + u':' + QString::number(port);
    HttpClientConnection *connection = nullptr;
    QList<HttpClientConnection *> &idle = m_idle[key];
    while (!idle.isEmpty() && !connection) {
        HttpClientConnection *candidate = idle.takeLast();
        if (candidate->isReusable())
            connection = candidate;
        else
            candidate->deleteLater();
    }
    const bool reused = connection != nullptr;
    if (!connection)
        connection = new HttpClientConnection(this, host, port);

    // The callback must not run inside send(); connection failures are reported from the
    // event loop anyway, and replies need at least one read.
    connection->start(request, timeoutMs,
                      [this, host, port, request, timeoutMs, done, reused](Result<HttpResponse> r,
                                                                           bool retryable) {
                          if (!r.ok() && retryable && reused) {
                              // Go's transport retries a request that died on a stale keep-alive
                              // connection.
                              auto *fresh = new HttpClientConnection(this, host, port);
                              fresh->start(
                                  request, timeoutMs,
                                  [done](Result<HttpResponse> r2, bool) { done(std::move(r2)); });
                              return;
                          }
                          done(std::move(r));
                      });
}

void HttpClient::release(HttpClientConnection *connection)
{
    if (!connection->isReusable()) {
        connection->deleteLater();
        return;
    }
    QList<HttpClientConnection *> &idle = m_idle[connection->poolKey()];
    if (idle.size() >= m_maxIdlePerHost) {
        connection->deleteLater();
        return;
    }
    idle.append(connection);
}

} // namespace Hb::Http
