// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/manualclock.h"
#include "core/session/memorysessionstore.h"
#include "core/session/redissessionstore.h"
#include "core/session/sessionevent.h"
#include "tests/support/redisserver.h"

#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace Hb;
using namespace Hb::Session;

namespace {

using Kind = SessionEvent::Kind;

// What a Python auth plugin behind an ID extractor makes Tyk store.
const QString kTykKey = QStringLiteral("my-org028d78bcc7127513a26766c607a84bcb");
const QByteArray kTykJson =
    R"({"rate":1000,"per":1,"org_id":"my-org","meta_data":{"token":"abc"},"id_extractor_deadline":1767225660})";

class EventRecorder final : public ISessionEventSink
{
public:
    void sessionEvent(const SessionEvent &event) override { events.append(event); }
    QStringList kinds() const
    {
        QStringList out;
        for (const SessionEvent &e : events)
            out.append(toString(e.kind));
        return out;
    }
    int count(Kind kind) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [kind](const SessionEvent &e) { return e.kind == kind; }));
    }
    QList<SessionEvent> events;
};

QStringList names(std::initializer_list<Kind> kinds)
{
    QStringList out;
    for (Kind k : kinds)
        out.append(toString(k));
    return out;
}

SessionState session(int rate)
{
    return SessionState(nlohmann::json{{"rate", rate}, {"per", 1}, {"org_id", "my-org"}});
}

// Runs the event loop until the store calls back; a missing callback reads as Timeout. The
// result lives on the heap so a late callback after a timeout writes nowhere dangerous.
template<typename T, typename Call>
Result<T> await(Call call, int timeoutMs = 5000)
{
    auto out = std::make_shared<std::optional<Result<T>>>();
    call([out](Result<T> r) { out->emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, timeoutMs))
        return makeError(ErrorCode::Timeout, QStringLiteral("the store never called back"));
    return std::move(**out);
}

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QString messageOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

// "ok" or the error code's name, so a check of a failure cannot crash on a success.
template<typename T>
QString errorName(const Result<T> &result)
{
    if (result.ok())
        return QStringLiteral("ok");
    switch (result.error().code) {
    case ErrorCode::InvalidInput: return QStringLiteral("InvalidInput");
    case ErrorCode::NotFound: return QStringLiteral("NotFound");
    case ErrorCode::Io: return QStringLiteral("Io");
    case ErrorCode::Timeout: return QStringLiteral("Timeout");
    case ErrorCode::Unavailable: return QStringLiteral("Unavailable");
    case ErrorCode::Internal: return QStringLiteral("Internal");
    }
    return QStringLiteral("?");
}

} // namespace

class tst_RedisSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sessionWrittenByTykReadsBackThroughTheStore();
    void sessionWrittenByTheStoreIsTheJsonTykReads();
    void sessionMovesBetweenTheMemoryStoreAndRedisUnchanged();
    void missingKeyReadsAsEmptyAndReportsReadMiss();
    void ttlBecomesARedisExpiry();
    void ttlOfMissingKeyIsNotFoundAndWithoutExpiryZero();
    void setOnlyIfExistsDoesNotResurrectADeletedSession();
    void setOnlyIfExistsUpdatesALiveSession();
    void removeDeletesAndReportsNotFoundWhenAbsent();
    void listScansEverySessionAndOnlySessions();
    void nonAsciiKeysRoundTrip();
    void quotaCountsInTheTykCounterWithTheRenewalTtl();
    void quotaRestartsWhenTheCounterExpires();
    void quotaWithoutRenewalNeverExpires();
    void quotaCounterWithoutTtlRestartsOnceARenewalIsConfigured();
    void resetQuotaDeletesTheCounter();
    void invalidJsonInRedisIsACleanError();
    void wrongTypeInRedisIsACleanError();
    void everyOperationIsOneRoundTrip();
    void callsMadeBeforeTheFirstConnectWaitForIt();
    void unreachableRedisFailsFastAndReportsStoreDown();
    void killedRedisFailsCallsAndReconnectsWhenBack();
    void callInFlightWhenRedisDiesFailsWithUnavailable();
    void writesToARedisThatJustDiedDoNotKillTheProcess();
    void hungRedisIsDroppedAfterTheCommandTimeout();
    void destroyingTheStoreDropsPendingCallbacks();

