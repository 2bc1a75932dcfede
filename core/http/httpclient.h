// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Hb::Http {

class HttpClientConnection;

// An HTTP/1.1 client for upstream calls on the thread it lives on: a pool of keep-alive
// connections per host:port, responses parsed with http-parser (Content-Length, chunked,
// close-delimited). No QNetworkAccessManager on this path (see docs/performance.md).
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(QObject *parent = nullptr);
    // Closes every connection. Callbacks of requests still in flight are dropped (never
    // called), so whoever deletes the client must not wait for them.
    ~HttpClient() override;

    // Sends `request` (origin-form target, headers as given; Host must be set by the
    // caller) to host:port. `done` is called exactly once on this object's thread, never
    // before send() returns. Errors: ErrorCode::Timeout when no complete response arrived
    // within timeoutMs, ErrorCode::Unavailable when the connection failed or broke,
    // ErrorCode::NotFound when the host name does not resolve, ErrorCode::InvalidInput for a
    // malformed response. A request that fails on a reused keep-alive connection before any
    // byte of the reply arrived is retried once on a fresh connection (the server had closed
    // the idle one), within the same timeout.
    void send(const QString &host, quint16 port, const HttpRequest &request, int timeoutMs,
              Callback done);

    int maxIdlePerHost() const { return m_maxIdlePerHost; }
    void setMaxIdlePerHost(int n) { m_maxIdlePerHost = n; }
    // Connections opened so far (tests check reuse with it).
    quint64 connectionsOpened() const { return m_connectionsOpened; }

private:
    friend class HttpClientConnection;
    void release(HttpClientConnection *connection); // back to the idle pool, or closed
    void drop(HttpClientConnection *connection);    // out of the pool and closed

    QHash<QString, QList<HttpClientConnection *>> m_idle; // "host:port" -> idle connections
    int m_maxIdlePerHost = 32;
    quint64 m_connectionsOpened = 0;
};

} // namespace Hb::Http
