// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsmsgpack.h"
#include "core/analytics/analyticsrecordbuilder.h"
#include "core/analytics/memoryanalyticssink.h"
#include "core/analytics/redisanalyticssink.h"
#include "core/redis/redisblockingclient.h"
#include "core/redis/redisreply.h"
#include "tests/support/redisserver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Hb;
using namespace Hb::Analytics;

namespace {

const QByteArray kKey = QByteArrayLiteral("analytics-tyk-system-analytics");

AnalyticsRecord finished(int i)
{
    RecordInputs in;
    in.method = QStringLiteral("GET");
    in.urlPath = QStringLiteral("/api/items/%1").arg(i);
    in.originalPath = in.urlPath;
    in.listenPath = QStringLiteral("/api/");
    in.stripListenPath = true;
    in.responseCode = 200 + i;
    in.keyId = QStringLiteral("key%1").arg(i);
    in.apiId = QStringLiteral("api1");
    in.orgId = QStringLiteral("org1");
    in.apiTags = {QStringLiteral("t")};
    in.latency = {5, 3, 2};
    in.nowNs = 1700000000LL * 1000000000 + i;
    in.zone = QTimeZone::utc();
    AnalyticsRecord a = AnalyticsRecordBuilder().build(in);
    AnalyticsRecordBuilder::finishForQueue(a, false);
    return a;
}

} // namespace

class tst_RedisAnalyticsSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void recordsArriveAsMsgpackInTykList();
    void fullBatchIsSentWithoutWaiting();
    void keyWithoutTtlGetsStorageExpirationTime();
    void existingTtlIsLeftAlone();
    void expiryMinusOneNeverSetsATtl();
    void multipleKeysSpreadOverTheNumberedLists();
    void unreachableRedisDropsTheBatchAndSaysSo();
    void memorySinkKeepsTheNewestRecords();

private:
    RedisAnalyticsSink::Options options() const;
    Redis::RedisReply command(const QByteArrayList &argv);

    Test::RedisServer m_redis;
};

void tst_RedisAnalyticsSink::initTestCase()
{
    QVERIFY2(m_redis.start(), qPrintable(m_redis.errorString()));
}

void tst_RedisAnalyticsSink::init()
{
    m_redis.cli({QStringLiteral("FLUSHALL")});
}

RedisAnalyticsSink::Options tst_RedisAnalyticsSink::options() const
{
    RedisAnalyticsSink::Options o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = m_redis.port();
    o.poolSize = 1;
    return o;
}

Redis::RedisReply tst_RedisAnalyticsSink::command(const QByteArrayList &argv)
{
    Redis::RedisBlockingClient client({QStringLiteral("127.0.0.1"), m_redis.port(), 0, {}, 2000});
    if (!client.connect())
        return {};
    const auto reply = client.command(argv);
    return reply.ok() ? *reply : Redis::RedisReply();
}

void tst_RedisAnalyticsSink::recordsArriveAsMsgpackInTykList()
{
    RedisAnalyticsSink sink(options());
    QCOMPARE(sink.batchSize(), quint64(1000));
    QSignalSpy flushed(&sink, &RedisAnalyticsSink::flushed);
    sink.open();
    for (int i = 0; i < 3; ++i)
        sink.recordHit(finished(i));
    QCOMPARE(sink.queued(), qsizetype(3));
    // Not a full batch: sent 200 ms after the last record, in one pipeline.
    QVERIFY(flushed.wait(3000));
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(flushed.at(0).at(0).toInt(), 3);
    QCOMPARE(flushed.at(0).at(1).toString(), QString::fromLatin1(kKey));
    QCOMPARE(sink.pushedCount(), quint64(3));

    const Redis::RedisReply list = command({"LRANGE", kKey, "0", "-1"});
    QCOMPARE(list.type, Redis::RedisReply::Type::Array);
    QCOMPARE(list.elements.size(), qsizetype(3));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(list.elements.at(i).string, AnalyticsMsgpack::encode(finished(i)));
        const auto record = AnalyticsMsgpack::decode(list.elements.at(i).string);
        QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));
        QCOMPARE(record->method, QStringLiteral("GET"));
        QCOMPARE(record->path, QStringLiteral("/items/%1").arg(i));
        QCOMPARE(record->rawPath, QStringLiteral("/items/%1").arg(i));
        QCOMPARE(record->originalPath, QStringLiteral("/api/items/%1").arg(i));
        QCOMPARE(record->responseCode, qint64(200 + i));
        QCOMPARE(record->apiKey, QStringLiteral("key%1").arg(i));
        QCOMPARE(record->timeStamp, GoTime(1700000000, i, 0));
        QCOMPARE(record->latency.total, qint64(5));
        QCOMPARE(record->requestTime, qint64(5));
        QCOMPARE(record->apiVersion, QStringLiteral("Non Versioned"));
        QCOMPARE(record->tags, std::optional<QStringList>(QStringList{
                                   QStringLiteral("t"), QStringLiteral("key-key%1").arg(i),
                                   QStringLiteral("org-org1"), QStringLiteral("api-api1")}));
        QCOMPARE(record->expireAt.unixSecs(), qint64(1700000000) + 3153600000LL);
    }
}

