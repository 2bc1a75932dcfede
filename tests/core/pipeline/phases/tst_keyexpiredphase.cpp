// SPDX-License-Identifier: GPL-3.0-or-later
// KeyExpiredPhase alone: Tyk's KeyExpired (gateway/mw_key_expired_check.go, ProcessRequest).
#include "core/pipeline/phases/keyexpiredphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;

class TestKeyExpiredPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestWithoutSessionIsRefused400SessionStateIsMissing();
    void inactiveKeyIsRefused403KeyIsInactive();
    void keyPastItsExpiryIsRefused401KeyHasExpired();
    void keyExpiresOnlyOnceTheClockPassesItsExpiry();
    void expiresZeroOrNegativeNeverExpires();
    void ignoredEndpointIsSkippedEvenWithoutSession();
};

void TestKeyExpiredPhase::requestWithoutSessionIsRefused400SessionStateIsMissing()
{
    PhaseTestKit kit;
    KeyExpiredPhase phase(kit.clock());
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 400);
    QCOMPARE(run.error(), QStringLiteral("Session state is missing or unset! Please make sure "
                                         "that auth headers are properly applied"));
}

void TestKeyExpiredPhase::inactiveKeyIsRefused403KeyIsInactive()
{
    PhaseTestKit kit;
    KeyExpiredPhase phase(kit.clock());
    const auto run =
        kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"), {{"is_inactive", true}});
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Key is inactive, please renew"));
}

void TestKeyExpiredPhase::keyPastItsExpiryIsRefused401KeyHasExpired()
{
    PhaseTestKit kit;
    KeyExpiredPhase phase(kit.clock());
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"),
                                        {{"expires", kit.clock().nowSecs() - 1}});
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 401);
    QCOMPARE(run.error(), QStringLiteral("Key has expired, please renew"));
}

void TestKeyExpiredPhase::keyExpiresOnlyOnceTheClockPassesItsExpiry()
{
    PhaseTestKit kit;
    KeyExpiredPhase phase(kit.clock());
    const qint64 expires = kit.clock().nowSecs() + 60;
    auto run =
        kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"), {{"expires", expires}});
    QCOMPARE(run.status, PhaseStatus::Continue);
    kit.clock().advanceSecs(60); // now == expires: Tyk compares with "<", still valid
    run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"), {{"expires", expires}});
    QCOMPARE(run.status, PhaseStatus::Continue);
    kit.clock().advanceSecs(1);
    run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"), {{"expires", expires}});
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 401);
}

void TestKeyExpiredPhase::expiresZeroOrNegativeNeverExpires()
{
    PhaseTestKit kit;
    KeyExpiredPhase phase(kit.clock());
    for (const qint64 expires : {qint64(0), qint64(-1)}) {
        const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"),
                                            {{"expires", expires}});
        QCOMPARE(run.status, PhaseStatus::Continue);
        QVERIFY(!run.skipped);
    }
}

void TestKeyExpiredPhase::ignoredEndpointIsSkippedEvenWithoutSession()
{
    PhaseTestKit kit;
    KeyExpiredPhase phase(kit.clock());
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"),
                             [](Exchange &ex) { ex.endpointIgnored = true; });
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(run.skipped);
}

QTEST_GUILESS_MAIN(TestKeyExpiredPhase)
#include "tst_keyexpiredphase.moc"
