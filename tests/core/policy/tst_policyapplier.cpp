// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/policyapplier.h"
#include "core/policy/policystore.h"
#include "core/session/sessionstate.h"

#include <QTest>

using namespace Hb;
using nlohmann::json;

// QCOMPARE cannot take nlohmann::json (its conversions confuse qCompare's overloads).
#define QCOMPARE_JSON(actual, expected)                                                            \
    QCOMPARE(QString::fromStdString((actual).dump()), QString::fromStdString((expected).dump()))

namespace {
// A policy granting `apis` (each with version "Default") in org1.
json policy(const QString &id, json fields = json::object(),
            const QStringList &apis = {QStringLiteral("api1")})
{
    json p = {{"id", id.toStdString()}, {"org_id", "org1"}, {"access_rights", json::object()}};
    for (const QString &api : apis)
        p["access_rights"][api.toStdString()] = {{"api_id", api.toStdString()},
                                                 {"versions", {"Default"}}};
    for (const auto &[k, v] : fields.items())
        p[k] = v;
    return p;
}

Policy::PolicyStore store(const QList<json> &policies)
{
    QList<Policy::Policy> list;
    for (const json &p : policies)
        list.append(Policy::Policy(p));
    return Policy::PolicyStore(list);
}

struct Applied
{
    Result<void> result;
    json session;
};

Applied apply(const QList<json> &policies, json session,
              std::optional<QString> org = QStringLiteral("org1"))
{
    const Policy::PolicyStore s = store(policies);
    Session::SessionState state(std::move(session));
    Result<void> r = Policy::PolicyApplier(s).apply(state, org);
    return {r, state.json()};
}
} // namespace

