// SPDX-License-Identifier: GPL-3.0-or-later
// Browsing a Redis's sessions read-only, against a real redis-server.
#include "core/session/redissessionbrowser.h"
#include "tests/support/redisserver.h"

#include <QTcpServer>
#include <QTest>

using namespace Hb;

class TestRedisSessionBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOnlySessionKeysWithTheirJsonAndTtl()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        redis.cli({QStringLiteral("SET"), QStringLiteral("apikey-b"), QStringLiteral("{}")});
        redis.cli({QStringLiteral("SET"), QStringLiteral("apikey-a"),
                   QStringLiteral("{\"rate\":5}"), QStringLiteral("EX"), QStringLiteral("100")});
        redis.cli({QStringLiteral("SET"), QStringLiteral("quota-a"), QStringLiteral("1")});
        Session::RedisSessionBrowser browser;
        QVERIFY(browser.connect(QStringLiteral("127.0.0.1"), redis.port(), 0).ok());
        const auto keys = browser.sessionKeys();
        QVERIFY(keys.ok());
        QCOMPARE(*keys, (QStringList{QStringLiteral("apikey-a"), QStringLiteral("apikey-b")}));
        const auto a = browser.session(QStringLiteral("apikey-a"));
        QVERIFY(a.ok());
        QCOMPARE(a->value, QByteArray("{\"rate\":5}"));
        QVERIFY(a->ttlSecs > 90 && a->ttlSecs <= 100);
        QCOMPARE(browser.session(QStringLiteral("apikey-b"))->ttlSecs, qint64(-1));
        QVERIFY(!browser.session(QStringLiteral("apikey-gone")).ok());
        // Read-only: nothing was written.
        QCOMPARE(redis.cli({QStringLiteral("DBSIZE")}), QByteArray("3"));
    }

    void aRedisThatIsNotThereIsAClearError()
    {
        QTcpServer probe; // a free port nobody listens on once closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Session::RedisSessionBrowser browser;
        const Result<void> r = browser.connect(QStringLiteral("127.0.0.1"), port, 0, 500);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("cannot connect to Redis at 127.0.0.1:%1").arg(port)),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRedisSessionBrowser)
#include "tst_redissessionbrowser.moc"
