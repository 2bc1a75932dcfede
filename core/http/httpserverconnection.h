// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QTcpSocket;
class QTimer;

namespace Hb::Http {

class HttpServer;
class HttpRequestParser;

// One client connection of the HTTP front, on the server's thread. Parses requests as bytes
// arrive and hands them to the server's handler one at a time: parsing pauses while a request
// is outstanding, so pipelined requests wait (unparsed) in order and are answered in order.
// Owned by the server (a child); deletes itself (deleteLater) when the socket closes.
class HttpServerConnection : public QObject
{
    Q_OBJECT
public:
    HttpServerConnection(HttpServer *server, QTcpSocket *socket);
    ~HttpServerConnection() override;

    // Writes the reply to request `requestId` (ignored unless it is the one outstanding).
    void respond(quint64 requestId, const HttpResponse &response);
    // Closes the socket without a reply to the outstanding request.
    void abort(quint64 requestId);
    // Closes now when idle, else after the outstanding reply (which then says
    // "Connection: close").
    void shutdown();

private:
    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    void onBytesWritten();
    // Runs the parser over buffered and newly read bytes and dispatches complete requests
    // until one is outstanding, the input is used up or the connection closes. Not reentrant:
    // a handler that answers at once returns here through respond().
    void processInput();
    bool readIntoBuffer();
    void dispatch(HttpRequest request);
    // Refuses the current request with a plain status and closes after writing. `detail`
    // follows the reason phrase as Go's server writes it ("400 Bad Request: invalid header
    // name"); null for Go's plain form ("400 Bad Request").
    void failAndClose(int status, const char *detail = nullptr);
    void armTimer();
    void close();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer *m_timer;
    std::unique_ptr<HttpRequestParser> m_parser;
    QByteArray m_buffer;            // bytes read but not yet parsed (reused between reads)
    qsizetype m_bufferPos = 0;      // first unparsed byte in m_buffer
    QByteArray m_remoteAddress;     // "ip:port", computed once per connection
    quint64 m_outstandingId = 0;    // 0 = none handed out
    bool m_outstandingHead = false; // the outstanding request is HEAD: no body in the reply
    bool m_outstandingKeepAlive = true;
    int m_outstandingMinor = 1;
    bool m_processing = false;
    bool m_draining = false; // shutdown() asked: close after the outstanding reply
    bool m_closing = false;
    bool m_lingering = false; // an error reply is out: input is dropped until the close
    bool m_halfClosed = false;
    bool m_gone = false;    // the socket closed; deleteLater() is pending
    int m_timerMs = -1;     // interval the timer runs with; -1 = stopped
    int m_timedRequest = 0; // the request (HttpRequestParser::messagesBegun) being timed
};

} // namespace Hb::Http