private:
    Result<std::optional<SessionState>> get(const QString &key);
    Result<void> set(const QString &key, const SessionState &s, qint64 ttl, bool xx = false);
    Result<void> remove(const QString &key);
    Result<qint64> ttl(const QString &key);
    Result<QStringList> list();
    Result<QuotaCount> increment(const QString &key, qint64 renewal);
    QByteArray cli(const QStringList &args) { return m_server.cli(args); }

    Test::RedisServer m_server;
    EventRecorder m_events;
    std::unique_ptr<RedisSessionStore> m_store;
};

void tst_RedisSessionStore::initTestCase()
{
    // A missing redis-server fails the suite; it never skips silently.
    if (!m_server.start())
        QFAIL(qPrintable(m_server.errorString()));
}

void tst_RedisSessionStore::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QCOMPARE(cli({QStringLiteral("FLUSHALL")}), QByteArray("OK"));
    m_events = {};
    m_store.reset(RedisSessionStore::create(QStringLiteral("127.0.0.1"), m_server.port(), 0));
    m_store->setEventSink(&m_events);
    QTRY_VERIFY(m_store->isConnected());
    QCOMPARE(m_events.kinds(), names({Kind::StoreUp}));
    m_events = {};
}

void tst_RedisSessionStore::cleanup()
{
    m_store.reset();
}

Result<std::optional<SessionState>> tst_RedisSessionStore::get(const QString &key)
{
    return await<std::optional<SessionState>>([&](auto cb) { m_store->get(key, cb); });
}

Result<void> tst_RedisSessionStore::set(const QString &key, const SessionState &s, qint64 ttl,
                                        bool xx)
{
    return await<void>([&](auto cb) { m_store->set(key, s, ttl, cb, xx); });
}

Result<void> tst_RedisSessionStore::remove(const QString &key)
{
    return await<void>([&](auto cb) { m_store->remove(key, cb); });
}

Result<qint64> tst_RedisSessionStore::ttl(const QString &key)
{
    return await<qint64>([&](auto cb) { m_store->ttl(key, cb); });
}

Result<QStringList> tst_RedisSessionStore::list()
{
    return await<QStringList>([&](auto cb) { m_store->list(cb); });
}

Result<QuotaCount> tst_RedisSessionStore::increment(const QString &key, qint64 renewal)
{
    return await<QuotaCount>([&](auto cb) { m_store->incrementQuota(key, renewal, cb); });
}

void tst_RedisSessionStore::sessionWrittenByTykReadsBackThroughTheStore()
{
    QCOMPARE(cli({QStringLiteral("SET"), u"apikey-" + kTykKey, QString::fromUtf8(kTykJson)}),
             QByteArray("OK"));
    const auto read = get(kTykKey);
    QVERIFY2(read.ok(), qPrintable(messageOf(read)));
    QVERIFY(read->has_value());
    QVERIFY((*read)->json() == nlohmann::json::parse(kTykJson.toStdString()));
    QCOMPARE((*read)->orgId(), QStringLiteral("my-org"));
    QCOMPARE(m_events.kinds(), names({Kind::ReadHit}));
    QCOMPARE(m_events.events.at(0).key, kTykKey);
    QCOMPARE(m_events.events.at(0).ttlSecs, 0);
}

void tst_RedisSessionStore::sessionWrittenByTheStoreIsTheJsonTykReads()
{
    const SessionState tyk(nlohmann::json::parse(kTykJson.toStdString()));
    const auto written = set(kTykKey, tyk, 0);
    QVERIFY2(written.ok(), qPrintable(messageOf(written)));
    const QByteArray raw = cli({QStringLiteral("GET"), u"apikey-" + kTykKey});
    QVERIFY2(nlohmann::json::parse(raw.toStdString()) == tyk.json(), raw.constData());
    QCOMPARE(cli({QStringLiteral("TTL"), u"apikey-" + kTykKey}), QByteArray("-1"));
    QCOMPARE(cli({QStringLiteral("TYPE"), u"apikey-" + kTykKey}), QByteArray("string"));
    QCOMPARE(m_events.kinds(), names({Kind::Created}));
}

