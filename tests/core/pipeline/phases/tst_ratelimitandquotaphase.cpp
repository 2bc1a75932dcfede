// SPDX-License-Identifier: GPL-3.0-or-later
// RateLimitAndQuotaPhase alone: Tyk's RateLimitAndQuotaCheck (gateway/mw_rate_limiting.go,
// ProcessRequest and handleRateLimitFailure; the quota counter of RedisQuotaExceeded in
// gateway/session_manager.go).
#include "core/pipeline/phases/ratelimitandquotaphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>
#include <QTimer>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseRun;
using Hb::Test::PhaseTestKit;
using nlohmann::json;

namespace {
constexpr qint64 kUnlimited = -1;

json limits(double rate, double per, qint64 quotaMax = kUnlimited, qint64 renewal = 0)
{
    return {{"rate", rate},
            {"per", per},
            {"quota_max", quotaMax},
            {"quota_remaining", quotaMax},
            {"quota_renewal_rate", renewal}};
}

struct Limited
{
    PhaseTestKit kit;
    RateLimitAndQuotaPhase phase;

    explicit Limited(RateLimitAndQuotaPhase::Options options = {})
        : phase(withApi(std::move(options), kit.api()), kit.rateLimiter(), kit.store(), kit.clock())
    {}
    static RateLimitAndQuotaPhase::Options withApi(RateLimitAndQuotaPhase::Options options,
                                                   const Api::ApiDefinition &api)
    {
        options.apiId = api.apiId;
        options.listenPath = api.listenPath;
        return options;
    }
    // One request of the key "key123" whose session is `session` (as AuthKey found it).
    PhaseRun send(const json &session, const QByteArray &target = "/kit/x")
    {
        return kit.runWithSession(phase, PhaseTestKit::request("GET", target), session);
    }
};
} // namespace

class TestRateLimitAndQuotaPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestOverTheRateIsRefused429RateLimitExceeded();
    void bucketRefillsOncePerSecondsHavePassed();
    void requestOverTheQuotaIsRefused403QuotaExceeded();
    void quotaRenewsAfterItsRenewalRate();
    void countedRequestWritesQuotaRemainingAndRenewsIntoTheStoredSession();
    void accessRightLimitReplacesTheSessionRoot();
    void sessionWhoseAccessRightsLackThisApiIsRefused429();
    void requestRefusedByTheRateLimiterConsumesNoQuota();
    void rateLimitsModeSetsTheLimiterHeadersAlsoOnTheRefusal();
    void disabledQuotaCountsNothing();
    void throttledRequestFailsOnceItsRetriesAreUsedUp();
    void throttledRequestGoesThroughWhenTheBucketRefillsDuringTheWait();
    void ignoredEndpointIsSkipped();
};

void TestRateLimitAndQuotaPhase::requestOverTheRateIsRefused429RateLimitExceeded()
{
    Limited f;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f.send(limits(3, 60)).status, PhaseStatus::Continue);
    const PhaseRun refused = f.send(limits(3, 60));
    QCOMPARE(refused.status, PhaseStatus::Fail);
    QCOMPARE(refused.reply.status, 429);
    QCOMPARE(refused.error(), QStringLiteral("Rate Limit Exceeded"));
}

void TestRateLimitAndQuotaPhase::bucketRefillsOncePerSecondsHavePassed()
{
    Limited f;
    QCOMPARE(f.send(limits(1, 60)).status, PhaseStatus::Continue);
    f.kit.clock().advanceSecs(59);
    QCOMPARE(f.send(limits(1, 60)).status, PhaseStatus::Fail);
    f.kit.clock().advanceSecs(1);
    QCOMPARE(f.send(limits(1, 60)).status, PhaseStatus::Continue);
}

void TestRateLimitAndQuotaPhase::requestOverTheQuotaIsRefused403QuotaExceeded()
{
    Limited f;
    QCOMPARE(f.send(limits(0, 0, 2, 3600)).status, PhaseStatus::Continue);
    QCOMPARE(f.send(limits(0, 0, 2, 3600)).status, PhaseStatus::Continue);
    const PhaseRun refused = f.send(limits(0, 0, 2, 3600));
    QVERIFY(refused.paused); // the counter is the store's
    QCOMPARE(refused.status, PhaseStatus::Fail);
    QCOMPARE(refused.reply.status, 403);
    QCOMPARE(refused.error(), QStringLiteral("Quota exceeded"));
}

void TestRateLimitAndQuotaPhase::quotaRenewsAfterItsRenewalRate()
{
    Limited f;
    QCOMPARE(f.send(limits(0, 0, 1, 3600)).status, PhaseStatus::Continue);
    QCOMPARE(f.send(limits(0, 0, 1, 3600)).status, PhaseStatus::Fail);
    f.kit.clock().advanceSecs(3600);
    QCOMPARE(f.send(limits(0, 0, 1, 3600)).status, PhaseStatus::Continue);
}

void TestRateLimitAndQuotaPhase::countedRequestWritesQuotaRemainingAndRenewsIntoTheStoredSession()
{
    Limited f;
    const qint64 start = f.kit.clock().nowSecs();
    QCOMPARE(f.send(limits(0, 0, 5, 3600)).status, PhaseStatus::Continue);
    // The runner persists the session the phase marked modified, as Tyk's middleware does.
    const auto stored = f.kit.storedSession(QStringLiteral("key123"));
    QVERIFY(stored);
    QCOMPARE(stored->value("quota_remaining", qint64(0)), qint64(4));
    QCOMPARE(stored->value("quota_renews", qint64(0)), start + 3600);
}

