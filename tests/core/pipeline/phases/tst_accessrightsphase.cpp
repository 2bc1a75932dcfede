// SPDX-License-Identifier: GPL-3.0-or-later
// AccessRightsPhase alone: Tyk's AccessRightsCheck (gateway/mw_access_rights.go,
// ProcessRequest).
#include "core/pipeline/phases/accessrightsphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;
using nlohmann::json;

namespace {
json rightsFor(const char *apiId, json versions)
{
    return {{"access_rights",
             {{apiId, {{"api_id", apiId}, {"api_name", apiId}, {"versions", versions}}}}}};
}

// Versions from a header; v1 and v2 exist.
constexpr const char *kVersionedApi = R"({"version_data": {"not_versioned": false,
    "versions": {"Default": null, "v1": {"name": "v1"}, "v2": {"name": "v2"}}},
    "definition": {"location": "header", "key": "x-api-version"}})";
} // namespace

class TestAccessRightsPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionWithoutAccessRightsPassesAsAMasterKey();
    void sessionWhoseRightsLackThisApiIsRefused403();
    void sessionListingThisApiPasses();
    void versionNotInTheAccessRightIsRefused403();
    void nonVersionedApiDoesNotCheckTheVersion();
};

void TestAccessRightsPhase::sessionWithoutAccessRightsPassesAsAMasterKey()
{
    PhaseTestKit kit;
    AccessRightsPhase phase(kit.api().apiId, kit.api().versionData.notVersioned);
    const auto run =
        kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"), json::object());
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(run.skipped);
}

void TestAccessRightsPhase::sessionWhoseRightsLackThisApiIsRefused403()
{
    PhaseTestKit kit;
    AccessRightsPhase phase(kit.api().apiId, kit.api().versionData.notVersioned);
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"),
                                        rightsFor("other", {"Default"}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Access to this API has been disallowed"));
}

void TestAccessRightsPhase::sessionListingThisApiPasses()
{
    PhaseTestKit kit;
    AccessRightsPhase phase(kit.api().apiId, kit.api().versionData.notVersioned);
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"),
                                        rightsFor("kit", {"Default"}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(!run.skipped);
}

void TestAccessRightsPhase::versionNotInTheAccessRightIsRefused403()
{
    PhaseTestKit kit(kVersionedApi);
    AccessRightsPhase phase(kit.api().apiId, kit.api().versionData.notVersioned);
    const json session = rightsFor("kit", {"v1"});
    auto runFor = [&](const QString &version) {
        return kit.run(phase, PhaseTestKit::request("GET", "/kit/x"), [&](Exchange &ex) {
            ex.session = Session::SessionState(session);
            ex.sessionKey = QStringLiteral("key123");
            ex.versionName = version; // what VersionCheck resolved
        });
    };
    QCOMPARE(runFor(QStringLiteral("v1")).status, PhaseStatus::Continue);
    const auto refused = runFor(QStringLiteral("v2"));
    QCOMPARE(refused.status, PhaseStatus::Fail);
    QCOMPARE(refused.reply.status, 403);
    QCOMPARE(refused.error(), QStringLiteral("Access to this API has been disallowed"));
}

void TestAccessRightsPhase::nonVersionedApiDoesNotCheckTheVersion()
{
    PhaseTestKit kit;
    AccessRightsPhase phase(kit.api().apiId, kit.api().versionData.notVersioned);
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/x"),
                                        rightsFor("kit", {"some-other-version"}));
    QCOMPARE(run.status, PhaseStatus::Continue);
}

QTEST_GUILESS_MAIN(TestAccessRightsPhase)
#include "tst_accessrightsphase.moc"