void tst_RedisSessionStore::sessionMovesBetweenTheMemoryStoreAndRedisUnchanged()
{
    // memory -> Redis -> memory: the JSON is the truth in both stores, so nothing is lost.
    ManualClock clock;
    MemorySessionStore memory(clock);
    const SessionState tyk(nlohmann::json::parse(kTykJson.toStdString()));
    memory.set(QStringLiteral("m"), tyk, 0, [](const Result<void> &) {});
    std::optional<SessionState> fromMemory;
    memory.get(QStringLiteral("m"),
               [&](Result<std::optional<SessionState>> r) { fromMemory = **r; });
    QVERIFY(fromMemory);
    QVERIFY(set(QStringLiteral("moved"), *fromMemory, 0).ok());
    const auto fromRedis = get(QStringLiteral("moved"));
    QVERIFY(fromRedis.ok() && fromRedis->has_value());
    memory.set(QStringLiteral("back"), **fromRedis, 0, [](const Result<void> &) {});
    std::optional<SessionState> back;
    memory.get(QStringLiteral("back"), [&](Result<std::optional<SessionState>> r) { back = **r; });
    QVERIFY(back && *back == tyk);
}

void tst_RedisSessionStore::missingKeyReadsAsEmptyAndReportsReadMiss()
{
    const auto read = get(QStringLiteral("nope"));
    QVERIFY(read.ok());
    QVERIFY(!read->has_value());
    QCOMPARE(m_events.kinds(), names({Kind::ReadMiss}));
}

void tst_RedisSessionStore::ttlBecomesARedisExpiry()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 100).ok());
    const qint64 redisTtl = cli({QStringLiteral("TTL"), QStringLiteral("apikey-k")}).toLongLong();
    QVERIFY2(redisTtl > 95 && redisTtl <= 100, QByteArray::number(redisTtl));
    const auto left = ttl(QStringLiteral("k"));
    QVERIFY(left.ok());
    QVERIFY(*left > 95 && *left <= 100);
    QVERIFY(set(QStringLiteral("k"), session(2), 50).ok());
    const auto read = get(QStringLiteral("k"));
    QVERIFY(read.ok() && read->has_value());
    QCOMPARE(**read, session(2));
    QCOMPARE(m_events.kinds(), names({Kind::Created, Kind::Updated, Kind::ReadHit}));
    QCOMPARE(m_events.events.at(0).ttlSecs, 100);
    QCOMPARE(m_events.events.at(1).ttlSecs, 50);
    QVERIFY(m_events.events.at(2).ttlSecs > 45 && m_events.events.at(2).ttlSecs <= 50);
    // Redis forgets it when the TTL passes.
    cli({QStringLiteral("PEXPIRE"), QStringLiteral("apikey-k"), QStringLiteral("1")});
    QTRY_COMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("apikey-k")}), QByteArray("0"));
    const auto gone = get(QStringLiteral("k"));
    QVERIFY(gone.ok() && !gone->has_value());
}

void tst_RedisSessionStore::ttlOfMissingKeyIsNotFoundAndWithoutExpiryZero()
{
    QCOMPARE(errorName(ttl(QStringLiteral("nope"))), QStringLiteral("NotFound"));
    QVERIFY(set(QStringLiteral("k"), session(1), 0).ok());
    QCOMPARE(ttl(QStringLiteral("k")).value(), 0);
}

void tst_RedisSessionStore::setOnlyIfExistsDoesNotResurrectADeletedSession()
{
    const auto written = set(QStringLiteral("gone"), session(1), 0, true);
    QVERIFY(!written.ok());
    QCOMPARE(errorName(written), QStringLiteral("NotFound"));
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("apikey-gone")}), QByteArray("0"));
    QVERIFY(m_events.events.isEmpty());
}

void tst_RedisSessionStore::setOnlyIfExistsUpdatesALiveSession()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 0).ok());
    QVERIFY(set(QStringLiteral("k"), session(2), 30, true).ok());
    QCOMPARE(get(QStringLiteral("k")).value().value(), session(2));
    const qint64 redisTtl = cli({QStringLiteral("TTL"), QStringLiteral("apikey-k")}).toLongLong();
    QVERIFY(redisTtl > 25 && redisTtl <= 30);
    QCOMPARE(m_events.kinds(), names({Kind::Created, Kind::Updated, Kind::ReadHit}));
}

void tst_RedisSessionStore::removeDeletesAndReportsNotFoundWhenAbsent()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 0).ok());
    QVERIFY(remove(QStringLiteral("k")).ok());
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("apikey-k")}), QByteArray("0"));
    const auto again = remove(QStringLiteral("k"));
    QVERIFY(!again.ok());
    QCOMPARE(errorName(again), QStringLiteral("NotFound"));
    QCOMPARE(m_events.kinds(), names({Kind::Created, Kind::Deleted}));
}

