// SPDX-License-Identifier: GPL-3.0-or-later
// How strictly the HTTP front reads requests, against raw bytes on loopback sockets: what
// Go's net/http server (and so Tyk) refuses is refused with Go's status and text.
#include "core/http/httpserver.h"
#include "tests/support/rawhttpclient.h"

#include <QTcpSocket>
#include <QTest>

using namespace Hb;
using namespace Hb::Http;

namespace {
struct Fixture
{
    HttpServer server;
    QList<HttpRequest> seen;

    Fixture()
    {
        server.setHandler(
            [this](quint64, HttpRequest request, std::shared_ptr<ResponseWriter> writer) {
                seen.append(request);
                writer->respond(HttpResponse{200, {}, "ok"});
            });
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("listen failed");
    }

    std::unique_ptr<QTcpSocket> connect()
    {
        return Hb::Test::RawHttpClient::connect(server.serverPort());
    }
};

// Reads until the server closes the connection or a 200 reply is complete.
QByteArray readReply(QTcpSocket &s)
{
    QByteArray all;
    (void)QTest::qWaitFor(
        [&] {
            all += s.readAll();
            return (all.startsWith("HTTP/1.1 200 ") && all.endsWith("ok")) ||
                   s.state() != QAbstractSocket::ConnectedState;
        },
        5000);
    all += s.readAll();
    return all;
}

// Sends `bytes` one read at a time, as a slow client does, so every split point is crossed.
void trickle(QTcpSocket &s, const QByteArray &bytes)
{
    for (char c : bytes) {
        s.write(&c, 1);
        s.flush();
        QTest::qWait(1);
    }
}
} // namespace

