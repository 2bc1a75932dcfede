// SPDX-License-Identifier: GPL-3.0-or-later
// StripAuthPhase alone: Tyk's StripAuth (gateway/mw_strip_auth.go, ProcessRequest,
// stripFromHeaders and stripFromParams).
#include "core/pipeline/phases/stripauthphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;

class TestStripAuthPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorizationHeaderIsRemovedByDefault();
    void customAuthHeaderIsRemovedAndAuthorizationKept();
    void firstCookieStartingWithTheCookieNameIsRemoved();
    void withUseParamTheParameterIsRemovedAndTheQueryReencodedSorted();
    void everyAuthConfigIsStripped();
};

void TestStripAuthPhase::authorizationHeaderIsRemovedByDefault()
{
    PhaseTestKit kit(R"({"strip_auth_data": true})");
    StripAuthPhase phase(kit.api());
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x",
                                             {{"Authorization", "key123"}, {"X-Other", "kept"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(!run.exchange->request.headers.contains("Authorization"));
    QCOMPARE(run.exchange->request.headers.value("X-Other"), QByteArray("kept"));
}

void TestStripAuthPhase::customAuthHeaderIsRemovedAndAuthorizationKept()
{
    PhaseTestKit kit(R"({"strip_auth_data": true, "auth": {"auth_header_name": "X-Api-Key"}})");
    StripAuthPhase phase(kit.api());
    const auto run = kit.run(
        phase, PhaseTestKit::request("GET", "/kit/x",
                                     {{"X-Api-Key", "key123"}, {"Authorization", "Basic abc"}}));
    QVERIFY(!run.exchange->request.headers.contains("X-Api-Key"));
    QCOMPARE(run.exchange->request.headers.value("Authorization"), QByteArray("Basic abc"));
}

void TestStripAuthPhase::firstCookieStartingWithTheCookieNameIsRemoved()
{
    PhaseTestKit kit(R"({"strip_auth_data": true, "auth": {"cookie_name": "tyk"}})");
    StripAuthPhase phase(kit.api());
    // Tyk compares with HasPrefix, so "tyk2" would go too were it first; only one goes.
    const auto run = kit.run(
        phase, PhaseTestKit::request("GET", "/kit/x", {{"Cookie", "a=1; tyk=key123; tyk2=x"}}));
    QCOMPARE(run.exchange->request.headers.value("Cookie"), QByteArray("a=1; tyk2=x"));
}

void TestStripAuthPhase::withUseParamTheParameterIsRemovedAndTheQueryReencodedSorted()
{
    PhaseTestKit kit(
        R"({"strip_auth_data": true, "auth": {"use_param": true, "param_name": "api_key"}})");
    StripAuthPhase phase(kit.api());
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x?z=1&api_key=key123&a=b%20c"));
    QCOMPARE(run.exchange->request.path(), QByteArray("/kit/x"));
    QCOMPARE(run.exchange->request.query(), QByteArray("a=b+c&z=1"));
}

void TestStripAuthPhase::everyAuthConfigIsStripped()
{
    PhaseTestKit kit(R"({"strip_auth_data": true, "auth_configs": {
        "authToken": {"auth_header_name": "X-Token"},
        "basic": {"auth_header_name": "X-Basic"}}})");
    StripAuthPhase phase(kit.api());
    const auto run = kit.run(
        phase, PhaseTestKit::request("GET", "/kit/x", {{"X-Token", "t"}, {"X-Basic", "b"}}));
    QVERIFY(!run.exchange->request.headers.contains("X-Token"));
    QVERIFY(!run.exchange->request.headers.contains("X-Basic"));
}

QTEST_GUILESS_MAIN(TestStripAuthPhase)
#include "tst_stripauthphase.moc"