void tst_RedisAnalyticsSink::fullBatchIsSentWithoutWaiting()
{
    RedisAnalyticsSink::Options o = options();
    o.recordsBufferSize = 10; // raised to 1000, as Tyk's checkup does
    o.poolSize = 500;         // 1000 / 500: batches of 2
    RedisAnalyticsSink sink(o);
    QCOMPARE(sink.batchSize(), quint64(2));
    QSignalSpy flushed(&sink, &RedisAnalyticsSink::flushed);
    sink.open();
    sink.recordHit(finished(0));
    QCOMPARE(sink.queued(), qsizetype(1));
    sink.recordHit(finished(1));
    QCOMPARE(sink.queued(), qsizetype(0)); // sent at once
    sink.recordHit(finished(2));
    QCOMPARE(sink.queued(), qsizetype(1));
    QTRY_COMPARE_WITH_TIMEOUT(flushed.count(), 2, 3000);
    QCOMPARE(flushed.at(0).at(0).toInt(), 2);
    QCOMPARE(flushed.at(1).at(0).toInt(), 1);
    QCOMPARE(command({"LLEN", kKey}).integer, qint64(3));
}

void tst_RedisAnalyticsSink::keyWithoutTtlGetsStorageExpirationTime()
{
    RedisAnalyticsSink::Options o = options();
    o.storageExpirationTime = 30;
    RedisAnalyticsSink sink(o);
    QSignalSpy flushed(&sink, &RedisAnalyticsSink::flushed);
    sink.open();
    sink.recordHit(finished(0));
    QVERIFY(flushed.wait(3000));
    // The purger looks every second; a numbered list that exists gets the TTL too.
    m_redis.cli({QStringLiteral("RPUSH"), QString::fromLatin1(kKey) + QStringLiteral("_3"),
                 QStringLiteral("x")});
    QTRY_VERIFY_WITH_TIMEOUT(command({"TTL", kKey}).integer > 0, 3000);
    QVERIFY(command({"TTL", kKey}).integer <= 30);
    QTRY_VERIFY_WITH_TIMEOUT(command({"TTL", kKey + "_3"}).integer > 0, 3000);
}

void tst_RedisAnalyticsSink::existingTtlIsLeftAlone()
{
    m_redis.cli({QStringLiteral("RPUSH"), QString::fromLatin1(kKey), QStringLiteral("x")});
    m_redis.cli({QStringLiteral("EXPIRE"), QString::fromLatin1(kKey), QStringLiteral("500")});
    RedisAnalyticsSink sink(options());
    sink.open();
    QTest::qWait(1500);
    QVERIFY(command({"TTL", kKey}).integer > 60);
}

void tst_RedisAnalyticsSink::expiryMinusOneNeverSetsATtl()
{
    RedisAnalyticsSink::Options o = options();
    o.storageExpirationTime = -1;
    RedisAnalyticsSink sink(o);
    QSignalSpy flushed(&sink, &RedisAnalyticsSink::flushed);
    sink.open();
    sink.recordHit(finished(0));
    QVERIFY(flushed.wait(3000));
    QTest::qWait(1500);
    QCOMPARE(command({"TTL", kKey}).integer, qint64(-1));
}

void tst_RedisAnalyticsSink::multipleKeysSpreadOverTheNumberedLists()
{
    RedisAnalyticsSink::Options o = options();
    o.enableMultipleAnalyticsKeys = true;
    RedisAnalyticsSink sink(o);
    QSignalSpy flushed(&sink, &RedisAnalyticsSink::flushed);
    sink.open();
    sink.recordHit(finished(0));
    QVERIFY(flushed.wait(3000));
    const QString key = flushed.at(0).at(1).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^analytics-tyk-system-analytics_[0-9]$"))
                 .match(key)
                 .hasMatch(),
             qPrintable(key));
    QCOMPARE(command({"LLEN", key.toLatin1()}).integer, qint64(1));
    QCOMPARE(command({"EXISTS", kKey}).integer, qint64(0));
}

void tst_RedisAnalyticsSink::unreachableRedisDropsTheBatchAndSaysSo()
{
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    RedisAnalyticsSink::Options o = options();
    o.port = port;
    RedisAnalyticsSink sink(o);
    QSignalSpy failed(&sink, &RedisAnalyticsSink::flushFailed);
    sink.open();
    sink.recordHit(finished(0));
    sink.recordHit(finished(1));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.at(0).at(0).toInt(), 2);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(sink.droppedCount(), quint64(2));
    QCOMPARE(sink.pushedCount(), quint64(0));
}

void tst_RedisAnalyticsSink::memorySinkKeepsTheNewestRecords()
{
    MemoryAnalyticsSink sink(10);
    for (int i = 0; i < 25; ++i)
        sink.recordHit(finished(i));
    QCOMPARE(sink.totalReceived(), quint64(25));
    const QList<AnalyticsRecord> kept = sink.records();
    QVERIFY(kept.size() <= 10);
    QCOMPARE(kept.last().responseCode, qint64(224));
    for (qsizetype i = 1; i < kept.size(); ++i)
        QCOMPARE(kept.at(i).responseCode, kept.at(i - 1).responseCode + 1);
    sink.clear();
    QCOMPARE(sink.size(), qsizetype(0));
}

QTEST_GUILESS_MAIN(tst_RedisAnalyticsSink)
#include "tst_redisanalyticssink.moc"
