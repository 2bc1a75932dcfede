// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/manualclock.h"
#include "core/pipeline/ratelimiter.h"

#include <QTest>

using namespace Hb;

namespace {
constexpr qint64 kSec = 1000000000LL;
}

class tst_RateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketHoldsTheFlooredRateAtLeastOne_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("allowed");
        QTest::newRow("3") << 3.0 << 3;
        QTest::newRow("2.9") << 2.9 << 2;
        QTest::newRow("0.5") << 0.5 << 1;
    }
    void bucketHoldsTheFlooredRateAtLeastOne()
    {
        QFETCH(double, rate);
        QFETCH(int, allowed);
        ManualClock clock;
        Pipeline::RateLimiter limiter(clock);
        int passed = 0;
        for (int i = 0; i < 10; ++i)
            passed += limiter.take(QStringLiteral("k"), rate, 10).allowed ? 1 : 0;
        QCOMPARE(passed, allowed);
    }

    void windowStartsAtTheFirstRequestAndRefillsCompletely()
    {
        ManualClock clock;
        Pipeline::RateLimiter limiter(clock);
        const qint64 start = clock.nowNs();
        auto first = limiter.take(QStringLiteral("k"), 2, 10);
        QVERIFY(first.allowed);
        QCOMPARE(first.remaining, qint64(1));
        QCOMPARE(first.limit, qint64(2));
        QCOMPARE(first.resetNs, start + 10 * kSec);
        clock.advanceSecs(4);
        QVERIFY(limiter.take(QStringLiteral("k"), 2, 10).allowed);
        QVERIFY(!limiter.take(QStringLiteral("k"), 2, 10).allowed);
        clock.advanceSecs(6); // 10 s after the first request
        const auto refilled = limiter.take(QStringLiteral("k"), 2, 10);
        QVERIFY(refilled.allowed);
        QCOMPARE(refilled.remaining, qint64(1));
        QCOMPARE(refilled.resetNs, start + 20 * kSec);
    }

    void perIsTruncatedToWholeSecondsAndBelowOneMeansNoLimit()
    {
        ManualClock clock;
        Pipeline::RateLimiter limiter(clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.take(QStringLiteral("fast"), 1, 0.5).allowed);
        QVERIFY(limiter.take(QStringLiteral("k"), 1, 1.9).allowed);
        clock.advanceSecs(1);
        QVERIFY(limiter.take(QStringLiteral("k"), 1, 1.9).allowed);
    }

    void capacityIsFixedWhenTheBucketIsCreated()
    {
        ManualClock clock;
        Pipeline::RateLimiter limiter(clock);
        QVERIFY(limiter.take(QStringLiteral("k"), 1, 60).allowed);
        QVERIFY(!limiter.take(QStringLiteral("k"), 100, 60).allowed);
        QVERIFY(limiter.take(QStringLiteral("k2"), 100, 60).allowed);
    }

    void idleBucketsAreDroppedAfterTenMinutes()
    {
        ManualClock clock;
        Pipeline::RateLimiter limiter(clock);
        QVERIFY(limiter.take(QStringLiteral("k"), 1, 3600).allowed);
        clock.advanceSecs(599);
        QVERIFY(!limiter.take(QStringLiteral("k"), 1, 3600).allowed);
        clock.advanceSecs(600);
        QVERIFY(limiter.take(QStringLiteral("k"), 1, 3600).allowed);
        limiter.take(QStringLiteral("other"), 1, 1);
        clock.advanceSecs(601);
        limiter.take(QStringLiteral("third"), 1, 1);
        QCOMPARE(limiter.bucketCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