void tst_RedisSessionStore::listScansEverySessionAndOnlySessions()
{
    // More keys than one SCAN page (COUNT 1000) holds, next to keys that are not sessions.
    cli({QStringLiteral("EVAL"),
         QStringLiteral("for i = 1, 2500 do redis.call('SET', 'apikey-key' .. i, '{}') end "
                        "redis.call('SET', 'quota-key1', 3) redis.call('SET', 'other', 1)"),
         QStringLiteral("0")});
    const quint64 before = m_store->roundTrips();
    const auto keys = list();
    QVERIFY2(keys.ok(), qPrintable(messageOf(keys)));
    QCOMPARE(keys->size(), 2500);
    QVERIFY(keys->contains(QStringLiteral("key1")));
    QVERIFY(keys->contains(QStringLiteral("key2500")));
    QVERIFY(!keys->contains(QStringLiteral("quota-key1")));
    QVERIFY(m_store->roundTrips() - before >= 2);
}

void tst_RedisSessionStore::nonAsciiKeysRoundTrip()
{
    const QString key = QStringLiteral("ключ-€");
    QVERIFY(set(key, session(7), 0).ok());
    QCOMPARE(get(key).value().value(), session(7));
    QCOMPARE(list().value(), QStringList{key});
    QCOMPARE(cli({QStringLiteral("EXISTS"), u"apikey-" + key}), QByteArray("1"));
}

void tst_RedisSessionStore::quotaCountsInTheTykCounterWithTheRenewalTtl()
{
    const auto first = increment(QStringLiteral("q"), 60);
    QVERIFY2(first.ok(), qPrintable(messageOf(first)));
    QCOMPARE(first->count, 1);
    QCOMPARE(first->ttlSecs, 60);
    const auto second = increment(QStringLiteral("q"), 60);
    QCOMPARE(second->count, 2);
    QVERIFY(second->ttlSecs > 55 && second->ttlSecs <= 60);
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("quota-q")}), QByteArray("2"));
    // What GET /tyk/keys reads back; no counter is nullopt.
    QCOMPARE(await<std::optional<qint64>>([&](auto cb) {
                 m_store->quotaUsed(QStringLiteral("q"), cb);
             }).value(),
             std::optional<qint64>(2));
    QCOMPARE(await<std::optional<qint64>>([&](auto cb) {
                 m_store->quotaUsed(QStringLiteral("none"), cb);
             }).value(),
             std::optional<qint64>());
    const qint64 redisTtl = cli({QStringLiteral("TTL"), QStringLiteral("quota-q")}).toLongLong();
    QVERIFY(redisTtl > 55 && redisTtl <= 60);
    // The counter is not a session.
    QCOMPARE(list().value(), QStringList());
}

void tst_RedisSessionStore::quotaRestartsWhenTheCounterExpires()
{
    QCOMPARE(increment(QStringLiteral("q"), 60)->count, 1);
    QCOMPARE(increment(QStringLiteral("q"), 60)->count, 2);
    // The window passes (Redis expires the key) without sleeping for it.
    cli({QStringLiteral("PEXPIRE"), QStringLiteral("quota-q"), QStringLiteral("1")});
    QTRY_COMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("quota-q")}), QByteArray("0"));
    const auto renewed = increment(QStringLiteral("q"), 60);
    QCOMPARE(renewed->count, 1);
    QCOMPARE(renewed->ttlSecs, 60);
}

void tst_RedisSessionStore::quotaWithoutRenewalNeverExpires()
{
    QCOMPARE(increment(QStringLiteral("q"), 0)->count, 1);
    const auto second = increment(QStringLiteral("q"), -1);
    QCOMPARE(second->count, 2);
    QCOMPARE(second->ttlSecs, 0);
    QCOMPARE(cli({QStringLiteral("TTL"), QStringLiteral("quota-q")}), QByteArray("-1"));
}

void tst_RedisSessionStore::quotaCounterWithoutTtlRestartsOnceARenewalIsConfigured()
{
    // Counted before renewal was configured, e.g. by a gateway with quota_renewal_rate 0.
    cli({QStringLiteral("SET"), QStringLiteral("quota-q"), QStringLiteral("7")});
    const auto windowed = increment(QStringLiteral("q"), 30);
    QCOMPARE(windowed->count, 1);
    QCOMPARE(windowed->ttlSecs, 30);
    const auto kept = increment(QStringLiteral("q"), 0);
    QCOMPARE(kept->count, 2);
    QVERIFY(kept->ttlSecs > 25 && kept->ttlSecs <= 30);
}

