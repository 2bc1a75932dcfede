// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/manualclock.h"
#include "core/session/memorysessionstore.h"
#include "core/session/sessionevent.h"

#include <QTest>

#include <optional>

using namespace Hb;
using namespace Hb::Session;

namespace {

using Kind = SessionEvent::Kind;

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
    QList<SessionEvent> events;
};

SessionState session(int rate)
{
    return SessionState(nlohmann::json{{"rate", rate}, {"per", 1}, {"org_id", "my-org"}});
}

// Event kinds by name, so QCOMPARE prints them readably.
QStringList names(std::initializer_list<Kind> kinds)
{
    QStringList out;
    for (Kind k : kinds)
        out.append(toString(k));
    return out;
}

} // namespace

// The memory store completes synchronously, so each helper returns the callback's result.
class tst_MemorySessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missingKeyReadsAsEmptyAndReportsReadMiss();
    void setThenGetRoundTripsAndReportsCreatedThenUpdated();
    void sessionExpiresWhenTheClockPassesItsTtl();
    void ttlIsRoundedUpToWholeSecondsAndZeroWithoutTtl();
    void setOnlyIfExistsDoesNotResurrectADeletedSession();
    void setOnlyIfExistsUpdatesALiveSession();
    void removeDeletesAndReportsNotFoundWhenAbsent();
    void listLeavesOutExpiredSessions();
    void quotaCountsWithinTheRenewalWindow();
    void quotaRestartsWhenTheWindowPasses();
    void quotaWithoutRenewalNeverExpires();
    void quotaCounterWithoutTtlRestartsOnceARenewalIsConfigured();
    void resetQuotaStartsCountingAgain();

private:
    std::optional<SessionState> get(const QString &key);
    Result<void> set(const QString &key, const SessionState &s, qint64 ttl, bool xx = false);
    Result<qint64> ttl(const QString &key);
    QuotaCount increment(const QString &key, qint64 renewal);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    EventRecorder m_events;
};

void tst_MemorySessionStore::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_store = std::make_unique<MemorySessionStore>(*m_clock);
    m_events = {};
    m_store->setEventSink(&m_events);
}

void tst_MemorySessionStore::cleanup()
{
    m_store.reset();
    m_clock.reset();
}

std::optional<SessionState> tst_MemorySessionStore::get(const QString &key)
{
    std::optional<SessionState> out;
    m_store->get(key, [&](Result<std::optional<SessionState>> r) {
        if (r)
            out = *r;
    });
    return out;
}

Result<void> tst_MemorySessionStore::set(const QString &key, const SessionState &s, qint64 ttl,
                                         bool xx)
{
    Result<void> out = makeError(ErrorCode::Internal, QStringLiteral("not called"));
    m_store->set(
        key, s, ttl, [&](Result<void> r) { out = r; }, xx);
    return out;
}

Result<qint64> tst_MemorySessionStore::ttl(const QString &key)
{
    Result<qint64> out = makeError(ErrorCode::Internal, QStringLiteral("not called"));
    m_store->ttl(key, [&](Result<qint64> r) { out = r; });
    return out;
}

QuotaCount tst_MemorySessionStore::increment(const QString &key, qint64 renewal)
{
    QuotaCount out{-1, -1};
    m_store->incrementQuota(key, renewal, [&](Result<QuotaCount> r) {
        if (r)
            out = *r;
    });
    return out;
}

void tst_MemorySessionStore::missingKeyReadsAsEmptyAndReportsReadMiss()
{
    QVERIFY(!get(QStringLiteral("nope")).has_value());
    QCOMPARE(m_events.kinds(), names({Kind::ReadMiss}));
    QCOMPARE(m_events.events.at(0).key, QStringLiteral("nope"));
}

void tst_MemorySessionStore::setThenGetRoundTripsAndReportsCreatedThenUpdated()
{
    QVERIFY(set(QStringLiteral("k"), session(10), 0).ok());
    QVERIFY(set(QStringLiteral("k"), session(20), 30).ok());
    const auto read = get(QStringLiteral("k"));
    QVERIFY(read.has_value());
    QCOMPARE(*read, session(20));
    QCOMPARE(m_events.kinds(), names({Kind::Created, Kind::Updated, Kind::ReadHit}));
    QCOMPARE(m_events.events.at(0).ttlSecs, 0);
    QCOMPARE(m_events.events.at(1).ttlSecs, 30);
    QCOMPARE(m_events.events.at(2).ttlSecs, 30);
}

void tst_MemorySessionStore::sessionExpiresWhenTheClockPassesItsTtl()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 10).ok());
    m_clock->advanceSecs(9);
    QVERIFY(get(QStringLiteral("k")).has_value());
    QCOMPARE(ttl(QStringLiteral("k")).value(), 1);
    m_clock->advanceSecs(1);
    QVERIFY(!get(QStringLiteral("k")).has_value());
    QCOMPARE(m_events.kinds(),
             names({Kind::Created, Kind::ReadHit, Kind::Expired, Kind::ReadMiss}));
    QCOMPARE(ttl(QStringLiteral("k")).error().code, ErrorCode::NotFound);
    QCOMPARE(m_store->size(), 0);
}

