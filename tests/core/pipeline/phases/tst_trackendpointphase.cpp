// SPDX-License-Identifier: GPL-3.0-or-later
// TrackEndpointPhase alone: Tyk's TrackEndpointMiddleware (gateway/mw_track_endpoints.go,
// EnabledForSpec and ProcessRequest).
#include "core/pipeline/phases/trackendpointphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;

namespace {
// An API whose Default version lists `extendedPaths` (JSON) with use_extended_paths set.
Api::ApiDefinition apiWith(const char *extendedPaths, bool useExtendedPaths = true)
{
    return PhaseTestKit::apiFromJson(
        QByteArray(R"({"version_data": {"versions": {"Default": {"use_extended_paths": )") +
        (useExtendedPaths ? "true" : "false") + R"(, "extended_paths": )" + extendedPaths + "}}}}");
}

const char *kLists = R"({
    "track_endpoints": [{"path": "/orders/{id}", "method": "GET"},
                        {"path": "", "method": "PUT"}],
    "do_not_track_endpoints": [{"path": "/health", "method": "GET"}]})";

void setDefaultVersion(Exchange &ex)
{
    ex.versionName = QStringLiteral("Default");
}
} // namespace

class TestTrackEndpointPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTrackedEndpointGivesTheRecordItsPattern()
    {
        PhaseTestKit kit;
        auto phase = TrackEndpointPhase::forApi(apiWith(kLists), true, {});
        QVERIFY(phase);
        const auto run =
            kit.run(*phase, PhaseTestKit::request("GET", "/kit/orders/17"), setDefaultVersion);
        QCOMPARE(run.status, PhaseStatus::Continue);
        QCOMPARE(run.exchange->analyticsTrackedPath, QStringLiteral("/orders/{id}"));
        QVERIFY(!run.exchange->analyticsDoNotTrack);
    }

    void theMethodIsComparedExactly()
    {
        PhaseTestKit kit;
        auto phase = TrackEndpointPhase::forApi(apiWith(kLists), true, {});
        const auto run =
            kit.run(*phase, PhaseTestKit::request("POST", "/kit/orders/17"), setDefaultVersion);
        QVERIFY(run.exchange->analyticsTrackedPath.isEmpty());
        QVERIFY(run.skipped);
    }

    void anEmptyPathMatchesEverythingAndIsRecordedAsSlash()
    {
        PhaseTestKit kit;
        auto phase = TrackEndpointPhase::forApi(apiWith(kLists), true, {});
        const auto run =
            kit.run(*phase, PhaseTestKit::request("PUT", "/kit/any/thing"), setDefaultVersion);
        QCOMPARE(run.exchange->analyticsTrackedPath, QStringLiteral("/"));
    }

    void aDoNotTrackEndpointMarksTheRequestUntracked()
    {
        PhaseTestKit kit;
        auto phase = TrackEndpointPhase::forApi(apiWith(kLists), true, {});
        const auto run =
            kit.run(*phase, PhaseTestKit::request("GET", "/kit/health"), setDefaultVersion);
        QCOMPARE(run.status, PhaseStatus::Continue);
        QVERIFY(run.exchange->analyticsDoNotTrack);
    }

    void notInstalledWithoutAnalyticsForAnUntrackedApiOrWithoutEntries()
    {
        QVERIFY(!TrackEndpointPhase::forApi(apiWith(kLists), false, {}));
        Api::ApiDefinition untracked = apiWith(kLists);
        untracked.doNotTrack = true;
        QVERIFY(!TrackEndpointPhase::forApi(untracked, true, {}));
        QVERIFY(!TrackEndpointPhase::forApi(apiWith("{}"), true, {}));
    }

    void entriesOfAVersionWithoutExtendedPathsMatchNothing()
    {
        PhaseTestKit kit;
        auto phase = TrackEndpointPhase::forApi(apiWith(kLists, false), true, {});
        QVERIFY(phase); // Tyk's EnabledForSpec counts them
        const auto run =
            kit.run(*phase, PhaseTestKit::request("GET", "/kit/health"), setDefaultVersion);
        QVERIFY(!run.exchange->analyticsDoNotTrack);
        QVERIFY(run.skipped);
    }

    void disabledEntriesAreLeftOut()
    {
        PhaseTestKit kit;
        auto phase = TrackEndpointPhase::forApi(
            apiWith(R"({"track_endpoints": [{"path": "/a", "method": "GET", "disabled": true}]})"),
            true, {});
        QVERIFY(phase);
        const auto run = kit.run(*phase, PhaseTestKit::request("GET", "/kit/a"), setDefaultVersion);
        QVERIFY(run.exchange->analyticsTrackedPath.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrackEndpointPhase)
#include "tst_trackendpointphase.moc"
