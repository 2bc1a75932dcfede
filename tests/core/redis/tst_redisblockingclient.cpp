// SPDX-License-Identifier: GPL-3.0-or-later
// The blocking Redis client (connect, AUTH, SELECT, timeouts) against a real redis-server.
#include "core/redis/redisblockingclient.h"
#include "tests/support/redisserver.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Hb;
using Redis::RedisBlockingClient;
using Redis::RedisReply;

namespace {
RedisBlockingClient::Options options(quint16 port, int database = 0, QByteArray password = {},
                                     int timeoutMs = 2000)
{
    return {QStringLiteral("127.0.0.1"), port, database, std::move(password), timeoutMs};
}
} // namespace

class tst_RedisBlockingClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsGetTheirRepliesAndAnErrorReplyIsAReply()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        RedisBlockingClient client(options(redis.port()));
        QVERIFY(client.connect().ok());
        QCOMPARE(client.command({"SET", "k", "text"})->string, QByteArray("OK"));
        const Result<RedisReply> value = client.command({"GET", "k"});
        QVERIFY(value.ok());
        QCOMPARE(value->type, RedisReply::Type::String);
        QCOMPARE(value->string, QByteArray("text"));
        QVERIFY(client.command({"GET", "missing"})->isNil());
        const Result<RedisReply> incr = client.command({"INCR", "k"});
        QVERIFY(incr.ok());
        QVERIFY(incr->isError());
        QVERIFY(client.isConnected());
    }

    void aNonZeroDatabaseIsSelectedOnConnect()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        RedisBlockingClient client(options(redis.port(), 3));
        QVERIFY(client.connect().ok());
        QVERIFY(client.command({"SET", "k", "in-3"}).ok());
        QCOMPARE(redis.cli({QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("GET"),
                            QStringLiteral("k")}),
                 QByteArray("in-3"));
        QCOMPARE(redis.cli({QStringLiteral("EXISTS"), QStringLiteral("k")}), QByteArray("0"));
    }

    void aDatabaseRedisDoesNotHaveFailsTheConnect()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        RedisBlockingClient client(options(redis.port(), 999));
        const Result<void> r = client.connect();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("SELECT 999 failed")),
                 qPrintable(r.error().message));
        QVERIFY(!client.isConnected());
    }

    void aPasswordIsSentWithAuthOnConnect()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        redis.cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("requirepass"),
                   QStringLiteral("s3cret")});

        RedisBlockingClient withPassword(options(redis.port(), 2, "s3cret"));
        QVERIFY(withPassword.connect().ok()); // AUTH precedes SELECT, which needs it
        QCOMPARE(withPassword.command({"PING"})->string, QByteArray("PONG"));

        RedisBlockingClient without(options(redis.port()));
        QVERIFY(without.connect().ok()); // database 0: nothing is sent on connect
        QVERIFY(without.command({"PING"})->isError());

        RedisBlockingClient wrong(options(redis.port(), 0, "nope"));
        const Result<void> r = wrong.connect();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("AUTH failed")),
                 qPrintable(r.error().message));
    }

    void aRedisThatIsNotThereIsUnavailable()
    {
        QTcpServer probe; // a free port nobody listens on once closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        RedisBlockingClient client(options(port, 0, {}, 500));
        const Result<void> r = client.connect();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("cannot connect to Redis at 127.0.0.1:%1").arg(port)),
                 qPrintable(r.error().message));
        QVERIFY(!client.command({"PING"}).ok());
    }

    void aCommandWithNoReplyFailsAtItsTimeoutAndClosesTheConnection()
    {
        // The kernel completes the TCP handshake into the listen backlog; nothing ever
        // answers, since this thread is blocked in the command.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        RedisBlockingClient client(options(silent.serverPort(), 0, {}, 300));
        QVERIFY(client.connect().ok());
        QElapsedTimer timer;
        timer.start();
        const Result<RedisReply> r = client.command({"PING"});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 3000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!client.isConnected());
    }
};

QTEST_GUILESS_MAIN(tst_RedisBlockingClient)
#include "tst_redisblockingclient.moc"