void tst_MemorySessionStore::ttlIsRoundedUpToWholeSecondsAndZeroWithoutTtl()
{
    QVERIFY(set(QStringLiteral("a"), session(1), 10).ok());
    QVERIFY(set(QStringLiteral("b"), session(1), 0).ok());
    m_clock->advanceNs(500'000'000);
    QCOMPARE(ttl(QStringLiteral("a")).value(), 10);
    QCOMPARE(ttl(QStringLiteral("b")).value(), 0);
}

void tst_MemorySessionStore::setOnlyIfExistsDoesNotResurrectADeletedSession()
{
    const Result<void> r = set(QStringLiteral("gone"), session(1), 0, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(m_events.events.isEmpty());
    QVERIFY(!get(QStringLiteral("gone")).has_value());
}

void tst_MemorySessionStore::setOnlyIfExistsUpdatesALiveSession()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 0).ok());
    QVERIFY(set(QStringLiteral("k"), session(2), 5, true).ok());
    QCOMPARE(get(QStringLiteral("k")).value(), session(2));
    QCOMPARE(ttl(QStringLiteral("k")).value(), 5);
    QCOMPARE(m_events.kinds(), names({Kind::Created, Kind::Updated, Kind::ReadHit}));
}

void tst_MemorySessionStore::removeDeletesAndReportsNotFoundWhenAbsent()
{
    QVERIFY(set(QStringLiteral("k"), session(1), 0).ok());
    std::optional<Result<void>> first, second;
    m_store->remove(QStringLiteral("k"), [&](Result<void> r) { first = r; });
    m_store->remove(QStringLiteral("k"), [&](Result<void> r) { second = r; });
    QVERIFY(first && first->ok());
    QVERIFY(second && !second->ok());
    QCOMPARE(second->error().code, ErrorCode::NotFound);
    QCOMPARE(m_events.kinds(), names({Kind::Created, Kind::Deleted}));
}

void tst_MemorySessionStore::listLeavesOutExpiredSessions()
{
    QVERIFY(set(QStringLiteral("short"), session(1), 5).ok());
    QVERIFY(set(QStringLiteral("long"), session(1), 50).ok());
    QVERIFY(set(QStringLiteral("forever"), session(1), 0).ok());
    m_clock->advanceSecs(10);
    QStringList keys;
    m_store->list([&](Result<QStringList> r) { keys = r.value(); });
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("forever"), QStringLiteral("long")}));
}

void tst_MemorySessionStore::quotaCountsWithinTheRenewalWindow()
{
    const QuotaCount first = increment(QStringLiteral("q"), 60);
    QCOMPARE(first.count, 1);
    QCOMPARE(first.ttlSecs, 60);
    m_clock->advanceSecs(20);
    const QuotaCount second = increment(QStringLiteral("q"), 60);
    QCOMPARE(second.count, 2);
    QCOMPARE(second.ttlSecs, 40);
}

void tst_MemorySessionStore::quotaRestartsWhenTheWindowPasses()
{
    increment(QStringLiteral("q"), 60);
    increment(QStringLiteral("q"), 60);
    m_clock->advanceSecs(60);
    const QuotaCount renewed = increment(QStringLiteral("q"), 60);
    QCOMPARE(renewed.count, 1);
    QCOMPARE(renewed.ttlSecs, 60);
}

void tst_MemorySessionStore::quotaWithoutRenewalNeverExpires()
{
    increment(QStringLiteral("q"), 0);
    m_clock->advanceSecs(1'000'000);
    const QuotaCount later = increment(QStringLiteral("q"), -1);
    QCOMPARE(later.count, 2);
    QCOMPARE(later.ttlSecs, 0);
}

void tst_MemorySessionStore::quotaCounterWithoutTtlRestartsOnceARenewalIsConfigured()
{
    increment(QStringLiteral("q"), 0);
    increment(QStringLiteral("q"), 0);
    // Tyk: a counter without TTL while quota_renewal_rate > 0 is set to 0 for a new window.
    const QuotaCount windowed = increment(QStringLiteral("q"), 30);
    QCOMPARE(windowed.count, 1);
    QCOMPARE(windowed.ttlSecs, 30);
    // A counter with a TTL keeps it even when renewal is switched off.
    const QuotaCount kept = increment(QStringLiteral("q"), 0);
    QCOMPARE(kept.count, 2);
    QCOMPARE(kept.ttlSecs, 30);
}

void tst_MemorySessionStore::resetQuotaStartsCountingAgain()
{
    increment(QStringLiteral("q"), 60);
    increment(QStringLiteral("q"), 60);
    bool ok = false;
    m_store->resetQuota(QStringLiteral("q"), [&](Result<void> r) { ok = r.ok(); });
    QVERIFY(ok);
    QCOMPARE(increment(QStringLiteral("q"), 60).count, 1);
}

QTEST_GUILESS_MAIN(tst_MemorySessionStore)
#include "tst_memorysessionstore.moc"
