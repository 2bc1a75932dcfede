// SPDX-License-Identifier: GPL-3.0-or-later
// GranularAccessPhase alone: Tyk's GranularAccessMiddleware (gateway/mw_granular_access.go,
// ProcessRequest): the session access right's allowed_urls.
#include "core/pipeline/phases/granularaccessphase.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;
using Hb::Test::PhaseTestKit;
using nlohmann::json;

namespace {
json allowing(json allowedUrls)
{
    return {
        {"access_rights",
         {{"kit", {{"api_id", "kit"}, {"versions", {"Default"}}, {"allowed_urls", allowedUrls}}}}}};
}
} // namespace

class TestGranularAccessPhase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestMatchingAnAllowedUrlAndMethodPasses();
    void pathMatchingNoAllowedUrlIsRefused403ResourceDisallowed();
    void methodNotListedForTheUrlIsRefused();
    void withoutPrefixMatchingTheFullPathIsMatched();
    void withPrefixMatchingThePathWithoutTheListenPathIsTried();
    void emptyAllowedUrlsIsSkipped();
};

void TestGranularAccessPhase::requestMatchingAnAllowedUrlAndMethodPasses()
{
    PhaseTestKit kit;
    GranularAccessPhase phase(kit.api().apiId, kit.api().listenPath, {});
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/users/42"),
                                        allowing({{{"url", "/users/{id}"}, {"methods", {"GET"}}}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(!run.skipped);
}

void TestGranularAccessPhase::pathMatchingNoAllowedUrlIsRefused403ResourceDisallowed()
{
    PhaseTestKit kit;
    GranularAccessPhase phase(kit.api().apiId, kit.api().listenPath, {});
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/orders/1"),
                                        allowing({{{"url", "/users"}, {"methods", {"GET"}}}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
    QCOMPARE(run.error(), QStringLiteral("Access to this resource has been disallowed"));
}

void TestGranularAccessPhase::methodNotListedForTheUrlIsRefused()
{
    PhaseTestKit kit;
    GranularAccessPhase phase(kit.api().apiId, kit.api().listenPath, {});
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("POST", "/kit/users"),
                                        allowing({{{"url", "/users"}, {"methods", {"GET"}}}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
    QCOMPARE(run.reply.status, 403);
}

void TestGranularAccessPhase::withoutPrefixMatchingTheFullPathIsMatched()
{
    // Unanchored regexes on the full path: "^/users" cannot match "/kit/users".
    PhaseTestKit kit;
    GranularAccessPhase phase(kit.api().apiId, kit.api().listenPath, {});
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/users"),
                                        allowing({{{"url", "^/users"}, {"methods", {"GET"}}}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
}

void TestGranularAccessPhase::withPrefixMatchingThePathWithoutTheListenPathIsTried()
{
    PhaseTestKit kit;
    EndpointMatchOptions prefix;
    prefix.prefixMatching = true;
    GranularAccessPhase phase(kit.api().apiId, kit.api().listenPath, prefix);
    auto run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/users/7"),
                                  allowing({{{"url", "/users"}, {"methods", {"GET"}}}}));
    QCOMPARE(run.status, PhaseStatus::Continue);
    // Anchored at the start: neither "/orders/users" nor the full path starts with "/users".
    run = kit.runWithSession(phase, PhaseTestKit::request("GET", "/kit/orders/users"),
                             allowing({{{"url", "/users"}, {"methods", {"GET"}}}}));
    QCOMPARE(run.status, PhaseStatus::Fail);
}

void TestGranularAccessPhase::emptyAllowedUrlsIsSkipped()
{
    PhaseTestKit kit;
    GranularAccessPhase phase(kit.api().apiId, kit.api().listenPath, {});
    const auto run = kit.runWithSession(phase, PhaseTestKit::request("DELETE", "/kit/anything"),
                                        allowing(json::array()));
    QCOMPARE(run.status, PhaseStatus::Continue);
    QVERIFY(run.skipped);
}

QTEST_GUILESS_MAIN(TestGranularAccessPhase)
#include "tst_granularaccessphase.moc"
