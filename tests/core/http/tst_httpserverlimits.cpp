// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front under load and abuse, on real loopback sockets: the descriptor limit, the
// connection cap, the listen queue, trickled requests and very many header fields.
#include "core/http/httpserver.h"
#include "core/upstream/echoupstream.h"
#include "tests/support/rawhttpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace Hb;
using namespace Hb::Http;

namespace {
// Answers every request with the echo upstream's JSON (headers joined per name).
struct Fixture
{
    HttpServer server;
    int requests = 0;

    Fixture()
    {
        server.setHandler(
            [this](quint64, HttpRequest request, std::shared_ptr<ResponseWriter> writer) {
                ++requests;
                writer->respond(Upstream::EchoUpstream::echo({}, request));
            });
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("listen failed");
    }

    std::unique_ptr<QTcpSocket> connect()
    {
        return Hb::Test::RawHttpClient::connect(server.serverPort());
    }

    // A plain blocking socket, connected (the kernel completes it from the listen queue
    // whether or not the server has accepted it).
    int rawConnect() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(server.serverPort());
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            qFatal("connect failed");
        return fd;
    }
};

QByteArray readReplies(QTcpSocket &s, int count, int timeoutMs = 5000)
{
    return Hb::Test::RawHttpClient::readReplies(s, count, timeoutMs);
}

// Reads one whole reply: headers, then Content-Length bytes of body.
QByteArray readWholeReply(QTcpSocket &s, int timeoutMs = 10000)
{
    QByteArray all;
    (void)QTest::qWaitFor(
        [&] {
            all += s.readAll();
            const qsizetype end = all.indexOf("\r\n\r\n");
            if (end < 0)
                return s.state() != QAbstractSocket::ConnectedState;
            static const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"));
            const auto m = length.match(QString::fromLatin1(all.left(end)));
            return !m.hasMatch() || all.size() >= end + 4 + m.captured(1).toLongLong();
        },
        timeoutMs);
    return all;
}

// Waits (running the event loop) for a reply on a raw socket.
QByteArray readRaw(int fd, int timeoutMs = 5000)
{
    QByteArray all;
    (void)QTest::qWaitFor(
        [&] {
            char buf[4096];
            const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n > 0)
                all.append(buf, n);
            return all.contains("\r\n\r\n");
        },
        timeoutMs);
    return all;
}