void tst_RedisSessionStore::resetQuotaDeletesTheCounter()
{
    QVERIFY(increment(QStringLiteral("q"), 60).ok());
    QVERIFY(increment(QStringLiteral("q"), 60).ok());
    QVERIFY(await<void>([&](auto cb) { m_store->resetQuota(QStringLiteral("q"), cb); }).ok());
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("quota-q")}), QByteArray("0"));
    QCOMPARE(increment(QStringLiteral("q"), 60)->count, 1);
}

void tst_RedisSessionStore::invalidJsonInRedisIsACleanError()
{
    cli({QStringLiteral("SET"), QStringLiteral("apikey-bad"), QStringLiteral("{\"rate\": 10,")});
    const auto read = get(QStringLiteral("bad"));
    QVERIFY(!read.ok());
    QCOMPARE(errorName(read), QStringLiteral("InvalidInput"));
    QVERIFY2(messageOf(read).contains(u"apikey-bad"), qPrintable(messageOf(read)));

    cli({QStringLiteral("SET"), QStringLiteral("apikey-array"), QStringLiteral("[1,2]")});
    QCOMPARE(errorName(get(QStringLiteral("array"))), QStringLiteral("InvalidInput"));
    // The store still works afterwards.
    QVERIFY(set(QStringLiteral("bad"), session(1), 0).ok());
    QVERIFY(get(QStringLiteral("bad")).value().has_value());
}

void tst_RedisSessionStore::wrongTypeInRedisIsACleanError()
{
    cli({QStringLiteral("RPUSH"), QStringLiteral("apikey-list"), QStringLiteral("x")});
    const auto read = get(QStringLiteral("list"));
    QVERIFY(!read.ok());
    QCOMPARE(errorName(read), QStringLiteral("InvalidInput"));
    QVERIFY2(messageOf(read).contains(u"WRONGTYPE"), qPrintable(messageOf(read)));

    cli({QStringLiteral("SET"), QStringLiteral("quota-text"), QStringLiteral("abc")});
    const auto counted = increment(QStringLiteral("text"), 0);
    QVERIFY(!counted.ok());
    QCOMPARE(errorName(counted), QStringLiteral("InvalidInput"));
}

void tst_RedisSessionStore::everyOperationIsOneRoundTrip()
{
    quint64 before = m_store->roundTrips();
    QVERIFY(set(QStringLiteral("k"), session(1), 10).ok());
    QCOMPARE(m_store->roundTrips() - before, 1u);
    before = m_store->roundTrips();
    QVERIFY(get(QStringLiteral("k")).ok());
    QCOMPARE(m_store->roundTrips() - before, 1u);
    before = m_store->roundTrips();
    QVERIFY(increment(QStringLiteral("k"), 60).ok());
    QCOMPARE(m_store->roundTrips() - before, 1u);
    before = m_store->roundTrips();
    QVERIFY(set(QStringLiteral("k"), session(2), 10, true).ok());
    QCOMPARE(m_store->roundTrips() - before, 1u);
}

void tst_RedisSessionStore::callsMadeBeforeTheFirstConnectWaitForIt()
{
    std::unique_ptr<RedisSessionStore> fresh(
        RedisSessionStore::create(QStringLiteral("127.0.0.1"), m_server.port(), 3));
    QVERIFY(!fresh->isConnected());
    const auto written =
        await<void>([&](auto cb) { fresh->set(QStringLiteral("db3"), session(1), 0, cb); });
    QVERIFY2(written.ok(), qPrintable(messageOf(written)));
    // SELECT ran first: the session is in database 3, not 0.
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("apikey-db3")}), QByteArray("0"));
    QCOMPARE(cli({QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("EXISTS"),
                  QStringLiteral("apikey-db3")}),
             QByteArray("1"));
}

