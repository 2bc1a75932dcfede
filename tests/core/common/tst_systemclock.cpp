// SPDX-License-Identifier: GPL-3.0-or-later
// The movable real clock: offsets, and a pause that freezes now() until resumed.
#include "core/common/systemclock.h"

#include <QTest>
#include <QThread>

using namespace Hb;

namespace {
constexpr qint64 Second = 1000000000LL;
constexpr qint64 Sleep = 30; // ms: long enough for the real clock to move visibly
} // namespace

class tst_SystemClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anOffsetMovesNowByThatMuch()
    {
        SystemClock clock;
        const qint64 before = clock.nowNs();
        clock.setOffsetNs(60 * Second);
        QVERIFY(clock.nowNs() - before >= 60 * Second);
        QCOMPARE(clock.offsetNs(), 60 * Second);
    }

    void aPausedClockStandsStill()
    {
        SystemClock clock;
        clock.pause();
        QVERIFY(clock.isPaused());
        const qint64 frozen = clock.nowNs();
        QThread::msleep(Sleep);
        QCOMPARE(clock.nowNs(), frozen);
    }

    void resumingCarriesOnFromTheFrozenInstant()
    {
        SystemClock clock;
        clock.pause();
        const qint64 frozen = clock.nowNs();
        QThread::msleep(Sleep);
        clock.resume();
        QVERIFY(!clock.isPaused());
        const qint64 after = clock.nowNs();
        QVERIFY(after >= frozen);
        // The time spent paused is not made up: well under the sleep has passed since.
        QVERIFY2(after - frozen < Sleep * 1000000 / 2, qPrintable(QString::number(after - frozen)));
        QVERIFY(clock.offsetNs() < 0);
    }

    void jumpingWhilePausedMovesTheFrozenTime()
    {
        SystemClock clock;
        clock.pause();
        const qint64 frozen = clock.nowNs();
        clock.advanceNs(120 * Second);
        QCOMPARE(clock.nowNs(), frozen + 120 * Second);
        QVERIFY(clock.isPaused());
    }

    void settingTheOffsetWhilePausedStaysPaused()
    {
        SystemClock clock;
        clock.pause();
        clock.setOffsetNs(0); // back to real time, still standing
        const qint64 frozen = clock.nowNs();
        QThread::msleep(Sleep);
        QCOMPARE(clock.nowNs(), frozen);
        QVERIFY(clock.offsetNs() <= 0);
    }

    void pausingTwiceKeepsTheFirstInstant()
    {
        SystemClock clock;
        clock.pause();
        const qint64 frozen = clock.nowNs();
        QThread::msleep(Sleep);
        clock.pause();
        QCOMPARE(clock.nowNs(), frozen);
    }
};

QTEST_GUILESS_MAIN(tst_SystemClock)
#include "tst_systemclock.moc"
