// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's Gateway API through Engine::submit, as a client on the gateway port reaches it.
#include "core/api/apidefinitionloader.h"
#include "core/common/manualclock.h"
#include "core/engine/engine.h"
#include "core/gatewayapi/gatewayapi.h"
#include "core/session/memorysessionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Hb;

namespace {
constexpr const char kSecret[] = "s3cret";

Api::ApiDefinition tokenApi()
{
    Api::ApiDefinition api;
    api.apiId = QStringLiteral("token");
    api.orgId = QStringLiteral("org1");
    api.name = QStringLiteral("Token API");
    api.listenPath = QStringLiteral("/token/");
    api.stripListenPath = true;
    api.targetUrl = QStringLiteral("hookbench://echo");
    api.versionData.versions.insert(QStringLiteral("Default"),
                                    Api::VersionInfo{QStringLiteral("Default")});
    api.raw = {{"api_id", "token"}, {"org_id", "org1"}, {"name", "Token API"}};
    return api;
}

struct Fixture
{
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    std::unique_ptr<Engine::Engine> engine;
    std::unique_ptr<GatewayApi::GatewayApi> gatewayApi;
    int reloads = 0;

    explicit Fixture(Api::GatewayConfig config = {})
    {
        config.secret = QString::fromLatin1(kSecret);
        engine = std::make_unique<Engine::Engine>(clock, store, config);
        engine->setApis({tokenApi()});
        gatewayApi = std::make_unique<GatewayApi::GatewayApi>(*engine, [this]() -> Result<void> {
            ++reloads;
            return {};
        });
        engine->setControlHandler(gatewayApi.get());
    }

    Http::HttpResponse call(const QByteArray &method, const QByteArray &target,
                            const QByteArray &body = {}, bool withSecret = true)
    {
        Http::HttpRequest r;
        r.method = method;
        r.target = target;
        if (withSecret)
            r.headers.add("X-Tyk-Authorization", kSecret);
        r.body = body;
        std::optional<Http::HttpResponse> reply;
        engine->submit(r, [&](const Http::HttpResponse &resp) { reply = resp; });
        return reply.value_or(Http::HttpResponse{0, {}, {}});
    }

    // GET /token/get with `key` in Authorization, through the whole chain to the echo.
    Http::HttpResponse proxy(const QByteArray &key)
    {
        Http::HttpRequest request;
        request.target = "/token/get";
        request.headers.add("Authorization", key);
        std::optional<Http::HttpResponse> reply;
        engine->submit(request, [&reply](const Http::HttpResponse &resp) { reply = resp; });
        (void)QTest::qWaitFor([&reply] { return reply.has_value(); }, 5000);
        return reply.value_or(Http::HttpResponse{0, {}, {}});
    }

    static nlohmann::json json(const Http::HttpResponse &r)
    {
        return nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    }
};

const QByteArray kSession = nlohmann::json{{"org_id", "org1"},
                                           {"rate", 100},
                                           {"per", 1},
                                           {"quota_max", 10},
                                           {"quota_renewal_rate", 60},
                                           {"access_rights",
                                            {{"token",
                                              {{"api_id", "token"},
                                               {"api_name", "Token API"},
                                               {"versions", nlohmann::json::array({"Default"})}}}}}}
                                .dump()
                                .c_str();
} // namespace

