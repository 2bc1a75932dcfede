// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpclient.h"

#include "core/http/httpclientconnection.h"

#include <QDeadlineTimer>

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
    const auto it = m_idle.find(key);
    if (it != m_idle.end()) {
        // Most recently used first: it is the least likely to have been closed by the server.
        while (!it->isEmpty() && !connection) {
            HttpClientConnection *candidate = it->takeLast();
            if (candidate->isReusable())
                connection = candidate;
            else
                candidate->deleteLater();
        }
    }
    const bool reused = connection != nullptr;
    if (!connection)
        connection = new HttpClientConnection(this, host, port);

    const QDeadlineTimer deadline(std::max(1, timeoutMs));
    connection->start(
        request, timeoutMs,
        [this, host, port, request, deadline, reused,
         done = std::move(done)](Result<HttpResponse> result, bool retryable) {
            if (result.ok() || !retryable || !reused) {
                done(std::move(result));
                return;
            }
            // Go's transport retries a request that died on a stale keep-alive connection
            // before any reply byte arrived (transport.go, shouldRetryRequest).
            auto *fresh = new HttpClientConnection(this, host, port);
            fresh->start(request, int(std::max<qint64>(1, deadline.remainingTime())),
                         [done](Result<HttpResponse> second, bool) { done(std::move(second)); });
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

void HttpClient::drop(HttpClientConnection *connection)
{
    const auto it = m_idle.find(connection->poolKey());
    if (it != m_idle.end())
        it->removeOne(connection);
    connection->deleteLater();
}

} // namespace Hb::Http