class tst_HttpServerParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void malformedRequestsAreRefusedAsGoRefusesThem_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("reply");
        const QByteArray bad = "HTTP/1.1 400 Bad Request\r\n";
        // server.go, readRequest: httpguts.ValidHeaderFieldName.
        QTest::newRow("space before the colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request: invalid header name\r\n");
        // textproto, readMIMEHeader: "malformed MIME header initial line".
        QTest::newRow("first header line starts with a space")
            << QByteArray("GET / HTTP/1.1\r\n Host: x\r\n\r\n") << bad;
        // internal/chunked.go: "malformed chunked encoding".
        QTest::newRow("chunk data without its CRLF")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5\r\nhelloXY0\r\n\r\n")
            << bad;
        QTest::newRow("chunk data with only its CR")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5\r\nhello\rX0\r\n\r\n")
            << bad;
        // server.go, http1ServerSupportsRequest.
        QTest::newRow("HTTP/9.9")
            << QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 505 HTTP Version Not Supported: unsupported protocol "
                          "version\r\n");
        QTest::newRow("HTTP/2.0")
            << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 505 HTTP Version Not Supported: unsupported protocol "
                          "version\r\n");
        // request.go, parseRequestLine: "malformed HTTP request".
        QTest::newRow("request line without a version") << QByteArray("GET /\r\n\r\n") << bad;
        // server.go, readRequest: HTTP/1.1 needs a Host header, and a valid one.
        QTest::newRow("HTTP/1.1 without Host")
            << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request: missing required Host header\r\n");
        QTest::newRow("absolute target without Host")
            << QByteArray("GET http://example.com/ HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request: missing required Host header\r\n");
        QTest::newRow("Host with a space")
            << QByteArray("GET / HTTP/1.1\r\nHost: a b\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request: malformed Host header\r\n");
        QTest::newRow("Host with a slash")
            << QByteArray("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request: malformed Host header\r\n");
        // request.go, readRequest: "too many Host headers", without a reason on the wire.
        QTest::newRow("two Host headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n") << bad;
    }

    void hostHeadersGoAcceptsAreServed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n");
        QTest::newRow("empty Host") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n");
        QTest::newRow("IPv6 literal with port and zone")
            << QByteArray("GET / HTTP/1.1\r\nHost: [fe80::1%25eth0]:8080\r\n\r\n");
        QTest::newRow("sub-delims")
            << QByteArray("GET / HTTP/1.1\r\nHost: a!$&'()*+,;=~_-.b\r\n\r\n");
    }

    void hostHeadersGoAcceptsAreServed()
    {
        QFETCH(QByteArray, request);
        Fixture f;
        auto s = f.connect();
        s->write(request);
        const QByteArray got = readReply(*s);
        QVERIFY2(got.startsWith("HTTP/1."), got.constData());
        QVERIFY2(!got.mid(9, 3).startsWith("4"), got.constData());
        QCOMPARE(f.seen.size(), 1);
    }

    void malformedRequestsAreRefusedAsGoRefusesThem()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, reply);
        Fixture f;
        auto s = f.connect();
        s->write(request);
        const QByteArray got = readReply(*s);
        QVERIFY2(got.startsWith(reply), got.constData());
        // The body repeats the status line's text, as Go's does.
        const QByteArray text = reply.mid(9, reply.size() - 11);
        QVERIFY2(got.endsWith(QByteArray("\r\n\r\n").append(text)), got.constData());
        QVERIFY(f.seen.isEmpty());
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    }

    void theSameMalformedRequestsTrickledByteByByteAreRefusedToo()
    {
        Fixture f;
        auto s = f.connect();
        trickle(*s, "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\rX");
        QVERIFY(readReply(*s).startsWith("HTTP/1.1 400 Bad Request\r\n"));
        auto t = f.connect();
        trickle(*t, "GET / HTTP/1.1\r\nX-A: 1\r\nHost : x\r\n\r\n");
        QVERIFY(readReply(*t).startsWith("HTTP/1.1 400 Bad Request: invalid header name\r\n"));
        QVERIFY(f.seen.isEmpty());
    }

    void wellFormedChunksTrickledByteByBytePass()
    {
        Fixture f;
        auto s = f.connect();
        trickle(*s, "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        QVERIFY(readReply(*s).startsWith("HTTP/1.1 200 "));
        QCOMPARE(f.seen.size(), 1);
        QCOMPARE(f.seen.first().body, QByteArray("hello world"));
    }

    void foldedHeaderLinesAreJoinedWithOneSpace()
    {
        // textproto, readContinuedLineSlice: Go takes obs-fold and joins the lines with one
        // space, trimming the white space around the break.
        Fixture f;
        auto s = f.connect();
        s->write("GET / HTTP/1.1\r\nHost: x\r\nX-Folded: a  \r\n \t b \r\nX-Next: c \r\n\r\n");
        QVERIFY(readReply(*s).startsWith("HTTP/1.1 200 "));
        QCOMPARE(f.seen.size(), 1);
        QCOMPARE(f.seen.first().headers.value("X-Folded"), QByteArray("a b"));
        QCOMPARE(f.seen.first().headers.value("X-Next"), QByteArray("c"));
    }

    void valuesCutBetweenReadsAreNotTakenForFolds()
    {
        Fixture f;
        auto s = f.connect();
        trickle(*s,
                "GET / HTTP/1.1\r\nHost: x\r\nX-Long: hello world\r\nX-Folded: a\r\n  b\r\n\r\n");
        QVERIFY(readReply(*s).startsWith("HTTP/1.1 200 "));
        QCOMPARE(f.seen.size(), 1);
        QCOMPARE(f.seen.first().headers.value("X-Long"), QByteArray("hello world"));
        QCOMPARE(f.seen.first().headers.value("X-Folded"), QByteArray("a b"));
    }

    void http10And11AreServed()
    {
        Fixture f;
        auto s = f.connect();
        s->write("GET / HTTP/1.0\r\n\r\n");
        QVERIFY(readReply(*s).startsWith("HTTP/1.1 200 "));
        auto t = f.connect();
        t->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readReply(*t).startsWith("HTTP/1.1 200 "));
    }
};

QTEST_GUILESS_MAIN(tst_HttpServerParsing)
#include "tst_httpserverparsing.moc"
