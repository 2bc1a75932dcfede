// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QObject>

#include <deque>
#include <memory>

class QTcpSocket;
class QTimer;

namespace Hb::Http {

class HttpServer;
struct HttpParserState;

// One client connection of the HTTP front: parses requests as bytes arrive, hands them to
// the server's handler one at a time (pipelined requests wait in order) and writes each
// reply. Deletes itself when the socket closes.
class HttpServerConnection : public QObject
{
    Q_OBJECT
public:
    HttpServerConnection(HttpServer *server, QTcpSocket *socket);
    ~HttpServerConnection() override;

    // Writes the reply to request `requestId` (ignored unless it is the one outstanding).
    void respond(quint64 requestId, const HttpResponse &response);

private:
    friend struct HttpParserState;
    struct Pending
    {
        HttpRequest request;
        bool keepAlive = true;
    };

    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    // Refuses the current request with a plain status and closes after writing.
    void failAndClose(int status);
    void dispatchNext();
    void armTimer();
    void close();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer *m_timer;
    std::unique_ptr<HttpParserState> m_parser;
    std::deque<Pending> m_queue; // complete requests not yet answered; front is outstanding
    quint64 m_outstandingId = 0; // 0 = none handed out
    bool m_outstandingHead = false;
    bool m_closing = false;
};

} // namespace Hb::Http
