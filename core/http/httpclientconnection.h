// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace Hb::Http {

class HttpClient;
struct HttpResponseParser;

// One keep-alive connection to an upstream host:port, carrying one request at a time, on the
// client's thread. Owned by the HttpClient (a child); the client's pool holds it while idle.
class HttpClientConnection : public QObject
{
    Q_OBJECT
public:
    // `retryable` is true when the request failed on a reused connection before any byte of
    // the reply arrived: the server had closed the idle connection, so a fresh one may work.
    using Callback = std::function<void(Result<HttpResponse>, bool retryable)>;

    HttpClientConnection(HttpClient *client, QString host, quint16 port);
    ~HttpClientConnection() override;

    const QString &poolKey() const { return m_poolKey; }
    // Usable for another request (connected, idle, server allowed keep-alive).
    bool isReusable() const;
    // Writes `request` (connecting first when needed) and calls `done` once with the reply or
    // an error, never inside start().
    void start(const HttpRequest &request, int timeoutMs, Callback done);

private:
    friend struct HttpResponseParser;
    void onConnected();
    void onReadyRead();
    void onError();
    void onTimeout();
    void finish(Result<HttpResponse> result, bool retryable);

    HttpClient *m_client;
    QString m_host;
    quint16 m_port;
    QString m_poolKey;
    QTcpSocket *m_socket;
    QTimer *m_timer;
    std::unique_ptr<HttpResponseParser> m_parser;
    QByteArray m_pendingWrite; // request bytes waiting for the connection
    QByteArray m_readBuffer;   // reused for every read
    Callback m_done;
    bool m_reused = false;
    bool m_gotBytes = false;
    bool m_keepAlive = false;
    bool m_busy = false;
    bool m_starting = false; // inside start(): a failure now is reported from the event loop
};

} // namespace Hb::Http
