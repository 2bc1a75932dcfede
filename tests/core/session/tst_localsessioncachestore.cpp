// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's 10 s local session cache in front of the session store: which reads it answers, when
// its copies expire, and that writes through the gateway evict them.
#include "core/common/manualclock.h"
#include "core/session/localsessioncachestore.h"
#include "core/session/memorysessionstore.h"
#include "core/session/sessionevent.h"

#include <QTest>

#include <deque>
#include <optional>

using namespace Hb;
using namespace Hb::Session;

namespace {

SessionState session(int rate)
{
    return SessionState(nlohmann::json{{"rate", rate}, {"per", 1}, {"org_id", "my-org"}});
}

// A memory store whose reads complete only when the test releases them (as Redis's answer
// later), and which counts them.
class DeferredStore final : public ISessionStore
{
public:
    explicit DeferredStore(const IClock &clock)
        : memory(clock)
    {}
    void get(const QString &key, GetCallback done) override
    {
        ++reads;
        memory.get(key, [this, done = std::move(done)](Result<std::optional<SessionState>> r) {
            if (deferReads)
                pending.push_back([done, r] { done(r); });
            else
                done(std::move(r));
        });
    }
    void set(const QString &key, const SessionState &s, qint64 ttl, DoneCallback done,
             bool onlyIfExists) override
    {
        memory.set(key, s, ttl, std::move(done), onlyIfExists);
    }
    void remove(const QString &key, DoneCallback done) override
    {
        memory.remove(key, std::move(done));
    }
    void list(ListCallback done) override { memory.list(std::move(done)); }
    void ttl(const QString &key, TtlCallback done) override { memory.ttl(key, std::move(done)); }
    void incrementQuota(const QString &key, qint64 renewal, QuotaCallback done) override
    {
        memory.incrementQuota(key, renewal, std::move(done));
    }
    void resetQuota(const QString &key, DoneCallback done) override
    {
        memory.resetQuota(key, std::move(done));
    }
    void quotaUsed(const QString &key, CountCallback done) override
    {
        memory.quotaUsed(key, std::move(done));
    }
    void setEventSink(ISessionEventSink *sink) override
    {
        ISessionStore::setEventSink(sink);
        memory.setEventSink(sink);
    }
    void releaseReads()
    {
        while (!pending.empty()) {
            auto next = std::move(pending.front());
            pending.pop_front();
            next();
        }
    }

    MemorySessionStore memory;
    int reads = 0;
    bool deferReads = false;
    std::deque<std::function<void()>> pending;
};

class EventRecorder final : public ISessionEventSink
{
public:
    void sessionEvent(const SessionEvent &event) override { kinds.append(toString(event.kind)); }
    QStringList kinds;
};

// The rate of what a read found; -1 for nothing, -2 for an error, -3 while not answered.
int rateOf(const std::optional<Result<std::optional<SessionState>>> &r)
{
    if (!r)
        return -3;
    if (!*r)
        return -2;
    if (!(*r)->has_value())
        return -1;
    return (**r)->json().value("rate", 0);
}

} // namespace

class tst_LocalSessionCacheStore : public QObject
{
    Q_OBJECT

private:
    std::optional<Result<std::optional<SessionState>>> authRead(const QString &key)
    {
        std::optional<Result<std::optional<SessionState>>> out;
        m_cached->getForAuth(key, [&out](Result<std::optional<SessionState>> r) { out = r; });
        return out;
    }
    std::optional<Result<std::optional<SessionState>>> plainRead(const QString &key)
    {
        std::optional<Result<std::optional<SessionState>>> out;
        m_cached->get(key, [&out](Result<std::optional<SessionState>> r) { out = r; });
        return out;
    }
    // Changes the store behind the cache's back, as redis-cli or another gateway would.
    void writeBehind(const QString &key, int rate)
    {
        m_inner->memory.set(key, session(rate), 0, [](Result<void>) {});
    }

    ManualClock m_clock;
    std::unique_ptr<DeferredStore> m_inner;
    std::unique_ptr<LocalSessionCacheStore> m_cached;

private Q_SLOTS:
    void init()
    {
        m_inner = std::make_unique<DeferredStore>(m_clock);
        m_cached = std::make_unique<LocalSessionCacheStore>(*m_inner, m_clock);
    }

