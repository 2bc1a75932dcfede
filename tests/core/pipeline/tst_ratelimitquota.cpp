// SPDX-License-Identifier: GPL-3.0-or-later
// Rate limits, quotas and their headers as the chain PipelineBuilder makes runs them
// (AuthKey with policies, RateLimitAndQuota, RateLimitHeaders), through the echo upstream.
#include "core/session/keyhasher.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;
using nlohmann::json;

namespace {
constexpr qint64 kStart = 1700000000;

Api::ApiDefinition tokenApi()
{
    Api::ApiDefinition api;
    api.apiId = QStringLiteral("token");
    api.orgId = QStringLiteral("org1");
    api.name = api.apiId;
    api.listenPath = QStringLiteral("/token/");
    api.stripListenPath = true;
    api.targetUrl = QStringLiteral("hookbench://echo");
    api.versionData.notVersioned = true;
    api.versionData.versions.insert(QStringLiteral("Default"),
                                    Api::VersionInfo{QStringLiteral("Default")});
    return api;
}

json session(json fields)
{
    json s = {{"org_id", "org1"}};
    for (const auto &[k, v] : fields.items())
        s[k] = v;
    return s;
}

struct Fixture
{
    Test::PhaseTestKit kit;
    ManualClock &clock = kit.clock();
    Session::MemorySessionStore &store = kit.store();
    Trace::MemoryTraceSink &trace = kit.trace();

    explicit Fixture(const Api::ApiDefinition &api = tokenApi(), Api::GatewayConfig config = {})
        : kit("{}", std::move(config))
    {
        kit.setApi(api);
    }

    Http::HttpResponse send(const QByteArray &key = "key123", quint64 *id = nullptr,
                            const QByteArray &method = "GET", const QByteArray &target = "/token/x")
    {
        Http::HttpRequest r;
        r.method = method;
        r.target = target;
        r.headers.add("Host", "gw.local");
        if (!key.isEmpty())
            r.headers.add("Authorization", key);
        const Test::PhaseRun run = kit.runChain(r, 10000);
        if (id)
            *id = run.exchange->id();
        return run.finished ? run.reply : Http::HttpResponse{};
    }

    void addSession(const QString &key, json s)
    {
        store.set(key, Session::SessionState(std::move(s)), 0, [](const Result<void> &) {});
    }

    json storedSession(const QString &key)
    {
        json out;
        store.get(key, [&](Result<std::optional<Session::SessionState>> r) {
            if (r && r->has_value())
                out = (*r)->json();
        });
        return out;
    }
};

QByteArray errorBody(const char *message)
{
    return QByteArray("{\n    \"error\": \"") + message + "\"\n}";
}
} // namespace