qint64 cpuTimeMs()
{
    rusage u = {};
    getrusage(RUSAGE_SELF, &u);
    return (qint64(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1000 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

int highestOpenDescriptor()
{
    int highest = 0;
    const QStringList fds =
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &name : fds)
        highest = std::max(highest, name.toInt());
    return highest;
}
} // namespace

class tst_HttpServerLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atTheDescriptorLimitAcceptingBacksOffAndResumes()
    {
        Fixture f;
        {
            // A served connection first, as in any running server: the listening socket's
            // last error is then EAGAIN, which Qt's accept loop kept reporting for EMFILE too.
            auto warmUp = f.connect();
            warmUp->write("GET /first HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(readWholeReply(*warmUp).startsWith("HTTP/1.1 200 "));
        }
        QTRY_COMPARE(f.server.connectionCount(), 0);
        // The clients are descriptors of this process too: open them all first, then leave
        // the server room for only a few more.
        std::vector<int> clients;
        for (int i = 0; i < 40; ++i)
            clients.push_back(f.rawConnect());
        auto closeClients = qScopeGuard([&] {
            for (int fd : clients) {
                if (fd >= 0)
                    ::close(fd);
            }
        });
        // Descriptors are allocated lowest first: fill the holes below the highest open one,
        // so exactly five are left under the lowered limit.
        const int highest = highestOpenDescriptor();
        std::vector<int> fillers;
        auto closeFillers = qScopeGuard([&] {
            for (int fd : fillers)
                ::close(fd);
        });
        for (;;) {
            const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (fd < 0 || fd > highest) {
                if (fd >= 0)
                    ::close(fd);
                break;
            }
            fillers.push_back(fd);
        }
        rlimit old = {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &old), 0);
        rlimit low = old;
        low.rlim_cur = rlim_t(highest + 1 + 5);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &old); });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot accept a connection")));

        QTRY_COMPARE(f.server.connectionCount(), 5);
        QTest::qWait(100);
        const int accepted = f.server.connectionCount();
        QCOMPARE(accepted, 5);
        // Connections wait in the queue and accept() fails: the server must not spin.
        const qint64 cpuBefore = cpuTimeMs();
        QTest::qWait(1000);
        const qint64 cpu = cpuTimeMs() - cpuBefore;
        QVERIFY2(cpu < 300, qPrintable(QStringLiteral("%1 ms of CPU in 1 s idle").arg(cpu)));

        // Descriptors come free: a client that was waiting in the queue is served.
        for (int i = 0; i < 10; ++i) {
            ::close(clients[i]);
            clients[i] = -1;
        }
        const int waiting = clients[std::max(10, accepted) + 2];
        const QByteArray request = "GET /again HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(::send(waiting, request.constData(), request.size(), 0), request.size());
        const QByteArray reply = readRaw(waiting);
        QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.constData());
    }

    void connectionsBeyondTheCapWaitUntilOneCloses()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.maxConnections = 2;
        f.server.setLimits(limits);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("2 connections open, the limit")));
        auto a = f.connect();
        auto b = f.connect();
        auto c = f.connect(); // completed by the kernel; the server does not accept it yet
        QVERIFY(a && b && c);
        QTRY_COMPARE(f.server.connectionCount(), 2);
        c->write("GET /third HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::qWait(200);
        QCOMPARE(f.requests, 0);
        QCOMPARE(f.server.connectionCount(), 2);
        a->abort();
        QVERIFY(readReplies(*c, 1).startsWith("HTTP/1.1 200 "));
        QCOMPARE(f.requests, 1);
        QCOMPARE(f.server.connectionCount(), 2);
    }

    void aBurstOfConnectsFitsTheListenQueue()
    {
        Fixture f;
        constexpr int Burst = 300;
        QVERIFY2(HttpServer::listenBacklog() > Burst,
                 qPrintable(QString::number(HttpServer::listenBacklog())));
        // The event loop does not run here, so nothing is accepted: every handshake must be
        // completed by the listen queue alone (Qt's default queue of 50 drops the rest).
        sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(f.server.serverPort());
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::vector<pollfd> fds;
        auto closeAll = qScopeGuard([&] {
            for (const pollfd &p : fds)
                ::close(p.fd);
        });
        for (int i = 0; i < Burst; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            fds.push_back({fd, POLLOUT, 0});
            const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            QVERIFY(rc == 0 || errno == EINPROGRESS);
        }
        QElapsedTimer clock;
        clock.start();
        int connected = 0;
        while (clock.elapsed() < 500) {
            connected = 0;
            ::poll(fds.data(), nfds_t(fds.size()), 50);
            for (const pollfd &p : fds) {
                int error = 0;
                socklen_t len = sizeof error;
                if ((p.revents & POLLOUT) &&
                    getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &error, &len) == 0 && error == 0)
                    ++connected;
            }
            if (connected == Burst)
                break;
        }
        QCOMPARE(connected, Burst);
        QTRY_COMPARE_WITH_TIMEOUT(f.server.connectionCount(), Burst, 10000);
    }

    void aTrickledRequestTimesOutFromItsFirstByte()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.requestTimeoutMs = 400;
        f.server.setLimits(limits);
        auto s = f.connect();
        QElapsedTimer clock;
        clock.start();
        s->write("GET /slow HTTP/1.1\r\nHost: x\r\n");
        QByteArray reply;
        // A field every 50 ms: each read used to re-arm the timeout, so it never fired.
        while (clock.elapsed() < 3000 && !reply.contains("\r\n\r\n") &&
               s->state() == QAbstractSocket::ConnectedState) {
            s->write("X-More: 1\r\n");
            QTest::qWait(50);
            reply += s->readAll();
        }
        QVERIFY2(reply.startsWith("HTTP/1.1 408 "), reply.constData());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(f.requests, 0);
    }

    void aRequestCompletedBeforeTheTimeoutIsServedAndTheNextIsTimedAfresh()
    {
        Fixture f;
        HttpServerLimits limits;
        limits.requestTimeoutMs = 400;
        f.server.setLimits(limits);
        auto s = f.connect();
        for (int request = 0; request < 2; ++request) {
            s->write("GET /steady HTTP/1.1\r\nHost: x\r\n");
            for (int i = 0; i < 5; ++i) {
                QTest::qWait(50);
                s->write("X-More: 1\r\n");
            }
            s->write("\r\n");
            QVERIFY(readReplies(*s, 1).startsWith("HTTP/1.1 200 "));
            QTest::qWait(150); // idle between requests does not count against the next
        }
        QCOMPARE(f.requests, 2);
    }

    void aHundredThousandHeadersOverTheCapAreRefusedWith431Quickly()
    {
        Fixture f;
        QByteArray request = "GET /many HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 100000; ++i)
            request += "X-Header-" + QByteArray::number(i) + ": value\r\n";
        request += "\r\n";
        QVERIFY(request.size() > f.server.limits().maxHeaderBytes);
        auto s = f.connect();
        QElapsedTimer clock;
        clock.start();
        s->write(request);
        const QByteArray reply = readReplies(*s, 1);
        QVERIFY2(reply.startsWith("HTTP/1.1 431 "), reply.left(200).constData());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(f.requests, 0);
    }

    void aHundredAndFiftyThousandRepeatedHeadersUnderTheCapAreEchoedQuickly()
    {
        // Under Go's 1 MiB header limit, so Go's server takes it too.
        Fixture f;
        QByteArray request = "GET /many HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 150000; ++i)
            request += "A: b\r\n";
        request += "\r\n";
        auto s = f.connect();
        QElapsedTimer clock;
        clock.start();
        s->write(request);
        const QByteArray reply = readWholeReply(*s);
        QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.left(200).constData());
        QVERIFY(reply.contains("\"A\": \"b, b, b"));
        QVERIFY(reply.size() > 150000 * 3);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void fiveThousandDistinctHeadersAreEchoedWellUnderASecond()
    {
        Fixture f;
        QByteArray request = "GET /distinct HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 5000; ++i)
            request += "X-Field-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
        request += "\r\n";
        auto s = f.connect();
        QElapsedTimer clock;
        clock.start();
        s->write(request);
        const QByteArray reply = readWholeReply(*s);
        QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.left(200).constData());
        QVERIFY(reply.contains("\"X-Field-4999\": \"4999\""));
        QVERIFY2(clock.elapsed() < 300, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_HttpServerLimits)
#include "tst_httpserverlimits.moc"