    void authReadsAreAnsweredFromTheCacheForTenSecondsWithoutAStoreRead()
    {
        writeBehind(QStringLiteral("k"), 10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        QCOMPARE(m_inner->reads, 1);
        writeBehind(QStringLiteral("k"), 20); // not seen: the gateway serves its copy
        m_clock.advanceSecs(9);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        QCOMPARE(m_inner->reads, 1);
        QCOMPARE(m_cached->secondsLeft(QStringLiteral("k")), std::optional<qint64>(1));
        // Ten seconds after it was cached the store is read again.
        m_clock.advanceSecs(1);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 20);
        QCOMPARE(m_inner->reads, 2);
    }

    void aSessionDeletedBehindTheGatewayIsServedUntilItsCopyExpires()
    {
        writeBehind(QStringLiteral("k"), 10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        m_inner->memory.remove(QStringLiteral("k"), [](Result<void>) {});
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        m_clock.advanceSecs(10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), -1);
    }

    void otherReadsGoToTheStore()
    {
        writeBehind(QStringLiteral("k"), 10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        writeBehind(QStringLiteral("k"), 20);
        QCOMPARE(rateOf(plainRead(QStringLiteral("k"))), 20); // the Gateway API, the inspector
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
    }

    void missesAreNotCached()
    {
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), -1);
        writeBehind(QStringLiteral("k"), 10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        QCOMPARE(m_inner->reads, 2);
    }

    void writesAndDeletesThroughTheGatewayEvictAtOnce()
    {
        writeBehind(QStringLiteral("k"), 10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        m_cached->set(QStringLiteral("k"), session(30), 0, [](Result<void>) {});
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 30);
        m_cached->remove(QStringLiteral("k"), [](Result<void>) {});
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), -1);
    }

    void theWriteAtTheEndOfARequestCachesWhatItWrote()
    {
        writeBehind(QStringLiteral("k"), 10);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 10);
        m_cached->setFromRequest(QStringLiteral("k"), session(50), 0, [](Result<void>) {});
        writeBehind(QStringLiteral("k"), 60); // behind the gateway's back: not seen
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 50);
        QCOMPARE(m_inner->reads, 1);
        // A write that fails (the session was deleted meanwhile: SET XX) caches nothing.
        m_inner->memory.remove(QStringLiteral("k"), [](Result<void>) {});
        m_cached->set(
            QStringLiteral("k"), session(70), 0, [](Result<void>) {}, true);
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), -1);
    }

    void aWriteWhileAReadIsInFlightKeepsTheOlderCopyOut()
    {
        writeBehind(QStringLiteral("k"), 10);
        m_inner->deferReads = true;
        const auto first = std::make_shared<std::optional<int>>();
        m_cached->getForAuth(QStringLiteral("k"), [first](Result<std::optional<SessionState>> r) {
            *first = rateOf(std::optional(r));
        });
        // The gateway writes while the read is in flight; the read then brings the old value.
        m_cached->set(QStringLiteral("k"), session(40), 0, [](Result<void>) {});
        m_inner->releaseReads();
        QCOMPARE(first->value_or(-3), 10);
        m_inner->deferReads = false;
        QCOMPARE(rateOf(authRead(QStringLiteral("k"))), 40);
    }

    void cacheHitsAreReportedAsSessionEvents()
    {
        EventRecorder events;
        m_cached->setEventSink(&events);
        writeBehind(QStringLiteral("k"), 10);
        authRead(QStringLiteral("k"));
        authRead(QStringLiteral("k"));
        // The store's own events reach the same sink.
        QCOMPARE(events.kinds, QStringList({QStringLiteral("created"), QStringLiteral("read_hit"),
                                            QStringLiteral("local_cache_hit")}));
        m_cached->setEventSink(nullptr);
    }

    void expiredCopiesAreNotCounted()
    {
        writeBehind(QStringLiteral("a"), 1);
        writeBehind(QStringLiteral("b"), 2);
        authRead(QStringLiteral("a"));
        m_clock.advanceSecs(5);
        authRead(QStringLiteral("b"));
        QCOMPARE(m_cached->cachedCount(), 2);
        m_clock.advanceSecs(5);
        QCOMPARE(m_cached->cachedCount(), 1);
        QVERIFY(!m_cached->secondsLeft(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(tst_LocalSessionCacheStore)
#include "tst_localsessioncachestore.moc"
