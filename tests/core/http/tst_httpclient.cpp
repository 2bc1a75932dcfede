// SPDX-License-Identifier: GPL-3.0-or-later
// The upstream client against scripted loopback servers.
#include "core/http/httpclient.h"
#include "tests/support/testupstream.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Hb;
using namespace Hb::Http;

namespace {
// A loopback server that answers each request on a connection with the next canned reply
// (or stays silent, or closes), counting connections.
class ScriptedServer : public QObject
{
public:
    // CloseSecondRequest: answers the first request on a connection, then closes it when the
    // next one arrives (a keep-alive connection the server dropped just as it was reused).
    enum class Mode { Reply, Silent, CloseAtOnce, CloseSecondRequest };
    QList<QByteArray> replies; // used in turn; the last one repeats
    Mode mode = Mode::Reply;
    int connections = 0;
    int requests = 0;
    QList<QTcpSocket *> sockets;

    ScriptedServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                sockets.append(s);
                if (mode == Mode::CloseAtOnce) {
                    s->close();
                    continue;
                }
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_pending[s] += s->readAll();
                    while (m_pending[s].contains("\r\n\r\n")) {
                        m_pending[s].remove(0, m_pending[s].indexOf("\r\n\r\n") + 4);
                        ++requests;
                        if (mode == Mode::CloseSecondRequest && ++m_perSocket[s] > 1) {
                            s->close();
                            return;
                        }
                        if (mode != Mode::Silent && !replies.isEmpty())
                            s->write(replies.size() > 1 ? replies.takeFirst() : replies.first());
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    void dropConnections()
    {
        for (QTcpSocket *s : std::as_const(sockets))
            s->close();
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QHash<QTcpSocket *, int> m_perSocket;
};

Result<HttpResponse> call(HttpClient &client, quint16 port, const QByteArray &method = "GET",
                          int timeoutMs = 5000, const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.target = "/x";
    r.headers.add("Host", "upstream");
    r.body = body;
    std::optional<Result<HttpResponse>> reply;
    bool sync = true;
    client.send(QStringLiteral("127.0.0.1"), port, r, timeoutMs, [&](Result<HttpResponse> res) {
        if (sync)
            qFatal("callback ran inside send()");
        reply = std::move(res);
    });
    sync = false;
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, timeoutMs + 5000))
        return makeError(ErrorCode::Internal, QStringLiteral("no callback"));
    return *reply;
}
} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequentialRequestsReuseOneConnection()
    {
        ScriptedServer upstream;
        upstream.replies = {"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Up: 1\r\n\r\nok"};
        HttpClient client;
        for (int i = 0; i < 3; ++i) {
            const auto r = call(client, upstream.port());
            QVERIFY(r.ok());
            QCOMPARE(r->status, 200);
            QCOMPARE(r->body, QByteArray("ok"));
            QCOMPARE(r->headers.value("X-Up"), QByteArray("1"));
        }
        QCOMPARE(client.connectionsOpened(), quint64(1));
        QCOMPARE(upstream.connections, 1);
    }

    void chunkedReplyIsDecoded()
    {
        ScriptedServer upstream;
        upstream.replies = {"HTTP/1.1 201 Created\r\nTransfer-Encoding: "
                            "chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"};
        HttpClient client;
        const auto r = call(client, upstream.port());
        QVERIFY(r.ok());
        QCOMPARE(r->status, 201);
        QCOMPARE(r->body, QByteArray("abcde"));
    }

    void replyDelimitedByCloseIsComplete()
    {
        ScriptedServer upstream;
        upstream.replies = {"HTTP/1.0 200 OK\r\n\r\nuntil close"};
        HttpClient client;
        HttpRequest r;
        r.target = "/";
        std::optional<Result<HttpResponse>> reply;
        client.send(QStringLiteral("127.0.0.1"), upstream.port(), r, 5000,
                    [&](Result<HttpResponse> res) { reply = std::move(res); });
        QTRY_VERIFY(!upstream.sockets.isEmpty() && upstream.requests == 1);
        upstream.dropConnections();
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QCOMPARE((*reply)->body, QByteArray("until close"));
    }

    void headReplyHasNoBodyDespiteContentLength()
    {
        ScriptedServer upstream;
        upstream.replies = {"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n"};
        HttpClient client;
        const auto r = call(client, upstream.port(), "HEAD");
        QVERIFY(r.ok());
        QVERIFY(r->body.isEmpty());
    }

    void refusedPortIsUnavailable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpClient client;
        const auto r = call(client, port);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(r.error().message));
    }

    void upstreamThatNeverAnswersTimesOut()
    {
        ScriptedServer upstream;
        upstream.mode = ScriptedServer::Mode::Silent;
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const auto r = call(client, upstream.port(), "GET", 300);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY(timer.elapsed() < 3000);
    }

    void upstreamThatClosesAtOnceIsUnavailable()
    {
        ScriptedServer upstream;
        upstream.mode = ScriptedServer::Mode::CloseAtOnce;
        HttpClient client;
        const auto r = call(client, upstream.port());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
    }

    void malformedReplyIsInvalidInput()
    {
        ScriptedServer upstream;
        upstream.replies = {"NOT HTTP AT ALL\r\n\r\n"};
        HttpClient client;
        const auto r = call(client, upstream.port());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }

    void idleConnectionClosedByTheServerIsNotReused()
    {
        ScriptedServer upstream;
        upstream.replies = {"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"};
        HttpClient client;
        QVERIFY(call(client, upstream.port()).ok());
        upstream.dropConnections(); // the server closes the idle connection
        QTest::qWait(50);
        const auto r = call(client, upstream.port());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->body, QByteArray("a"));
        QCOMPARE(upstream.connections, 2);
    }

    void reusedConnectionClosedByTheServerIsRetriedTransparently()
    {
        ScriptedServer upstream;
        upstream.mode = ScriptedServer::Mode::CloseSecondRequest;
        upstream.replies = {"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"};
        HttpClient client;
        QVERIFY(call(client, upstream.port()).ok());
        const auto r = call(client, upstream.port(), "POST", 5000, "payload");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->body, QByteArray("a"));
        QCOMPARE(client.connectionsOpened(), quint64(2));
        QCOMPARE(upstream.requests, 3); // first, the one the server dropped, the retry
    }

    void echoUpstreamSeesTheRequestAsSent()
    {
        Test::TestUpstream upstream;
        QVERIFY(upstream.isListening());
        HttpClient client;
        HttpRequest r;
        r.method = "POST";
        r.target = "/echo?a=1";
        r.headers.add("Host", "upstream");
        r.headers.add("x-lower", "v");
        r.body = "{\"k\":1}";
        std::optional<Result<HttpResponse>> reply;
        client.send(QStringLiteral("127.0.0.1"), upstream.port(), r, 5000,
                    [&](Result<HttpResponse> res) { reply = std::move(res); });
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        const QJsonObject echo = QJsonDocument::fromJson((*reply)->body).object();
        QCOMPARE(echo.value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value(u"path").toString(), QStringLiteral("/echo"));
        QCOMPARE(echo.value(u"query").toString(), QStringLiteral("a=1"));
        QCOMPARE(echo.value(u"body").toString(), QStringLiteral("{\"k\":1}"));
        QCOMPARE(echo.value(u"headers").toObject().value(u"x-lower").toString(),
                 QStringLiteral("v"));
        QCOMPARE(upstream.requestCount(), 1);
        QCOMPARE(upstream.lastRequest().headers.value("Content-Length"), QByteArray("7"));
    }

    void hangingTestUpstreamTimesOutWithinTheTimeout()
    {
        Test::TestUpstream upstream;
        upstream.setHang();
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const auto r = call(client, upstream.port(), "GET", 300);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE(upstream.cancelledCount(), 1); // the client closed that connection
    }

    void slowUpstreamIsAwaitedAndFixedRepliesArriveAsSet()
    {
        Test::TestUpstream upstream;
        upstream.setFixed(418, "teapot", {});
        upstream.setDelayMs(100);
        HttpClient client;
        const auto r = call(client, upstream.port());
        QVERIFY(r.ok());
        QCOMPARE(r->status, 418);
        QCOMPARE(r->body, QByteArray("teapot"));
        const auto late = call(client, upstream.port(), "GET", 30);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::Timeout);
    }

    void upstreamClosingWithoutReplyIsUnavailable()
    {
        Test::TestUpstream upstream;
        upstream.setCloseImmediately();
        HttpClient client;
        const auto r = call(client, upstream.port());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
        QVERIFY(r.error().message.contains(upstream.hostPort()));
        QCOMPARE(upstream.requestCount(), 1); // a fresh connection is not retried
    }

    void interimContinueReplyIsSkipped()
    {
        ScriptedServer upstream;
        upstream.replies = {"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: "
                            "2\r\n\r\nok"};
        HttpClient client;
        const auto r = call(client, upstream.port());
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("ok"));
    }

    void deletingTheClientDropsPendingCallbacks()
    {
        Test::TestUpstream upstream;
        upstream.setHang();
        auto client = std::make_unique<HttpClient>();
        bool called = false;
        HttpRequest request; // HTTP/1.1: the test upstream, like Go's server, wants a Host
        request.headers.add("Host", "upstream");
        client->send(QStringLiteral("127.0.0.1"), upstream.port(), request, 5000,
                     [&](Result<HttpResponse>) { called = true; });
        QTRY_COMPARE(upstream.requestCount(), 1);
        client.reset();
        QTRY_COMPARE(upstream.cancelledCount(), 1);
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void unknownHostIsNotFound()
    {
        HttpClient client;
        HttpRequest r;
        std::optional<Result<HttpResponse>> reply;
        client.send(QStringLiteral("no-such-host.invalid"), 80, r, 5000,
                    [&](Result<HttpResponse> res) { reply = std::move(res); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
