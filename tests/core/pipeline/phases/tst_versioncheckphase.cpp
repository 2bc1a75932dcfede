// SPDX-License-Identifier: GPL-3.0-or-later
// VersionCheckPhase alone: Tyk's VersionCheck (gateway/mw_version_check.go, ProcessRequest;
// the version lookup of APISpec.Version and the expiry of APISpec.CheckSpecMatchesStatus in
// gateway/api_definition.go). The endpoint lists through the whole engine are in
// tests/core/pipeline/tst_versioncheck.cpp.
#include "core/pipeline/phases/versioncheckphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;

namespace {
// Versions v1 and v2 chosen by the x-api-version header.
constexpr const char *kByHeader = R"({"version_data": {"not_versioned": false,
    "versions": {"Default": null, "v1": {"name": "v1"}, "v2": {"name": "v2"}}},
    "definition": {"location": "header", "key": "x-api-version"}})";
} // namespace

class TestVersionCheckPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionNamedInTheHeaderIsResolved();
    void missingVersionWithoutDefaultIsRefused403VersionInformationNotFound();
    void missingVersionFallsBackToTheDefaultVersion();
    void unknownVersionIsRefused404ThisApiVersionDoesNotSeemToExist();
    void versionFromTheUrlSegmentAfterTheListenPath();
    void expiredVersionIsRefused403ApiVersionHasExpired();
    void whiteListRefusesOtherPaths403RequestedEndpointIsForbidden();
    void blackListedPathIsRefusedOthersPass();
    void ignoredPathMarksTheExchangeSoAuthIsSkipped();
};

void TestVersionCheckPhase::versionNamedInTheHeaderIsResolved()
{
    PhaseTestKit kit(kByHeader);
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"x-api-version", "v2"}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->versionName, QStringLiteral("v2"));
}

void TestVersionCheckPhase::missingVersionWithoutDefaultIsRefused403VersionInformationNotFound()
{
    PhaseTestKit kit(kByHeader);
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Version information not found"));
}

void TestVersionCheckPhase::missingVersionFallsBackToTheDefaultVersion()
{
    PhaseTestKit kit(R"({"version_data": {"not_versioned": false, "default_version": "v1",
        "versions": {"Default": null, "v1": {"name": "v1"}, "v2": {"name": "v2"}}},
        "definition": {"location": "header", "key": "x-api-version"}})");
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"),
                             [](Exchange &ex) { ex.versionName.clear(); });
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->versionName, QStringLiteral("v1"));
}

void TestVersionCheckPhase::unknownVersionIsRefused404ThisApiVersionDoesNotSeemToExist()
{
    PhaseTestKit kit(kByHeader);
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    const auto run =
        kit.run(phase, PhaseTestKit::request("GET", "/kit/x", {{"x-api-version", "v9"}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 404);
    QCOMPARE(run.error(), QStringLiteral("This API version does not seem to exist"));
}

void TestVersionCheckPhase::versionFromTheUrlSegmentAfterTheListenPath()
{
    PhaseTestKit kit(R"({"version_data": {"not_versioned": false,
        "versions": {"Default": null, "v1": {"name": "v1"}, "v2": {"name": "v2"}}},
        "definition": {"location": "url", "key": ""}})");
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/v2/users"));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QCOMPARE(run.exchange->versionName, QStringLiteral("v2"));
}

void TestVersionCheckPhase::expiredVersionIsRefused403ApiVersionHasExpired()
{
    // Tyk's layout "2006-01-02 15:04"; the kit's clock starts at 2023-11-14 22:13 UTC.
    PhaseTestKit kit(R"({"version_data": {"versions": {"Default": {"name": "Default",
        "expires": "2023-11-14 22:20"}}}})");
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    QCOMPARE(kit.run(phase, PhaseTestKit::request("GET", "/kit/x")).status, PhaseStatus::Continue);
    kit.clock().advanceSecs(8 * 60);
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/x"));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Api Version has expired, please check documentation "
                                         "or contact administrator"));
}

void TestVersionCheckPhase::whiteListRefusesOtherPaths403RequestedEndpointIsForbidden()
{
    PhaseTestKit kit(R"({"version_data": {"versions": {"Default": {"name": "Default",
        "use_extended_paths": true, "extended_paths": {"white_list": [
            {"path": "/open", "method": "GET"}]}}}}})");
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    QCOMPARE(kit.run(phase, PhaseTestKit::request("GET", "/kit/open")).status,
             PhaseStatus::Continue);
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/closed"));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Requested endpoint is forbidden"));
}

void TestVersionCheckPhase::blackListedPathIsRefusedOthersPass()
{
    PhaseTestKit kit(R"({"version_data": {"versions": {"Default": {"name": "Default",
        "use_extended_paths": true, "extended_paths": {"black_list": [
            {"path": "/admin", "method": "GET"}]}}}}})");
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    QCOMPARE(kit.run(phase, PhaseTestKit::request("GET", "/kit/users")).status,
             PhaseStatus::Continue);
    const auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/admin"));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Requested endpoint is forbidden"));
}

void TestVersionCheckPhase::ignoredPathMarksTheExchangeSoAuthIsSkipped()
{
    PhaseTestKit kit(R"({"version_data": {"versions": {"Default": {"name": "Default",
        "use_extended_paths": true, "extended_paths": {"ignored": [
            {"path": "/health", "method": "GET"}]}}}}})");
    VersionCheckPhase phase(kit.api(), {}, kit.clock());
    auto run = kit.run(phase, PhaseTestKit::request("GET", "/kit/health"));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(run.exchange->endpointIgnored);
    run = kit.run(phase, PhaseTestKit::request("GET", "/kit/users"));
    QVERIFY(!run.exchange->endpointIgnored);
}

QTEST_GUILESS_MAIN(TestVersionCheckPhase)
#include "tst_versioncheckphase.moc"