void TestRateLimitAndQuotaPhase::accessRightLimitReplacesTheSessionRoot()
{
    Limited f;
    json session = limits(100, 60);
    session["access_rights"] = {
        {"kit", {{"api_id", "kit"}, {"versions", {"Default"}}, {"limit", limits(1, 60)}}}};
    QCOMPARE(f.send(session).status, PhaseStatus::Continue);
    const PhaseRun refused = f.send(session);
    QCOMPARE(refused.status, PhaseStatus::Fail);
    QCOMPARE(refused.reply.status, 429);
}

void TestRateLimitAndQuotaPhase::sessionWhoseAccessRightsLackThisApiIsRefused429()
{
    Limited f;
    json session = limits(100, 60);
    session["access_rights"] = {{"other", {{"api_id", "other"}, {"versions", {"Default"}}}}};
    const PhaseRun refused = f.send(session);
    QCOMPARE(refused.status, PhaseStatus::Fail);
    QCOMPARE(refused.reply.status, 429);
    QCOMPARE(refused.error(), QStringLiteral("Rate Limit Exceeded"));
}

void TestRateLimitAndQuotaPhase::requestRefusedByTheRateLimiterConsumesNoQuota()
{
    Limited f;
    QCOMPARE(f.send(limits(1, 60, 5, 3600)).status, PhaseStatus::Continue);
    QCOMPARE(f.send(limits(1, 60, 5, 3600)).reply.status, 429);
    f.kit.clock().advanceSecs(60);
    QCOMPARE(f.send(limits(1, 60, 5, 3600)).status, PhaseStatus::Continue);
    const auto stored = f.kit.storedSession(QStringLiteral("key123"));
    QVERIFY(stored);
    QCOMPARE(stored->value("quota_remaining", qint64(0)), qint64(3)); // two of five counted
}

void TestRateLimitAndQuotaPhase::rateLimitsModeSetsTheLimiterHeadersAlsoOnTheRefusal()
{
    RateLimitAndQuotaPhase::Options options;
    options.rateLimitHeaders = true;
    Limited f(options);
    const PhaseRun first = f.send(limits(2, 60));
    QCOMPARE(first.exchange->rateLimitHeaders.value("X-Ratelimit-Limit"), QByteArray("2"));
    QCOMPARE(first.exchange->rateLimitHeaders.value("X-Ratelimit-Remaining"), QByteArray("1"));
    (void)f.send(limits(2, 60));
    const PhaseRun refused = f.send(limits(2, 60));
    QCOMPARE(refused.reply.status, 429);
    QCOMPARE(refused.reply.headers.value("X-Ratelimit-Limit"), QByteArray("2"));
    QCOMPARE(refused.reply.headers.value("X-Ratelimit-Remaining"), QByteArray("0"));
}

void TestRateLimitAndQuotaPhase::disabledQuotaCountsNothing()
{
    RateLimitAndQuotaPhase::Options options;
    options.disableQuota = true;
    Limited f(options);
    QCOMPARE(f.send(limits(0, 0, 1, 3600)).status, PhaseStatus::Continue);
    QCOMPARE(f.send(limits(0, 0, 1, 3600)).status, PhaseStatus::Continue);
    QVERIFY(!f.kit.storedSession(QStringLiteral("key123"))); // nothing to persist
}

void TestRateLimitAndQuotaPhase::throttledRequestFailsOnceItsRetriesAreUsedUp()
{
    Limited f;
    json session = limits(1, 60);
    session["throttle_retry_limit"] = 2;
    session["throttle_interval"] = 0.01;
    QCOMPARE(f.send(session).status, PhaseStatus::Continue);
    const PhaseRun refused = f.send(session);
    QVERIFY(refused.finished);
    QVERIFY(refused.paused);
    QCOMPARE(refused.status, PhaseStatus::Fail);
    QCOMPARE(refused.reply.status, 429);
    QCOMPARE(refused.error(), QStringLiteral("Rate Limit Exceeded"));
    QCOMPARE(refused.exchange->throttleLevel, qint64(3)); // two retries, then the refusal
}

void TestRateLimitAndQuotaPhase::throttledRequestGoesThroughWhenTheBucketRefillsDuringTheWait()
{
    Limited f;
    json session = limits(1, 60);
    session["throttle_retry_limit"] = 5;
    session["throttle_interval"] = 0.05;
    QCOMPARE(f.send(session).status, PhaseStatus::Continue);
    // Moves the clock past the window while the request waits its first interval.
    QTimer::singleShot(0, [&f] { f.kit.clock().advanceSecs(60); });
    const PhaseRun run = f.send(session);
    QVERIFY(run.paused);
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->throttleLevel, qint64(1));
}

void TestRateLimitAndQuotaPhase::ignoredEndpointIsSkipped()
{
    Limited f;
    for (int i = 0; i < 3; ++i) {
        const PhaseRun run =
            f.kit.run(f.phase, PhaseTestKit::request("GET", "/kit/x"), [](Exchange &ex) {
                ex.session = Session::SessionState(limits(1, 60));
                ex.sessionKey = QStringLiteral("key123");
                ex.endpointIgnored = true;
            });
        QCOMPARE(run.status, PhaseStatus::Continue);
        QVERIFY(run.skipped);
    }
}

QTEST_GUILESS_MAIN(TestRateLimitAndQuotaPhase)
#include "tst_ratelimitandquotaphase.moc"