void tst_RedisSessionStore::unreachableRedisFailsFastAndReportsStoreDown()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    EventRecorder events;
    std::unique_ptr<RedisSessionStore> dead(
        RedisSessionStore::create(QStringLiteral("127.0.0.1"), deadPort, 0));
    dead->setEventSink(&events);
    QTRY_COMPARE(events.count(Kind::StoreDown), 1);
    QVERIFY(!dead->isConnected());
    QVERIFY2(events.events.at(0).message.contains(QString::number(deadPort)),
             qPrintable(events.events.at(0).message));

    std::optional<Result<std::optional<SessionState>>> read;
    dead->get(QStringLiteral("k"), [&](auto r) { read.emplace(std::move(r)); });
    QVERIFY2(read.has_value(), "a call to a store that is down completes before it returns");
    QCOMPARE(errorName(*read), QStringLiteral("Unavailable"));
    QVERIFY2(messageOf(*read).contains(u"127.0.0.1:" + QString::number(deadPort)),
             qPrintable(messageOf(*read)));
    // Retries with backoff do not repeat the event.
    QTest::qWait(400);
    QCOMPARE(events.count(Kind::StoreDown), 1);
    QCOMPARE(events.count(Kind::StoreUp), 0);
}

void tst_RedisSessionStore::killedRedisFailsCallsAndReconnectsWhenBack()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 0).ok());
    m_events = {};
    m_server.stop();
    QTRY_COMPARE(m_events.count(Kind::StoreDown), 1);
    QVERIFY(!m_store->isConnected());

    bool completed = false;
    m_store->incrementQuota(QStringLiteral("q"), 60, [&](Result<QuotaCount> r) {
        completed = true;
        QCOMPARE(errorName(r), QStringLiteral("Unavailable"));
    });
    QVERIFY2(completed, "calls fail before they return while Redis is down");
    QCOMPARE(errorName(get(QStringLiteral("k"))), QStringLiteral("Unavailable"));
    QCOMPARE(errorName(list()), QStringLiteral("Unavailable"));

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->isConnected(), 10000);
    QCOMPARE(m_events.kinds(), names({Kind::StoreDown, Kind::StoreUp}));
    // The restarted server starts empty (no persistence); the store works again.
    QVERIFY(set(QStringLiteral("k"), session(2), 0).ok());
    QCOMPARE(get(QStringLiteral("k")).value().value(), session(2));
}

void tst_RedisSessionStore::callInFlightWhenRedisDiesFailsWithUnavailable()
{
    std::optional<Result<std::optional<SessionState>>> read;
    m_store->get(QStringLiteral("k"), [&](auto r) { read.emplace(std::move(r)); });
    // The command is only buffered until the event loop runs; the server dies first.
    m_server.stop();
    QTRY_VERIFY(read.has_value());
    QCOMPARE(errorName(*read), QStringLiteral("Unavailable"));
    QTRY_COMPARE(m_events.count(Kind::StoreDown), 1);
}

void tst_RedisSessionStore::writesToARedisThatJustDiedDoNotKillTheProcess()
{
    // hiredis writes with write(2): a write after the peer reset raises SIGPIPE.
    int failed = 0;
    const QByteArray big(256 * 1024, 'x');
    const SessionState bulky(nlohmann::json{{"blob", big.toStdString()}});
    for (int i = 0; i < 8; ++i)
        m_store->set(QStringLiteral("k%1").arg(i), bulky, 0,
                     [&](Result<void> r) { failed += r.ok() ? 0 : 1; });
    m_server.stop();
    for (int i = 0; i < 8; ++i)
        m_store->set(QStringLiteral("j%1").arg(i), bulky, 0,
                     [&](Result<void> r) { failed += r.ok() ? 0 : 1; });
    QTRY_COMPARE(failed, 16);
    QTRY_COMPARE(m_events.count(Kind::StoreDown), 1);
}

void tst_RedisSessionStore::hungRedisIsDroppedAfterTheCommandTimeout()
{
    m_store->setCommandTimeoutMs(300);
    const pid_t pid = pid_t(m_server.pid());
    ::kill(pid, SIGSTOP);
    QElapsedTimer timer;
    timer.start();
    const auto read = get(QStringLiteral("k"));
    ::kill(pid, SIGCONT);
    QCOMPARE(errorName(read), QStringLiteral("Unavailable"));
    QVERIFY2(messageOf(read).contains(u"300 ms"), qPrintable(messageOf(read)));
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(m_events.count(Kind::StoreDown), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->isConnected(), 10000);
    QCOMPARE(m_events.count(Kind::StoreUp), 1);
    QVERIFY(get(QStringLiteral("k")).ok());
}

void tst_RedisSessionStore::destroyingTheStoreDropsPendingCallbacks()
{
    bool called = false;
    m_store->get(QStringLiteral("k"), [&](auto) { called = true; });
    m_store->incrementQuota(QStringLiteral("q"), 60, [&](auto) { called = true; });
    m_store.reset();
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_RedisSessionStore)
#include "tst_redissessionstore.moc"