class tst_RateLimitQuota : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourthRequestWithinTheWindowIsRateLimitedUntilTheWindowEnds()
    {
        Fixture f;
        f.addSession(QStringLiteral("key123"), session({{"rate", 3}, {"per", 10}}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.send().status, 200);
        const auto limited = f.send();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body, errorBody("Rate Limit Exceeded"));
        f.clock.advanceSecs(9);
        QCOMPARE(f.send().status, 429);
        f.clock.advanceSecs(1);
        QCOMPARE(f.send().status, 200);
    }

    void accessRightLimitOverridesTheSessionRoot()
    {
        Fixture f;
        json s = session({{"rate", 100}, {"per", 1}});
        s["access_rights"]["token"] = {
            {"api_id", "token"}, {"versions", {"Default"}}, {"limit", {{"rate", 1}, {"per", 60}}}};
        f.addSession(QStringLiteral("key123"), s);
        QCOMPARE(f.send().status, 200);
        QCOMPARE(f.send().status, 429);
    }

    void endpointLimitReplacesTheRateAndCountsInABucketOfItsOwn()
    {
        Fixture f;
        json s = session({});
        s["access_rights"]["token"] = {
            {"api_id", "token"},
            {"versions", {"Default"}},
            {"limit", {{"rate", 2}, {"per", 60}}},
            {"endpoints",
             {{{"path", "/x"},
               {"methods", {{{"name", "get"}, {"limit", {{"rate", 1}, {"per", 60}}}}}}},
              {{"path", "/{id}/items"},
               {"methods", {{{"name", "POST"}, {"limit", {{"rate", 3}, {"per", 60}}}}}}}}}};
        f.addSession(QStringLiteral("key123"), s);
        // GET /x: its own limit of one, the method compared ignoring case.
        QCOMPARE(f.send().status, 200);
        QCOMPARE(f.send().status, 429);
        // Other requests count in the API's bucket (two), untouched by the endpoint's.
        QCOMPARE(f.send("key123", nullptr, "GET", "/token/y").status, 200);
        QCOMPARE(f.send("key123", nullptr, "POST", "/token/x").status, 200);
        QCOMPARE(f.send("key123", nullptr, "GET", "/token/z").status, 429);
        // A path pattern with a parameter, matched on the path without the listen path.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.send("key123", nullptr, "POST", "/token/42/items").status, 200);
        QCOMPARE(f.send("key123", nullptr, "POST", "/token/42/items").status, 429);
        // The endpoint's bucket is the API's limiter key with the hash of the method and path
        // as written appended.
        const QString suffix = Session::KeyHasher::hashStr(QStringLiteral("get:/x"));
        bool named = false;
        for (const Trace::TraceEvent &e : f.trace.events()) {
            if (e.phase == u"RateLimitAndQuota" &&
                e.message.contains(QStringLiteral("-key123-") + suffix + u':'))
                named = true;
        }
        QVERIFY(named);
        // The window ends: the endpoint allows one again.
        f.clock.advanceSecs(60);
        QCOMPARE(f.send().status, 200);
    }

    void keysWithTheSameRateLimitPatternShareTheirRateAndQuota()
    {
        Fixture f;
        const json meta = {{"rate_limit_pattern", "team-$tyk_meta.team"}, {"team", "red"}};
        f.addSession(QStringLiteral("alice"),
                     session({{"rate", 3}, {"per", 60}, {"meta_data", meta}}));
        f.addSession(QStringLiteral("bob"),
                     session({{"rate", 3}, {"per", 60}, {"meta_data", meta}}));
        json other = meta;
        other["team"] = "blue";
        f.addSession(QStringLiteral("carol"),
                     session({{"rate", 3}, {"per", 60}, {"meta_data", other}}));
        QCOMPARE(f.send("alice").status, 200);
        QCOMPARE(f.send("bob").status, 200);
        QCOMPARE(f.send("alice").status, 200);
        QCOMPARE(f.send("bob").status, 429);   // the team's three are spent
        QCOMPARE(f.send("carol").status, 200); // another team, another bucket
        bool named = false;
        for (const Trace::TraceEvent &e : f.trace.events())
            named = named || e.message.contains(QStringLiteral("bucket rate-limit-team-red: "));
        QVERIFY2(named, "the bucket is the pattern's text, without last_updated");

        // The quota counter is shared the same way.
        Fixture q;
        const json quotaMeta = {{"rate_limit_pattern", "$tyk_meta.team"}, {"team", "red"}};
        for (const char *key : {"alice", "bob"})
            q.addSession(QString::fromLatin1(key), session({{"quota_max", 2},
                                                            {"quota_renewal_rate", 3600},
                                                            {"meta_data", quotaMeta}}));
        QCOMPARE(q.send("alice").status, 200);
        QCOMPARE(q.send("bob").status, 200);
        QCOMPARE(q.send("alice").status, 403);
    }

    void aPatternThatComesOutEmptyKeepsTheKeysOwnCounters()
    {
        Fixture f;
        const json meta = {{"rate_limit_pattern", "$tyk_meta.missing"}};
        for (const char *key : {"alice", "bob"})
            f.addSession(QString::fromLatin1(key),
                         session({{"rate", 1}, {"per", 60}, {"meta_data", meta}}));
        QCOMPARE(f.send("alice").status, 200);
        QCOMPARE(f.send("bob").status, 200);
        QCOMPARE(f.send("alice").status, 429);
    }

    void thirdRequestExceedsAQuotaOfTwoUntilItRenews()
    {
        Fixture f;
        f.addSession(QStringLiteral("key123"),
                     session({{"quota_max", 2}, {"quota_renewal_rate", 60}}));
        QCOMPARE(f.send().status, 200);
        QCOMPARE(f.send().status, 200);
        const auto blocked = f.send();
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.body, errorBody("Quota exceeded"));
        f.clock.advanceSecs(60);
        QCOMPARE(f.send().status, 200);
        const json stored = f.storedSession(QStringLiteral("key123"));
        QCOMPARE(stored["quota_remaining"].get<qint64>(), qint64(1));
        QCOMPARE(stored["quota_renews"].get<qint64>(), kStart + 120);
    }

    void quotaHeadersCarryTheSessionNumbersOnSuccessOnly()
    {
        Fixture f;
        f.addSession(QStringLiteral("key123"),
                     session({{"quota_max", 2}, {"quota_renewal_rate", 60}}));
        const auto first = f.send();
        QCOMPARE(first.headers.value("X-Ratelimit-Limit"), QByteArray("2"));
        QCOMPARE(first.headers.value("X-Ratelimit-Remaining"), QByteArray("1"));
        QCOMPARE(first.headers.value("X-Ratelimit-Reset"), QByteArray::number(kStart + 60));
        f.clock.advanceSecs(5);
        const auto second = f.send();
        QCOMPARE(second.headers.value("X-Ratelimit-Remaining"), QByteArray("0"));
        QCOMPARE(second.headers.value("X-Ratelimit-Reset"), QByteArray::number(kStart + 60));
        const auto blocked = f.send();
        QCOMPARE(blocked.status, 403);
        QVERIFY(!blocked.headers.contains("X-Ratelimit-Limit"));
        QVERIFY(!blocked.headers.contains("X-Ratelimit-Remaining"));
    }

    void unlimitedQuotaShowsTheStoredNumbers()
    {
        Fixture f;
        f.addSession(QStringLiteral("key123"), session({{"quota_max", -1}}));
        const auto r = f.send();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("X-Ratelimit-Limit"), QByteArray("-1"));
        QCOMPARE(r.headers.value("X-Ratelimit-Remaining"), QByteArray("0"));
        QCOMPARE(r.headers.value("X-Ratelimit-Reset"), QByteArray("0"));
    }

    void rateLimitsModeSendsLimiterHeadersAlsoOnTheRejection()
    {
        Api::GatewayConfig config;
        config.rateLimitResponseHeaders = QStringLiteral("rate_limits");
        Fixture f(tokenApi(), config);
        f.addSession(QStringLiteral("key123"), session({{"rate", 2}, {"per", 10}}));
        const auto first = f.send();
        QCOMPARE(first.headers.value("X-Ratelimit-Limit"), QByteArray("2"));
        QCOMPARE(first.headers.value("X-Ratelimit-Remaining"), QByteArray("1"));
        QCOMPARE(first.headers.value("X-Ratelimit-Reset"), QByteArray::number(kStart + 10));
        QCOMPARE(f.send().headers.value("X-Ratelimit-Remaining"), QByteArray("0"));
        const auto limited = f.send();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("X-Ratelimit-Limit"), QByteArray("2"));
        QCOMPARE(limited.headers.value("X-Ratelimit-Remaining"), QByteArray("0"));
    }

    void requestRejectedByTheRateLimiterConsumesNoQuota()
    {
        Fixture f;
        f.addSession(
            QStringLiteral("key123"),
            session({{"rate", 1}, {"per", 10}, {"quota_max", 2}, {"quota_renewal_rate", 3600}}));
        QCOMPARE(f.send().status, 200);
        QCOMPARE(f.send().status, 429);
        QCOMPARE(f.send().status, 429);
        f.clock.advanceSecs(10);
        const auto second = f.send();
        QCOMPARE(second.status, 200);
        QCOMPARE(second.headers.value("X-Ratelimit-Remaining"), QByteArray("0"));
        f.clock.advanceSecs(10);
        QCOMPARE(f.send().status, 403);
    }

    void sessionWithPoliciesGetsTheirLimitsAndAccessRights()
    {
        Fixture f;
        json pol = {{"id", "gold"}, {"org_id", "org1"}, {"rate", 1},
                    {"per", 60},    {"quota_max", 5},   {"quota_renewal_rate", 60}};
        pol["access_rights"]["token"] = {{"api_id", "token"}, {"versions", {"Default"}}};
        json other = {{"id", "other"}, {"org_id", "org1"}};
        other["access_rights"]["elsewhere"] = {{"api_id", "elsewhere"}, {"versions", {"Default"}}};
        f.kit.setPolicies(Policy::PolicyStore({Policy::Policy(pol), Policy::Policy(other)}));
        QCOMPARE(f.kit.policies().size(), 2);
        f.addSession(QStringLiteral("key123"),
                     session({{"apply_policies", {"gold"}}, {"rate", 1000}, {"per", 1}}));
        f.addSession(QStringLiteral("key456"), session({{"apply_policies", {"other"}}}));
        const auto first = f.send();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.headers.value("X-Ratelimit-Limit"), QByteArray("5"));
        QCOMPARE(first.headers.value("X-Ratelimit-Remaining"), QByteArray("4"));
        QCOMPARE(f.send().status, 429);
        // The policy grants another API only: AccessRights refuses this one.
        const auto denied = f.send("key456");
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.body, errorBody("Access to this API has been disallowed"));
        // The stored session now carries what the policy gave it.
        const json stored = f.storedSession(QStringLiteral("key123"));
        QCOMPARE(stored["rate"].get<double>(), 1.0);
        QVERIFY(stored["access_rights"].contains("token"));
    }

    void policyThatCannotBeAppliedMakesTheKeyUnknown()
    {
        Fixture f;
        f.addSession(QStringLiteral("key123"), session({{"apply_policies", {"missing"}}}));
        const auto r = f.send();
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, errorBody("Access to this API has been disallowed"));
    }

    void disablingBothLimitsRemovesThePhase()
    {
        Api::ApiDefinition api = tokenApi();
        api.disableRateLimit = true;
        api.disableQuota = true;
        Fixture f(api);
        f.addSession(QStringLiteral("key123"),
                     session({{"rate", 1}, {"per", 60}, {"quota_max", 1}}));
        quint64 id = 0;
        QCOMPARE(f.send("key123", &id).status, 200);
        QCOMPARE(f.send().status, 200);
        for (const auto &e : f.trace.eventsFor(id))
            QVERIFY(e.phase != u"RateLimitAndQuota");
    }

    void disablingOnlyTheRateLimitKeepsTheQuota()
    {
        Api::ApiDefinition api = tokenApi();
        api.disableRateLimit = true;
        Fixture f(api);
        f.addSession(
            QStringLiteral("key123"),
            session({{"rate", 1}, {"per", 60}, {"quota_max", 1}, {"quota_renewal_rate", 60}}));
        QCOMPARE(f.send().status, 200);
        QCOMPARE(f.send().status, 403);
    }

    void sessionIsWrittenWithTheLifetimeTtl()
    {
        Api::ApiDefinition api = tokenApi();
        api.sessionLifetime = 300;
        Fixture f(api);
        f.addSession(QStringLiteral("key123"),
                     session({{"quota_max", 10}, {"quota_renewal_rate", 60}}));
        QCOMPARE(f.send().status, 200);
        qint64 ttl = -5;
        f.store.ttl(QStringLiteral("key123"), [&](Result<qint64> r) { ttl = r ? *r : -5; });
        QCOMPARE(ttl, qint64(300));
    }

    void keylessRepliesCarryZeroQuotaHeadersAsTykDoes()
    {
        Api::ApiDefinition api = tokenApi();
        api.useKeyless = true;
        Fixture f(api);
        const auto r = f.send(QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("X-Ratelimit-Limit"), QByteArray("0"));
        QCOMPARE(r.headers.value("X-Ratelimit-Reset"), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimitQuota)
#include "tst_ratelimitquota.moc"
