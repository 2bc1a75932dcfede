// SPDX-License-Identifier: GPL-3.0-or-later
// AuthKeyPhase alone: Tyk's standard token auth (gateway/mw_auth_key.go, AuthKey.ProcessRequest
// and getAuthToken; the session lookup of SessionDetail in gateway/auth_manager.go).
#include "core/pipeline/phases/authkeyphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;

class TestAuthKeyPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestWithoutAKeyIsRefused401AuthorizationFieldMissing();
    void unknownKeyIsRefused403AccessToThisApiHasBeenDisallowed();
    void knownKeyBecomesTheRequestsSession();
    void bearerPrefixIsStrippedInAnyCase();
    void keyShorterThanMinTokenLengthIsRefusedWithoutALookUp();
    void nonEmptyQueryParameterOverridesTheHeaderWithUseParam();
    void cookieIsReadWithUseCookie();
    void customKeyIsFoundUnderItsGeneratedNameFirst();
    void withHashKeysTheSessionIsLookedUpUnderTheKeysHash();
    void policyThatCannotBeAppliedMakesTheKeyUnknown();
    void otherBaseIdentityOnlyChecksThatTheKeyExists();
    void ignoredEndpointIsSkipped();
};

namespace {
AuthKeyPhase makePhase(PhaseTestKit &kit)
{
    return AuthKeyPhase(kit.api(), kit.store(), kit.policies(), kit.keyHasher(),
                        kit.config().minTokenLength);
}
} // namespace

void TestAuthKeyPhase::requestWithoutAKeyIsRefused401AuthorizationFieldMissing()
{
    PhaseTestKit kit;
    AuthKeyPhase phase = makePhase(kit);
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"));
    QVERIFY(run.finished);
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 401);
    QCOMPARE(run.error(), QStringLiteral("Authorization field missing"));
}

void TestAuthKeyPhase::unknownKeyIsRefused403AccessToThisApiHasBeenDisallowed()
{
    PhaseTestKit kit;
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "nobody"}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Access to this API has been disallowed"));
    QVERIFY(!run.exchange->session);
}

void TestAuthKeyPhase::knownKeyBecomesTheRequestsSession()
{
    PhaseTestKit kit;
    kit.putSession(QStringLiteral("key123"), {{"rate", 7}});
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "key123"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(run.paused); // the store lookup goes through the completion
    QVERIFY(run.exchange->session);
    QCOMPARE(run.exchange->session->json().value("rate", 0), 7);
    QCOMPARE(run.exchange->sessionKey, QStringLiteral("key123"));
}

void TestAuthKeyPhase::bearerPrefixIsStrippedInAnyCase()
{
    PhaseTestKit kit;
    kit.putSession(QStringLiteral("key123"), {});
    AuthKeyPhase phase = makePhase(kit);
    for (const QByteArray &value : {QByteArray("Bearer key123"), QByteArray("bEaReR key123")}) {
        const auto run =
            kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", value}}));
        QCOMPARE(run.status, PhaseStatus::Continue);
        QCOMPARE(run.exchange->sessionKey, QStringLiteral("key123"));
    }
}

void TestAuthKeyPhase::keyShorterThanMinTokenLengthIsRefusedWithoutALookUp()
{
    Api::GatewayConfig config;
    config.minTokenLength = 8;
    PhaseTestKit kit("{}", config);
    kit.putSession(QStringLiteral("short"), {}); // exists, but is too short to be tried
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "short"}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QVERIFY(!run.paused);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Access to this API has been disallowed"));
}

void TestAuthKeyPhase::nonEmptyQueryParameterOverridesTheHeaderWithUseParam()
{
    PhaseTestKit kit(R"({"auth": {"use_param": true, "param_name": "api_key"}})");
    kit.putSession(QStringLiteral("fromheader"), {});
    kit.putSession(QStringLiteral("fromparam"), {});
    AuthKeyPhase phase = makePhase(kit);
    auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x?api_key=fromparam",
                                                    {{"Authorization", "fromheader"}}));
    QCOMPARE(run.exchange->sessionKey, QStringLiteral("fromparam"));
    // An empty parameter leaves the header's key.
    run = kit.run(
        phase, PhaseTestKit::request("GET", "/kit/x?api_key=", {{"Authorization", "fromheader"}}));
    QCOMPARE(run.exchange->sessionKey, QStringLiteral("fromheader"));
}

void TestAuthKeyPhase::cookieIsReadWithUseCookie()
{
    PhaseTestKit kit(R"({"auth": {"use_cookie": true, "cookie_name": "tyk_key"}})");
    kit.putSession(QStringLiteral("cookiekey"), {});
    AuthKeyPhase phase = makePhase(kit);
    const auto run = kit.run(
        phase, PhaseTestKit::request("GET", "/kit/x", {{"Cookie", "a=b; tyk_key=cookiekey"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->sessionKey, QStringLiteral("cookiekey"));
}

void TestAuthKeyPhase::customKeyIsFoundUnderItsGeneratedNameFirst()
{
    PhaseTestKit kit;
    const QString generated =
        kit.keyHasher().generateToken(QStringLiteral("org1"), QStringLiteral("custom"));
    QVERIFY(generated != QStringLiteral("custom"));
    kit.putSession(generated, {{"rate", 1}});
    kit.putSession(QStringLiteral("custom"), {{"rate", 2}});
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "custom"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->sessionKey, generated);
    QCOMPARE(run.exchange->session->json().value("rate", 0), 1);
}

void TestAuthKeyPhase::withHashKeysTheSessionIsLookedUpUnderTheKeysHash()
{
    PhaseTestKit kit;
    kit.setKeyHasher(Session::KeyHasher(true, QStringLiteral("murmur64")));
    const QString hashed = kit.keyHasher().storageKey(QStringLiteral("key123"));
    QVERIFY(hashed != QStringLiteral("key123"));
    kit.putSession(hashed, {});
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "key123"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->sessionKey, hashed);
}

void TestAuthKeyPhase::policyThatCannotBeAppliedMakesTheKeyUnknown()
{
    PhaseTestKit kit;
    kit.putSession(QStringLiteral("key123"), {{"apply_policies", {"no-such-policy"}}});
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "key123"}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Access to this API has been disallowed"));
}

void TestAuthKeyPhase::otherBaseIdentityOnlyChecksThatTheKeyExists()
{
    PhaseTestKit kit(R"({"base_identity_provided_by": "custom_auth"})");
    kit.putSession(QStringLiteral("key123"), {});
    AuthKeyPhase phase = makePhase(kit);
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"Authorization", "key123"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(!run.exchange->session);
    QVERIFY(run.exchange->sessionKey.isEmpty());
}

void TestAuthKeyPhase::ignoredEndpointIsSkipped()
{
    PhaseTestKit kit;
    AuthKeyPhase phase = makePhase(kit);
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"),
                             [](Exchange &ex) { ex.endpointIgnored = true; });
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(run.skipped);
}

QTEST_GUILESS_MAIN(TestAuthKeyPhase)
#include "tst_authkeyphase.moc"
