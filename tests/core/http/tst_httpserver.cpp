// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front against raw bytes from real loopback sockets.
#include "core/http/httpserver.h"
#include "tests/support/rawhttpclient.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Hb;
using namespace Hb::Http;

namespace {
// Replies "<method> <target> <body>" at once, or parks the writer when the target is /park.
struct Fixture
{
    HttpServer server;
    QList<HttpRequest> seen;
    std::shared_ptr<ResponseWriter> parked;
    QList<quint64> cancelled;

    Fixture()
    {
        server.setHandler(
            [this](quint64, HttpRequest request, std::shared_ptr<ResponseWriter> writer) {
                seen.append(request);
                if (request.target == "/park") {
                    parked = writer;
                    return;
                }
                HttpResponse r;
                r.headers.add("Content-Type", "text/plain");
                r.body = request.method + ' ' + request.target + ' ' + request.body;
                writer->respond(r);
            });
        server.setCancelHandler([this](quint64 id) { cancelled.append(id); });
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("listen failed");
    }

    std::unique_ptr<QTcpSocket> connect()
    {
        return Hb::Test::RawHttpClient::connect(server.serverPort());
    }
};

QByteArray readReplies(QTcpSocket &s, int count, int timeoutMs = 5000)
{
    return Hb::Test::RawHttpClient::readReplies(s, count, timeoutMs);
}
} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepAliveServesTwoRequestsOnOneConnection()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("GET /a "));
        s->write("GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("GET /b "));
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 "
                 "HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray replies = readReplies(*s, 3);
        const qsizetype one = replies.indexOf("GET /1 "), two = replies.indexOf("GET /2 "),
                        three = replies.indexOf("GET /3 ");
        QVERIFY(one >= 0 && two > one && three > two);
    }

    void chunkedRequestBodyIsDecoded()
    {
        Fixture f;
        auto s = f.connect();
        s->write("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                 "chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("POST /c hello world"));
        QCOMPARE(f.seen.first().body, QByteArray("hello world"));
        QCOMPARE(f.seen.first().headers.value("transfer-encoding"), QByteArray("chunked"));
    }

    void headersKeepTheirOrderAndSpelling()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /h HTTP/1.1\r\nHost: x\r\nx-lower: 1\r\nX-Multi: a\r\nX-Multi: b\r\n\r\n");
        readReplies(*s, 1);
        const HeaderList &h = f.seen.first().headers;
        QCOMPARE(h.fields().at(1).first, QByteArray("x-lower"));
        QCOMPARE(h.values("x-multi"), (QList<QByteArray>{"a", "b"}));
        QVERIFY(f.seen.first().remoteAddress.startsWith("127.0.0.1:"));
    }

    void pipelinedRequestWaitsWhileTheOneBeforeIsOutstanding()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /park HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(f.parked);
        QTest::qWait(50); // give the second request every chance to be handed out early
        QCOMPARE(f.seen.size(), 1);
        f.parked->respond(HttpResponse{200, {}, "parked"});
        const QByteArray replies = readReplies(*s, 2);
        QCOMPARE(f.seen.size(), 2);
        QVERIFY(replies.indexOf("parked") >= 0);
        QVERIFY(replies.indexOf("parked") < replies.indexOf("GET /next "));
    }

    void oversizedHeadersAreRefusedWith431()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.maxHeaderBytes = 200;
        f.server.setLimits(limits);
        auto ok = f.connect();
        ok->write("GET /small HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReplies(*ok, 1).startsWith("HTTP/1.1 200 "));
        auto s = f.connect();
        s->write("GET /big HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(300, 'a') + "\r\n\r\n");
        const QByteArray reply = readReplies(*s, 1);
        QVERIFY2(reply.startsWith("HTTP/1.1 431 "), reply.constData());
        QVERIFY(reply.endsWith("431 Request Header Fields Too Large"));
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(f.seen.size(), 1);
    }

    void headersArrivingInPiecesCountAgainstTheLimit()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.maxHeaderBytes = 1000;
        f.server.setLimits(limits);
        auto s = f.connect();
        s->write("GET /big HTTP/1.1\r\nHost: x\r\nX-Big: ");
        for (int i = 0; i < 20 && s->state() == QAbstractSocket::ConnectedState; ++i) {
            s->write(QByteArray(100, 'a'));
            QVERIFY(s->waitForBytesWritten(1000) || s->bytesToWrite() == 0);
            QTest::qWait(5);
        }
        QVERIFY(readReplies(*s, 1).startsWith("HTTP/1.1 431 "));
    }

    void responseFramingIsComputed()
    {
        Fixture f;
        f.server.setHandler([](quint64, HttpRequest, std::shared_ptr<ResponseWriter> writer) {
            HttpResponse r;
            r.status = 299;
            r.headers.add("Content-Length", "999");
            r.headers.add("Transfer-Encoding", "chunked");
            r.headers.add("X-Kept", "yes");
            r.body = "abc";
            writer->respond(r);
        });
        auto s = f.connect();
        s->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray reply = readReplies(*s, 1);
        QCOMPARE(reply, QByteArray("HTTP/1.1 299 status code 299\r\nX-Kept: yes\r\n"
                                   "Content-Length: 3\r\n\r\nabc"));
    }

    void oversizedBodyIsRefusedWith413()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.maxBodyBytes = 10;
        f.server.setLimits(limits);
        auto s = f.connect();
        s->write("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n01234567890");
        QVERIFY(readReplies(*s, 1).startsWith("HTTP/1.1 413 "));
        QVERIFY(f.seen.isEmpty());
        auto chunked = f.connect();
        chunked->write("POST /big HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                       "chunked\r\n\r\n6\r\n012345\r\n6\r\n678901\r\n0\r\n\r\n");
        QVERIFY(readReplies(*chunked, 1).startsWith("HTTP/1.1 413 "));
        // A client that sends the whole large body anyway still reads the reply (no RST).
        auto large = f.connect();
        large->write("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 4000000\r\n\r\n" +
                     QByteArray(4000000, 'b'));
        QVERIFY(readReplies(*large, 1).startsWith("HTTP/1.1 413 "));
        QTRY_COMPARE(large->state(), QAbstractSocket::UnconnectedState);
    }

    void malformedRequestIsRefusedWith400AndClosed()
    {
        Fixture f;
        auto s = f.connect();
        s->write("THIS IS NOT HTTP\r\n\r\n");
        QVERIFY(readReplies(*s, 1).startsWith("HTTP/1.1 400 "));
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    }

    void clientLeavingMidRequestLeavesTheServerHealthy()
    {
        Fixture f;
        {
            auto s = f.connect();
            s->write("POST /half HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly");
            QVERIFY(s->waitForBytesWritten(1000) || s->bytesToWrite() == 0);
            QTRY_COMPARE(f.server.connectionCount(), 1);
            s->close();
        }
        QTRY_COMPARE(f.server.connectionCount(), 0);
        QVERIFY(f.seen.isEmpty());
        QVERIFY(f.cancelled.isEmpty());
        auto next = f.connect();
        next->write("GET /next HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReplies(*next, 1).contains("GET /next "));
    }

    void headRepliesCarryNoBody()
    {
        Fixture f;
        auto s = f.connect();
        s->write("HEAD /x HTTP/1.1\r\nHost: x\r\n\r\nGET /y HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray replies = readReplies(*s, 2);
        QVERIFY(!replies.contains("HEAD /x"));
        QVERIFY(replies.contains("Content-Length: 8\r\n"));
        QVERIFY(replies.endsWith("GET /y "));
    }

    void connectionCloseIsHonoured()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("Connection: close\r\n"));
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    }

    void http10WithoutKeepAliveIsClosedAfterTheReply()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /a HTTP/1.0\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("GET /a "));
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    }

    void http10WithKeepAliveStaysOpen()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const QByteArray reply = readReplies(*s, 1);
        QVERIFY(reply.contains("Connection: keep-alive\r\n"));
        s->write("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("GET /b "));
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }

    void handlerAskingToCloseClosesTheConnection()
    {
        Fixture f;
        f.server.setHandler([](quint64, HttpRequest, std::shared_ptr<ResponseWriter> writer) {
            HttpResponse r;
            r.headers.add("Connection", "close");
            writer->respond(r);
        });
        auto s = f.connect();
        s->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReplies(*s, 1).contains("Connection: close\r\n"));
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    }

    void expectContinueGetsAnInterimReply()
    {
        Fixture f;
        auto s = f.connect();
        s->write(
            "POST /e HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QVERIFY(readReplies(*s, 1).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        s->write("ok");
        QVERIFY(readReplies(*s, 1).contains("POST /e ok"));
    }

    void clientLeavingWhileARequestIsOutstandingCancelsItAndALateReplyIsHarmless()
    {
        Fixture f;
        {
            auto s = f.connect();
            s->write("GET /park HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY(f.parked);
            s->abort();
        }
        QTRY_COMPARE(f.cancelled.size(), 1);
        QTRY_COMPARE(f.server.connectionCount(), 0);      // the connection object is deleted
        f.parked->respond(HttpResponse{200, {}, "late"}); // the connection is gone
        f.parked->abort();
        QCOMPARE(f.cancelled.size(), 1);
        auto again = f.connect();
        again->write("GET /after HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReplies(*again, 1).contains("GET /after "));
    }

    void halfARequestThenSilenceTimesOut()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.requestTimeoutMs = 200;
        f.server.setLimits(limits);
        auto s = f.connect();
        s->write("GET /slow HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(readReplies(*s, 1).startsWith("HTTP/1.1 408 "));
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    }

    void idleKeepAliveConnectionIsClosed()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.idleTimeoutMs = 150;
        f.server.setLimits(limits);
        auto s = f.connect();
        s->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        readReplies(*s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 3000);
        QTRY_COMPARE(f.server.connectionCount(), 0);
    }

    void closingTheServerClosesIdleConnectionsAndFinishesOutstandingOnes()
    {
        Fixture f;
        auto idle = f.connect();
        auto busy = f.connect();
        busy->write("GET /park HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(f.parked);
        QTRY_COMPARE(f.server.connectionCount(), 2);
        f.server.close();
        QTRY_COMPARE(idle->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(busy->state(), QAbstractSocket::ConnectedState);
        f.parked->respond(HttpResponse{200, {}, "last"});
        const QByteArray reply = readReplies(*busy, 1);
        QVERIFY(reply.contains("Connection: close\r\n"));
        QVERIFY(reply.endsWith("last"));
        QTRY_COMPARE(busy->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(f.cancelled.isEmpty());
    }

    void listeningOnATakenPortIsAClearError()
    {
        Fixture f;
        HttpServer second;
        const auto r = second.listen(QHostAddress::LocalHost, f.server.serverPort());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains(QString::number(f.server.serverPort())));
        QVERIFY(r.error().message.contains(QStringLiteral("127.0.0.1")));
    }
};

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