class tst_GatewayApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helloNeedsNoSecret()
    {
        Fixture f;
        const auto r = f.call("GET", "/hello", {}, false);
        QCOMPARE(r.status, 200);
        const auto j = Fixture::json(r);
        QVERIFY(j["status"] == "pass");
        QVERIFY(j["description"] == "Tyk GW");
        QVERIFY(j["details"]["redis"]["componentType"] == "datastore");
        QVERIFY(r.body.endsWith('\n'));
        QCOMPARE(f.call("POST", "/hello", {}, false).status, 405);
    }

    void everyTykRouteWantsTheSecret_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("keys") << QByteArray("GET") << QByteArray("/tyk/keys");
        QTest::newRow("create") << QByteArray("POST") << QByteArray("/tyk/keys/create");
        QTest::newRow("apis") << QByteArray("GET") << QByteArray("/tyk/apis");
        QTest::newRow("policies") << QByteArray("GET") << QByteArray("/tyk/policies");
        QTest::newRow("reload") << QByteArray("GET") << QByteArray("/tyk/reload");
    }
    void everyTykRouteWantsTheSecret()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        Fixture f;
        const auto r = f.call(method, target, {}, false);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, QByteArray("{\"status\":\"error\",\"message\":\"Attempted administrative "
                                    "access with invalid or missing key!\"}\n"));
        QCOMPARE(f.reloads, 0);
    }

    // A plugin session stored under its raw token and a custom key stored under its
    // generated form share a name: Tyk's DELETE removes both.
    void deleteRemovesTheNameAndItsGeneratedForm()
    {
        Fixture f;
        const nlohmann::json session{{"org_id", "org1"}, {"quota_max", -1}};
        int stored = 0;
        for (const char *name : {"tok", "org1tok"})
            f.store.set(QString::fromLatin1(name), Session::SessionState(session), 0,
                        [&](const Result<void> &r) { stored += r.ok(); });
        QTRY_COMPARE(stored, 2);
        QCOMPARE(f.call("GET", "/tyk/keys/tok").status, 200);
        QCOMPARE(f.call("GET", "/tyk/keys/org1tok").status, 200);

        const auto r = f.call("DELETE", "/tyk/keys/tok?org_id=org1");
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["key"] == "tok");
        QCOMPARE(f.call("GET", "/tyk/keys/tok").status, 404);
        QCOMPARE(f.call("GET", "/tyk/keys/org1tok").status, 404);
    }

    void createdKeyAuthenticatesRequestsAndCanBeReadUpdatedAndDeleted()
    {
        Fixture f;
        auto r = f.call("POST", "/tyk/keys/create", kSession);
        QCOMPARE(r.status, 200);
        auto j = Fixture::json(r);
        QVERIFY(j["action"] == "added");
        QVERIFY(j["status"] == "ok");
        const QByteArray key = QByteArray::fromStdString(j["key"].get<std::string>());
        QVERIFY(key.startsWith("org1")); // legacy generateToken: org + id
        QCOMPARE(key.size(), 4 + 32);

        Http::HttpRequest request;
        request.target = "/token/get";
        request.headers.add("Authorization", key);
        std::optional<Http::HttpResponse> proxied;
        f.engine->submit(request, [&](const Http::HttpResponse &resp) { proxied = resp; });
        QTRY_VERIFY(proxied);
        QCOMPARE(proxied->status, 200);

        r = f.call("GET", "/tyk/keys/" + key);
        QCOMPARE(r.status, 200);
        j = Fixture::json(r);
        QVERIFY(j["org_id"] == "org1");
        QVERIFY(j["quota_max"] == 10);
        QVERIFY(j.contains("date_created"));

        r = f.call("PUT", "/tyk/keys/" + key,
                   nlohmann::json{{"org_id", "org1"},
                                  {"is_inactive", true},
                                  {"access_rights",
                                   {{"token",
                                     {{"api_id", "token"},
                                      {"versions", nlohmann::json::array({"Default"})}}}}}}
                       .dump()
                       .c_str());
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["action"] == "modified");
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys/" + key))["is_inactive"] == true);

        r = f.call("GET", "/tyk/keys");
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["keys"].size() == 1);

        r = f.call("DELETE", "/tyk/keys/" + key);
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["action"] == "deleted");
        QCOMPARE(f.call("GET", "/tyk/keys/" + key).status, 404);
        r = f.call("DELETE", "/tyk/keys/" + key);
        QCOMPARE(r.status, 404);
        QVERIFY(Fixture::json(r)["message"] == "There is no such key found");
    }

    void customKeyIsStoredUnderTheOrgPrefixedNameAndFoundByOrgOrApi()
    {
        Fixture f;
        auto r = f.call("POST", "/tyk/keys/mykey", kSession);
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["key"] == "org1mykey");
        QCOMPARE(f.call("GET", "/tyk/keys/mykey").status, 404);
        QCOMPARE(f.call("GET", "/tyk/keys/mykey?org_id=org1").status, 200);
        QCOMPARE(f.call("GET", "/tyk/keys/mykey?api_id=token").status, 200);
        QCOMPARE(f.call("GET", "/tyk/keys/org1mykey").status, 200);
    }

    // Tyk's SessionDetail: a custom key is found by the name the client knows, both when
    // it authenticates a request (the API's org) and when it is updated (the body's org).
    void customKeyAuthenticatesAndUpdatesByTheNameItWasCreatedWith()
    {
        Fixture f;
        QCOMPARE(f.call("POST", "/tyk/keys/mykey", kSession).status, 200);
        auto proxied = [&f](const QByteArray &key) { return f.proxy(key).status; };
        QCOMPARE(proxied("mykey"), 200);
        QCOMPARE(proxied("org1mykey"), 200);
        QCOMPARE(proxied("otherkey"), 403);

        nlohmann::json changed = nlohmann::json::parse(kSession.constData());
        changed["rate"] = 5;
        const auto r = f.call("PUT", "/tyk/keys/mykey", QByteArray::fromStdString(changed.dump()));
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys/mykey?org_id=org1"))["rate"] == 5);
    }

    // /tyk/keys/preview and /tyk/keys/policy/{name} are routes of their own, not key names.
    void previewStoresNothingAndPolicyRouteReplacesPolicies()
    {
        Fixture f;
        auto r = f.call("POST", "/tyk/keys/preview", kSession);
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["rate"] == 100);
        QVERIFY(Fixture::json(r).contains("last_updated"));
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys"))["keys"].empty());
        QCOMPARE(f.call("POST", "/tyk/keys/preview", "{nope").status, 500);

        QCOMPARE(f.call("POST", "/tyk/keys/org1mykey", kSession).status, 200);
        r = f.call("POST", "/tyk/keys/policy/org1mykey", "{\"apply_policies\": [\"p1\"]}");
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["action"] == "updated");
        QVERIFY(Fixture::json(r)["key"] == "org1mykey");
        r = f.call("POST", "/tyk/keys/policy/nosuchkey", "{\"policy\": \"p1\"}");
        QCOMPARE(r.status, 404);
        QVERIFY(Fixture::json(r)["message"] == "Key not found");
        QCOMPARE(f.call("POST", "/tyk/keys/policy/org1mykey", "{nope").status, 400);
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys"))["keys"].size() == 1);
    }

    // strip_auth_data: the upstream sees neither the header, the parameter nor the cookie
    // that carried the key; other parameters and cookies pass.
    void strippedAuthDataNeverReachesTheUpstream()
    {
        Fixture f;
        Api::ApiDefinition api = tokenApi();
        api.stripAuthData = true;
        api.authToken.useParam = true;
        api.raw["strip_auth_data"] = true;
        api.raw["auth"] = {
            {"auth_header_name", "X-Key"}, {"use_param", true}, {"use_cookie", true}};
        api.authToken.authHeaderName = QStringLiteral("X-Key");
        f.engine->setApis({api});
        const auto created = Fixture::json(f.call("POST", "/tyk/keys/create", kSession));
        const QByteArray key = QByteArray::fromStdString(created["key"].get<std::string>());

        Http::HttpRequest request;
        request.target = "/token/get?z=1&X-Key=" + key + "&a=2";
        request.headers.add("X-Key", key);
        request.headers.add("Cookie", "first=1; X-Key=" + key + "; last=2");
        std::optional<Http::HttpResponse> proxied;
        f.engine->submit(request, [&](const Http::HttpResponse &resp) { proxied = resp; });
        QTRY_VERIFY(proxied);
        QCOMPARE(proxied->status, 200);
        const nlohmann::json echo = Fixture::json(*proxied);
        QVERIFY2(!echo["headers"].contains("X-Key"), proxied->body.constData());
        QVERIFY(echo["headers"]["Cookie"] == "first=1; last=2");
        QVERIFY(echo["args"] == nlohmann::json::parse(R"({"a": "2", "z": "1"})"));
    }

    // GET /tyk/keys: `filter` is a prefix of the stored names, and `api_id` (which needs a
    // filter unless keys are hashed) keeps the keys with access to that API.
    void keyListingFiltersByPrefixAndApi()
    {
        Fixture f;
        QCOMPARE(f.call("POST", "/tyk/keys/alpha", kSession).status, 200); // org1alpha
        nlohmann::json other = nlohmann::json::parse(kSession.constData());
        other["access_rights"] = {{"elsewhere", {{"api_id", "elsewhere"}}}};
        QCOMPARE(f.call("POST", "/tyk/keys/beta", QByteArray::fromStdString(other.dump())).status,
                 200); // org1beta
        auto keys = [&f](const QByteArray &query) {
            return Fixture::json(f.call("GET", "/tyk/keys" + query))["keys"];
        };
        QCOMPARE(keys("?filter=org1").size(), size_t(2));
        QCOMPARE(keys("?filter=alpha").size(), size_t(0)); // a prefix, not a substring
        QVERIFY(keys("?filter=org1&api_id=token") == nlohmann::json::array({"org1alpha"}));
        const auto r = f.call("GET", "/tyk/keys?api_id=token");
        QCOMPARE(r.status, 400);
        QVERIFY(Fixture::json(r)["message"] == "The 'filter' parameter (Org ID) is required when "
                                               "filtering by 'api_id' in legacy mode");
    }

    // base_identity_provided_by names another method: AuthKey checks the key but leaves the
    // session to that method, so without one KeyExpired finds none (Tyk's 400).
    void tokenAuthGivesNoSessionWhenAnotherMethodProvidesTheIdentity()
    {
        Fixture f;
        Api::ApiDefinition api = tokenApi();
        api.baseIdentityProvidedBy = QStringLiteral("jwt");
        f.engine->setApis({api});
        const auto created = Fixture::json(f.call("POST", "/tyk/keys/create", kSession));
        const Http::HttpResponse reply = f.proxy(QByteArray::fromStdString(created["key"]));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("Session state is missing or unset!"));
    }

    // Request throttling: over the rate, a key with throttle_retry_limit waits
    // throttle_interval and looks again instead of answering 429 at once; when the window
    // renews in time the request goes through, and when the retries run out it is a 429.
    void throttledRequestWaitsForRoomInsteadOfFailing()
    {
        Fixture f;
        nlohmann::json session = nlohmann::json::parse(kSession.constData());
        session["rate"] = 1;
        session["per"] = 60;
        session["throttle_interval"] = 0.05;
        session["throttle_retry_limit"] = 40; // two seconds of retries: room for a slow machine
        const auto created = Fixture::json(
            f.call("POST", "/tyk/keys/create", QByteArray::fromStdString(session.dump())));
        const QByteArray key = QByteArray::fromStdString(created["key"]);
        auto send = [&f, &key](std::optional<Http::HttpResponse> &reply) {
            Http::HttpRequest request;
            request.target = "/token/get";
            request.headers.add("Authorization", key);
            f.engine->submit(request, [&reply](const Http::HttpResponse &resp) { reply = resp; });
        };
        std::optional<Http::HttpResponse> first, second, third;
        send(first);
        QTRY_VERIFY(first);
        QCOMPARE(first->status, 200);

        send(second);
        QTest::qWait(80); // one retry has looked and found no room
        QVERIFY(!second);
        f.clock.advanceSecs(61); // the window renews while the request waits
        QTRY_VERIFY_WITH_TIMEOUT(second, 2000);
        QCOMPARE(second->status, 200);

        send(third); // the window is used up again and stays so
        QTRY_VERIFY_WITH_TIMEOUT(third, 10000);
        QCOMPARE(third->status, 429);
    }

    // GET /tyk/keys/{key} works quota_remaining out from the live counter, as Tyk does: a
    // renewed window shows the whole quota before the next request writes the session.
    void keyDetailShowsTheLiveQuota()
    {
        Fixture f;
        const auto created = Fixture::json(f.call("POST", "/tyk/keys/create", kSession));
        const QByteArray key = QByteArray::fromStdString(created["key"]);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.proxy(key).status, 200);
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys/" + key))["quota_remaining"] == 7);
        f.clock.advanceSecs(61); // quota_renewal_rate 60: the counter is gone
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys/" + key))["quota_remaining"] == 10);
    }

    // Updating a key resets its quota counters (the key's and its allowance-scoped ones),
    // unless its API says dont_set_quota_on_create or the call says suppress_reset=1.
    void keyUpdatesResetTheQuotaUnlessTheApiOrCallSaysNot_data()
    {
        QTest::addColumn<bool>("dontSetQuotaOnCreate");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("remaining");
        QTest::newRow("reset") << false << QByteArray() << 10;
        QTest::newRow("dont_set_quota_on_create") << true << QByteArray() << 8;
        QTest::newRow("suppress_reset") << false << QByteArray("?suppress_reset=1") << 8;
    }
    void keyUpdatesResetTheQuotaUnlessTheApiOrCallSaysNot()
    {
        QFETCH(bool, dontSetQuotaOnCreate);
        QFETCH(QByteArray, query);
        QFETCH(int, remaining);
        Fixture f;
        Api::ApiDefinition api = tokenApi();
        api.raw["dont_set_quota_on_create"] = dontSetQuotaOnCreate;
        f.engine->setApis({api});
        QCOMPARE(f.call("POST", "/tyk/keys/counted", kSession).status, 200); // org1counted
        for (int i = 0; i < 2; ++i)
            QCOMPARE(f.proxy("counted").status, 200);
        QCOMPARE(f.call("PUT", "/tyk/keys/counted" + query, kSession).status, 200);
        QVERIFY(Fixture::json(f.call("GET", "/tyk/keys/org1counted"))["quota_remaining"] ==
                remaining);
    }

    // Session JSON comes from clients: null fields are read as absent, never a crash; a field
    // of the wrong type fails Go's decoder, so Tyk answers 400 Request malformed.
    void keysWithNullQuotaFieldsAreStoredAndReadAndMistypedOnesRefused()
    {
        Fixture f;
        nlohmann::json session = nlohmann::json::parse(kSession.constData());
        session["quota_max"] = nullptr;
        session["quota_renewal_rate"] = nullptr;
        session["access_rights"]["token"]["allowance_scope"] = nullptr;
        session["access_rights"]["token"]["limit"] = {{"quota_max", 5}, {"rate", 1}, {"per", 1}};
        QByteArray body = QByteArray::fromStdString(session.dump());
        QCOMPARE(f.call("POST", "/tyk/keys/typed?suppress_reset=1", body).status, 200);
        QCOMPARE(f.call("PUT", "/tyk/keys/typed", body).status, 200);
        QCOMPARE(f.call("GET", "/tyk/keys/org1typed").status, 200);
        session["quota_renewal_rate"] = "soon";
        body = QByteArray::fromStdString(session.dump());
        QCOMPARE(f.call("PUT", "/tyk/keys/typed", body).status, 400);
        QCOMPARE(f.call("POST", "/tyk/keys/typed2", body).status, 400);
        QCOMPARE(f.call("GET", "/tyk/keys/org1typed").status, 200);
    }

    // Go's decoder matches keys to fields case-insensitively and Tyk stores what it decoded,
    // so a key written with "QUOTA_MAX" and "Access_Rights" is counted like one written with
    // the JSON tags, and reads back with them.
    void keyFieldsSpelledInAnotherCaseAreStoredUnderTheirJsonTags()
    {
        Fixture f;
        nlohmann::json session = nlohmann::json::parse(kSession.constData());
        session.erase("quota_max");
        session["QUOTA_MAX"] = 2;
        session["Access_Rights"] = session["access_rights"];
        session.erase("access_rights");
        session["Access_Rights"]["token"]["API_ID"] = "token";
        const auto created =
            f.call("POST", "/tyk/keys/cased", QByteArray::fromStdString(session.dump()));
        QCOMPARE(created.status, 200);
        const nlohmann::json stored = Fixture::json(f.call("GET", "/tyk/keys/org1cased"));
        QVERIFY2(stored.contains("quota_max") && !stored.contains("QUOTA_MAX"),
                 stored.dump().c_str());
        QCOMPARE(stored["quota_max"].get<int>(), 2);
        QVERIFY(stored["access_rights"]["token"]["api_id"] == "token");
        QVERIFY(!stored["access_rights"]["token"].contains("API_ID"));
        QCOMPARE(f.proxy("cased").status, 200);
        QCOMPARE(f.proxy("cased").status, 200);
        QCOMPARE(f.proxy("cased").status, 403); // the quota of 2 holds
    }

    void keyWithoutAccessRightsIsRefused()
    {
        Fixture f;
        const auto r = f.call("POST", "/tyk/keys/create", "{\"org_id\": \"org1\"}");
        QCOMPARE(r.status, 400);
        QVERIFY(Fixture::json(r)["message"] ==
                "Failed to create key, keys must have at least one Access Rights record set.");
    }

    void malformedBodiesGetTyksErrors()
    {
        Fixture f;
        QCOMPARE(f.call("POST", "/tyk/keys/create", "{nope").status, 500);
        auto r = f.call("POST", "/tyk/keys/abcdef", "{nope");
        QCOMPARE(r.status, 400);
        QVERIFY(Fixture::json(r)["message"] == "Request malformed");
        QCOMPARE(f.call("PUT", "/tyk/keys/abcdef", kSession).status, 404);
    }

    void apisAreListedAndFetchedById()
    {
        Fixture f;
        auto r = f.call("GET", "/tyk/apis");
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r).size() == 1u);
        QVERIFY(Fixture::json(r)[0]["api_id"] == "token");
        QVERIFY(Fixture::json(f.call("GET", "/tyk/apis/token/"))["name"] ==
                "Token API"); // trailing slash stripped
        r = f.call("GET", "/tyk/apis/nope");
        QCOMPARE(r.status, 404);
        QVERIFY(Fixture::json(r)["message"] == "API not found");
    }

    // Tyk's API management: POST/PUT/DELETE write <app_path>/<api_id>.json, and a reload
    // makes the engine serve what the files say.
    void apisWrittenThroughTheApiAreServedAfterAReload()
    {
        QTemporaryDir apps;
        ManualClock clock;
        Session::MemorySessionStore store{clock};
        Api::GatewayConfig config;
        config.secret = QString::fromLatin1(kSecret);
        Engine::Engine engine(clock, store, config);
        GatewayApi::GatewayApi gatewayApi(
            engine,
            [&]() -> Result<void> {
                Api::Diagnostics diagnostics;
                engine.setApis(Api::ApiDefinitionLoader::loadDirectory(apps.path(), &diagnostics));
                return {};
            },
            apps.path());
        engine.setControlHandler(&gatewayApi);
        auto call = [&engine](const QByteArray &method, const QByteArray &target,
                              const QByteArray &body = {}) {
            Http::HttpRequest r;
            r.method = method;
            r.target = target;
            r.headers.add("X-Tyk-Authorization", kSecret);
            r.body = body;
            std::optional<Http::HttpResponse> reply;
            engine.submit(r, [&](const Http::HttpResponse &resp) { reply = resp; });
            (void)QTest::qWaitFor([&reply] { return reply.has_value(); }, 5000);
            return reply.value_or(Http::HttpResponse{0, {}, {}});
        };
        const QByteArray definition =
            "{\"name\": \"Made\", \"api_id\": \"made\", \"org_id\": \"o\",\n"
            "            \"use_keyless\": true, \"active\": true,\n"
            "            \"proxy\": {\"listen_path\": \"/made/\", \"target_url\": "
            "\"hookbench://echo\",\n"
            "                      \"strip_listen_path\": true},\n"
            "            \"version_data\": {\"not_versioned\": true, \"versions\": {\"Default\": "
            "{\"name\": \"Default\"}}}}";

        auto r = call("POST", "/tyk/apis", definition);
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r) ==
                nlohmann::json::parse(
                    "{\"key\": \"made\", \"status\": \"ok\", \"action\": \"added\"}"));
        QVERIFY(QFile::exists(QDir(apps.path()).filePath(QStringLiteral("made.json"))));
        QCOMPARE(call("GET", "/made/x").status, 404); // not served before the reload
        QCOMPARE(call("GET", "/tyk/reload").status, 200);
        QCOMPARE(call("GET", "/made/x").status, 200);
        QVERIFY(Fixture::json(call("GET", "/tyk/apis/made"))["name"] == "Made");

        QByteArray renamed = definition;
        renamed.replace("\"Made\"", "\"Renamed\"");
        QCOMPARE(call("PUT", "/tyk/apis/made", renamed).status, 200);
        r = call("PUT", "/tyk/apis/made", QByteArray(definition).replace("\"made\"", "\"other\""));
        QCOMPARE(r.status, 400);
        QVERIFY(Fixture::json(r)["message"] == "Request APIID does not match that in Definition! "
                                               "For Update operations these must match.");
        QCOMPARE(call("PUT", "/tyk/apis/nope", definition).status, 404);
        QCOMPARE(call("POST", "/tyk/apis", "{not json").status, 400);
        QCOMPARE(call("POST", "/tyk/apis", "{\"api_id\": \"../escape\"}").status, 400);
        call("GET", "/tyk/reload");
        QVERIFY(Fixture::json(call("GET", "/tyk/apis/made"))["name"] == "Renamed");

        // An id is generated when the body has none.
        r = call("POST", "/tyk/apis", "{\"name\": \"No id\"}");
        QCOMPARE(r.status, 200);
        const QString generated = QString::fromStdString(Fixture::json(r)["key"]);
        QCOMPARE(generated.size(), 32);
        QVERIFY(QFile::exists(QDir(apps.path()).filePath(generated + QStringLiteral(".json"))));

        r = call("DELETE", "/tyk/apis/made");
        QCOMPARE(r.status, 200);
        QVERIFY(Fixture::json(r)["action"] == "deleted");
        QVERIFY(!QFile::exists(QDir(apps.path()).filePath(QStringLiteral("made.json"))));
        call("GET", "/tyk/reload");
        QCOMPARE(call("GET", "/made/x").status, 404);
        QCOMPARE(call("DELETE", "/tyk/apis/made").status, 404);

        // /tyk/apis/oas is a route of its own; a classic API is not one of its APIs.
        QVERIFY(Fixture::json(call("GET", "/tyk/apis/oas")).is_array());
        QCOMPARE(call("POST", "/tyk/apis/oas", "{\"openapi\": \"3.0.3\"}").status, 400);
    }

    void readyAnswersWithoutTheSecretAndHealthChecksAreOff()
    {
        Fixture f;
        const auto ready = f.call("GET", "/ready", {}, false);
        QCOMPARE(ready.status, 200);
        QVERIFY(Fixture::json(ready)["description"] == "Tyk GW Ready");
        const auto health = f.call("GET", "/tyk/health?api_id=token");
        QCOMPARE(health.status, 400);
        QVERIFY(Fixture::json(health)["message"] == "Health checks are not enabled for this node");
    }

    void reloadCallsTheReloaderAndAnswersOk()
    {
        Fixture f;
        auto r = f.call("GET", "/tyk/reload");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"status\":\"ok\",\"message\":\"\"}\n"));
        QCOMPARE(f.call("GET", "/tyk/reload/group").status, 200);
        QCOMPARE(f.reloads, 2);
    }

    void unknownPolicyIs404()
    {
        Fixture f;
        QVERIFY(Fixture::json(f.call("GET", "/tyk/policies")) == nlohmann::json::array());
        const auto r = f.call("GET", "/tyk/policies/nope");
        QCOMPARE(r.status, 404);
        QVERIFY(Fixture::json(r)["message"] == "Policy not found");
    }
};

QTEST_GUILESS_MAIN(tst_GatewayApi)
#include "tst_gatewayapi.moc"