class tst_PolicyApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyPoliciesReplaceTheSessionsAccessRights()
    {
        const auto a = apply(
            {policy(QStringLiteral("p1"), {{"rate", 10}, {"per", 1}})},
            {{"apply_policies", {"p1"}}, {"access_rights", {{"other", {{"api_id", "other"}}}}}});
        QVERIFY(a.result.ok());
        QCOMPARE(int(a.session["access_rights"].size()), 1);
        QVERIFY(a.session["access_rights"].contains("api1"));
        QCOMPARE_JSON(a.session["access_rights"]["api1"]["versions"], json({"Default"}));
        QCOMPARE_JSON(a.session["rate"], json(10));
        QCOMPARE_JSON(a.session["per"], json(1));
    }

    void applyPolicyIdIsUsedWhenApplyPoliciesIsEmpty()
    {
        const auto a = apply({policy(QStringLiteral("p1"), {{"quota_max", 5}})},
                             {{"apply_policies", json::array()}, {"apply_policy_id", "p1"}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["quota_max"], json(5));
    }

    void policyOfAnotherOrgIsAnError()
    {
        auto p = policy(QStringLiteral("p1"));
        p["org_id"] = "org2";
        const auto a = apply({p}, {{"apply_policies", {"p1"}}});
        QVERIFY(!a.result.ok());
        QVERIFY(a.result.error().message.contains(u"different organisation"));
        // The key API applies without an org to check.
        QVERIFY(apply({p}, {{"apply_policies", {"p1"}}}, std::nullopt).result.ok());
    }

    void unknownPolicyIsAnErrorOnlyWhenItIsTheOnlyOne()
    {
        const auto alone = apply({policy(QStringLiteral("p1"))}, {{"apply_policies", {"nope"}}});
        QVERIFY(!alone.result.ok());
        QCOMPARE(alone.result.error().message, QStringLiteral("policy not found: \"nope\""));
        const auto several =
            apply({policy(QStringLiteral("p1"))}, {{"apply_policies", {"nope", "p1"}}});
        QVERIFY(several.result.ok());
        QVERIFY(several.session["access_rights"].contains("api1"));
    }

    void governedAspectsAreZeroedBeforeMerging()
    {
        // The key's own generous rate would win the "allows more" comparison; Tyk clears it
        // first so the policy's rate applies.
        const auto a =
            apply({policy(QStringLiteral("p1"), {{"rate", 1}, {"per", 60}, {"quota_max", 3}})},
                  {{"apply_policies", {"p1"}},
                   {"rate", 1000},
                   {"per", 1},
                   {"quota_max", 1000},
                   {"quota_remaining", 999}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["rate"], json(1));
        QCOMPARE_JSON(a.session["per"], json(60));
        QCOMPARE_JSON(a.session["quota_max"], json(3));
        QCOMPARE_JSON(a.session["quota_remaining"], json(0));
    }

    void aspectsOutsideAPartitionKeepTheSessionValues()
    {
        auto p = policy(QStringLiteral("p1"), {{"quota_max", 7},
                                               {"rate", 1},
                                               {"per", 60},
                                               {"partitions", {{"quota", true}, {"acl", true}}}});
        const auto a = apply({p}, {{"apply_policies", {"p1"}}, {"rate", 50}, {"per", 10}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["quota_max"], json(7));
        QCOMPARE_JSON(a.session["rate"], json(50));
        QCOMPARE_JSON(a.session["per"], json(10));
        // The API's limit inherits the root rate it was not given.
        QCOMPARE_JSON(a.session["access_rights"]["api1"]["limit"]["rate"], json(50));
    }

    void accessRightsAreUnionedPerApi()
    {
        auto p1 = policy(QStringLiteral("p1"), json::object(),
                         {QStringLiteral("api1"), QStringLiteral("api2")});
        p1["access_rights"]["api1"]["allowed_urls"] = {{{"url", "/a"}, {"methods", {"GET"}}}};
        auto p2 = policy(QStringLiteral("p2"));
        p2["access_rights"]["api1"]["versions"] = {"v2"};
        p2["access_rights"]["api1"]["allowed_urls"] = {{{"url", "/a"}, {"methods", {"POST"}}},
                                                       {{"url", "/b"}, {"methods", {"GET"}}}};
        const auto a = apply({p1, p2}, {{"apply_policies", {"p1", "p2"}}});
        QVERIFY(a.result.ok());
        const json &r = a.session["access_rights"];
        QCOMPARE(int(r.size()), 2);
        QCOMPARE_JSON(r["api1"]["versions"], json({"Default", "v2"}));
        QCOMPARE_JSON(r["api1"]["allowed_urls"],
                      json({{{"url", "/a"}, {"methods", {"GET", "POST"}}},
                            {{"url", "/b"}, {"methods", {"GET"}}}}));
    }

    void largestQuotaWins_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("larger second") << qint64(10) << qint64(20) << qint64(20);
        QTest::newRow("larger first") << qint64(30) << qint64(20) << qint64(30);
        QTest::newRow("unlimited first") << qint64(-1) << qint64(20) << qint64(-1);
        QTest::newRow("unlimited second") << qint64(5) << qint64(-1) << qint64(-1);
    }
    void largestQuotaWins()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(qint64, expected);
        const auto a = apply(
            {policy(QStringLiteral("p1"), {{"quota_max", first}, {"quota_renewal_rate", 60}}),
             policy(QStringLiteral("p2"), {{"quota_max", second}, {"quota_renewal_rate", 3600}})},
            {{"apply_policies", {"p1", "p2"}}});
        QVERIFY(a.result.ok());
        QCOMPARE(a.session["quota_max"].get<qint64>(), expected);
        QCOMPARE(a.session["access_rights"]["api1"]["limit"]["quota_max"].get<qint64>(), expected);
        QCOMPARE(a.session["quota_renewal_rate"].get<qint64>(), qint64(3600));
    }

    void rateThatAllowsMoreRequestsWins_data()
    {
        QTest::addColumn<double>("rate1");
        QTest::addColumn<double>("per1");
        QTest::addColumn<double>("rate2");
        QTest::addColumn<double>("per2");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("per");
        QTest::newRow("second faster") << 10.0 << 60.0 << 10.0 << 1.0 << 10.0 << 1.0;
        QTest::newRow("first faster") << 100.0 << 1.0 << 10.0 << 1.0 << 100.0 << 1.0;
        QTest::newRow("equal keeps first") << 10.0 << 10.0 << 1.0 << 1.0 << 10.0 << 10.0;
        QTest::newRow("empty second ignored") << 5.0 << 1.0 << 0.0 << 0.0 << 5.0 << 1.0;
    }
    void rateThatAllowsMoreRequestsWins()
    {
        QFETCH(double, rate1);
        QFETCH(double, per1);
        QFETCH(double, rate2);
        QFETCH(double, per2);
        QFETCH(double, rate);
        QFETCH(double, per);
        const auto a = apply({policy(QStringLiteral("p1"), {{"rate", rate1}, {"per", per1}}),
                              policy(QStringLiteral("p2"), {{"rate", rate2}, {"per", per2}})},
                             {{"apply_policies", {"p1", "p2"}}});
        QVERIFY(a.result.ok());
        QCOMPARE(a.session["rate"].get<double>(), rate);
        QCOMPARE(a.session["per"].get<double>(), per);
    }

    void throttleTakesTheMaximum()
    {
        const auto a = apply(
            {policy(
                 QStringLiteral("p1"),
                 {{"rate", 1}, {"per", 1}, {"throttle_retry_limit", 2}, {"throttle_interval", 5}}),
             policy(
                 QStringLiteral("p2"),
                 {{"rate", 1}, {"per", 1}, {"throttle_retry_limit", 4}, {"throttle_interval", 1}})},
            {{"apply_policies", {"p1", "p2"}}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["throttle_retry_limit"], json(4));
        QCOMPARE_JSON(a.session["throttle_interval"], json(5));
    }

    void perApiPolicyKeepsEachApisLimitsWithItsAllowanceScope()
    {
        auto p =
            policy(QStringLiteral("pa"),
                   {{"rate", 1}, {"per", 1}, {"quota_max", 9}, {"partitions", {{"per_api", true}}}},
                   {QStringLiteral("api1"), QStringLiteral("api2")});
        p["access_rights"]["api1"]["limit"] = {{"rate", 100}, {"per", 10}, {"quota_max", 50}};
        const auto a = apply({p}, {{"apply_policies", {"pa"}}});
        QVERIFY(a.result.ok());
        const json &r = a.session["access_rights"];
        QCOMPARE_JSON(r["api1"]["allowance_scope"], json("api1"));
        QCOMPARE_JSON(r["api1"]["limit"]["rate"], json(100));
        QCOMPARE_JSON(r["api1"]["limit"]["quota_max"], json(50));
        // Without its own limit an API gets the policy's, counted under the policy id.
        QCOMPARE_JSON(r["api2"]["allowance_scope"], json("pa"));
        QCOMPARE_JSON(r["api2"]["limit"]["quota_max"], json(9));
        QCOMPARE_JSON(r["api2"]["api_id"], json("api2"));
    }

    void perApiCannotBeMixedWithPartitions()
    {
        auto perApi = policy(QStringLiteral("pa"), {{"partitions", {{"per_api", true}}}});
        auto part =
            policy(QStringLiteral("pq"), {{"quota_max", 1}, {"partitions", {{"quota", true}}}});
        QVERIFY(!apply({perApi, part}, {{"apply_policies", {"pq", "pa"}}}).result.ok());
        QVERIFY(!apply({perApi, part}, {{"apply_policies", {"pa", "pq"}}}).result.ok());
        auto both =
            policy(QStringLiteral("pb"), {{"partitions", {{"per_api", true}, {"acl", true}}}});
        const auto a = apply({both}, {{"apply_policies", {"pb"}}});
        QVERIFY(!a.result.ok());
        QVERIFY(a.result.error().message.contains(u"per_api and any of partitions"));
    }

    void partitionedPoliciesCombineTheirAspects()
    {
        auto acl = policy(QStringLiteral("acl"), {{"partitions", {{"acl", true}}}});
        auto quota = policy(
            QStringLiteral("quota"),
            {{"quota_max", 40}, {"quota_renewal_rate", 60}, {"partitions", {{"quota", true}}}});
        auto rate = policy(QStringLiteral("rate"),
                           {{"rate", 3}, {"per", 10}, {"partitions", {{"rate_limit", true}}}});
        const auto a = apply({acl, quota, rate}, {{"apply_policies", {"acl", "quota", "rate"}}});
        QVERIFY(a.result.ok());
        const json &limit = a.session["access_rights"]["api1"]["limit"];
        QCOMPARE_JSON(limit["quota_max"], json(40));
        QCOMPARE_JSON(limit["rate"], json(3));
        QCOMPARE_JSON(limit["per"], json(10));
        QCOMPARE_JSON(a.session["quota_max"], json(40));
        QCOMPARE_JSON(a.session["rate"], json(3));
    }

    void singleApiLimitsAreMirroredOntoTheRoot()
    {
        auto p = policy(QStringLiteral("pa"), {{"partitions", {{"per_api", true}}}});
        p["access_rights"]["api1"]["limit"] = {
            {"rate", 7}, {"per", 2}, {"quota_max", 70}, {"quota_renewal_rate", 30}};
        const auto a = apply({p}, {{"apply_policies", {"pa"}}, {"rate", 1}, {"per", 1}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["rate"], json(7));
        QCOMPARE_JSON(a.session["per"], json(2));
        QCOMPARE_JSON(a.session["quota_max"], json(70));
        QCOMPARE_JSON(a.session["quota_renewal_rate"], json(30));
    }

    void metaDataIsMergedWithThePolicyWinning()
    {
        const auto a = apply(
            {policy(QStringLiteral("p1"), {{"meta_data", {{"tier", "gold"}, {"extra", 1}}}})},
            {{"apply_policies", {"p1"}}, {"meta_data", {{"tier", "free"}, {"token", "abc"}}}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["meta_data"],
                      json({{"tier", "gold"}, {"extra", 1}, {"token", "abc"}}));
    }

    void tagsAreUnioned()
    {
        const auto a = apply({policy(QStringLiteral("p1"), {{"tags", {"a", "b"}}}),
                              policy(QStringLiteral("p2"), {{"tags", {"b", "c"}}})},
                             {{"apply_policies", {"p1", "p2"}}, {"tags", {"own"}}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["tags"], json({"own", "a", "b", "c"}));
    }

    void isInactiveIsOredAcrossPoliciesAndIgnoresTheKeysOwnFlag()
    {
        auto on = policy(QStringLiteral("on"), {{"is_inactive", true}});
        auto off = policy(QStringLiteral("off"));
        QCOMPARE_JSON(apply({on, off}, {{"apply_policies", {"off", "on"}}}).session["is_inactive"],
                      json(true));
        QCOMPARE_JSON(apply({off}, {{"apply_policies", {"off"}}, {"is_inactive", true}})
                          .session["is_inactive"],
                      json(false));
        QCOMPARE_JSON(apply({}, {{"is_inactive", true}}).session["is_inactive"], json(true));
    }

    void policiesWithoutAccessRightsLeaveTheKeyWithNoValidPolicies()
    {
        json master = {{"id", "m"},
                       {"org_id", "org1"},
                       {"rate", 5},
                       {"per", 1},
                       {"access_rights", json::object()}};
        const auto a = apply({master}, {{"apply_policies", {"m"}}});
        QVERIFY(!a.result.ok());
        QCOMPARE(a.result.error().message,
                 QStringLiteral("key has no valid policies to be applied"));
        QCOMPARE_JSON(a.session["rate"], json(5)); // the master policy still set the root
    }

    void lastUpdatedTakesTheGreaterString()
    {
        const auto newer = apply({policy(QStringLiteral("p1"), {{"last_updated", "1700000500"}})},
                                 {{"apply_policies", {"p1"}}, {"last_updated", "1700000000"}});
        QCOMPARE_JSON(newer.session["last_updated"], json("1700000500"));
        // A string comparison: "9" sorts after "10".
        const auto older = apply({policy(QStringLiteral("p1"), {{"last_updated", "10"}})},
                                 {{"apply_policies", {"p1"}}, {"last_updated", "9"}});
        QCOMPARE_JSON(older.session["last_updated"], json("9"));
    }

    void existingPerApiQuotaRenewsIsPreserved()
    {
        json session = {{"apply_policies", {"p1"}}};
        session["access_rights"]["api1"]["limit"] = {{"quota_max", 10},
                                                     {"quota_renews", 1700000060}};
        const auto a =
            apply({policy(QStringLiteral("p1"), {{"quota_max", 10}, {"quota_renewal_rate", 60}})},
                  session);
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["access_rights"]["api1"]["limit"]["quota_renews"],
                      json(1700000060));
        QCOMPARE_JSON(a.session["quota_renews"], json(1700000060)); // mirrored: one API
    }

    void keyWithoutPoliciesScopesItsPerApiLimitsByApi()
    {
        const auto a = apply({}, {{"access_rights",
                                   {{"api1", {{"limit", {{"rate", 5}, {"per", 1}}}}},
                                    {"api2", {{"versions", {"Default"}}}}}}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["access_rights"]["api1"]["allowance_scope"], json("api1"));
        QVERIFY(!a.session["access_rights"]["api2"].contains("allowance_scope"));
    }

    void fieldsThePolicyRulesDoNotTouchSurvive()
    {
        const auto a = apply(
            {policy(QStringLiteral("p1"))},
            {{"apply_policies", {"p1"}}, {"id_extractor_deadline", 123}, {"custom", {{"x", 1}}}});
        QVERIFY(a.result.ok());
        QCOMPARE_JSON(a.session["id_extractor_deadline"], json(123));
        QCOMPARE_JSON(a.session["custom"], json({{"x", 1}}));
    }
};

QTEST_GUILESS_MAIN(tst_PolicyApplier)
#include "tst_policyapplier.moc"
