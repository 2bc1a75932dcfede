// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/http/httpserver.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Hb::Test {

// A real loopback HTTP upstream for tests, built on the project's HttpServer: listens on
// 127.0.0.1 on a free port from construction on. How it answers is set per test and can be
// changed between requests; it counts requests and keeps the last one. Lives on the test
// thread.
class TestUpstream : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Echo,             // 200 application/json: method, target, path, query, headers, body
        Fixed,            // the status, headers and body given to setFixed()
        Hang,             // never answers (the request is held until the upstream is deleted)
        CloseImmediately, // closes the connection without a reply once a request arrived
    };

    explicit TestUpstream(QObject *parent = nullptr);
    ~TestUpstream() override;

    // False (and qWarning) when 127.0.0.1 could not be bound; tests QVERIFY it.
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "127.0.0.1:<port>" and "http://127.0.0.1:<port>" for API definitions.
    QString hostPort() const;
    QString url() const;

    Mode mode() const { return m_mode; }
    void setEcho() { m_mode = Mode::Echo; }
    void setFixed(int status, const QByteArray &body, const Http::HeaderList &headers = {});
    void setHang() { m_mode = Mode::Hang; }
    void setCloseImmediately() { m_mode = Mode::CloseImmediately; }
    // Echo and Fixed replies wait this long (0 = answer at once).
    void setDelayMs(int ms) { m_delayMs = ms; }

    int requestCount() const { return m_requestCount; }
    // Requests whose client went away before the reply (see HttpServer's cancel handler).
    int cancelledCount() const { return m_cancelledCount; }
    const Http::HttpRequest &lastRequest() const { return m_lastRequest; }
    Http::HttpServer &server() { return m_server; }

    // The echo body for `request` (public so tests can compare with it).
    static QByteArray echoBody(const Http::HttpRequest &request);

Q_SIGNALS:
    // After a request was counted and recorded, before it is answered.
    void requestReceived();

private:
    void handle(Http::HttpRequest request, std::shared_ptr<Http::ResponseWriter> writer);

    Http::HttpServer m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Echo;
    int m_delayMs = 0;
    Http::HttpResponse m_fixed;
    int m_requestCount = 0;
    int m_cancelledCount = 0;
    Http::HttpRequest m_lastRequest;
    QList<std::shared_ptr<Http::ResponseWriter>> m_held; // Hang mode: never answered
};

} // namespace Hb::Test
