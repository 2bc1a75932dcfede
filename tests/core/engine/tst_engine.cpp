// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/manualclock.h"
#include "core/engine/engine.h"
#include "core/session/memorysessionstore.h"
#include "core/session/sessionstate.h"
#include "core/trace/memorytracesink.h"
#include "tests/support/testupstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Hb;

namespace {
Api::ApiDefinition keylessApi(const QString &id, const QString &listenPath, bool strip = true,
                              const QString &target = QStringLiteral("hookbench://echo"))
{
    Api::ApiDefinition api;
    api.apiId = id;
    api.orgId = QStringLiteral("org1");
    api.name = id;
    api.useKeyless = true;
    api.listenPath = listenPath;
    api.stripListenPath = strip;
    api.targetUrl = target;
    api.versionData.notVersioned = true;
    api.versionData.versions.insert(QStringLiteral("Default"),
                                    Api::VersionInfo{QStringLiteral("Default")});
    return api;
}

Api::ApiDefinition tokenApi()
{
    Api::ApiDefinition api = keylessApi(QStringLiteral("token"), QStringLiteral("/token/"));
    api.useKeyless = false;
    return api;
}

Http::HttpRequest get(const QByteArray &target)
{
    Http::HttpRequest r;
    r.method = "GET";
    r.target = target;
    r.headers.add("Host", "gw.local");
    return r;
}

QJsonObject json(const Http::HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

struct Fixture
{
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Api::GatewayConfig config;
    std::unique_ptr<Engine::Engine> engine;
    Trace::MemoryTraceSink trace;

    explicit Fixture(const QList<Api::ApiDefinition> &apis, Api::GatewayConfig cfg = {})
        : config(std::move(cfg))
    {
        engine = std::make_unique<Engine::Engine>(clock, store, config);
        engine->setApis(apis);
        engine->trace().attach(&trace);
    }

    // Submits and waits on the test's event loop (not a GUI thread) for the reply.
    Http::HttpResponse send(const Http::HttpRequest &request, quint64 *id = nullptr)
    {
        std::optional<Http::HttpResponse> reply;
        const quint64 exchangeId =
            engine->submit(request, [&](const Http::HttpResponse &r) { reply = r; });
        if (id)
            *id = exchangeId;
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
            return {};
        return *reply;
    }

    void addSession(const QString &key, nlohmann::json session)
    {
        store.set(key, Session::SessionState(std::move(session)), 0, [](const Result<void> &) {});
    }
};
} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keylessRequestReachesTheEchoUpstreamWithTheListenPathStripped()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/keyless/"))});
        auto request = get("/keyless/anything/x?a=1&b=2");
        request.headers.add("X-Test", "yes");
        const auto r = f.send(request);
        QCOMPARE(r.status, 200);
        const QJsonObject echo = json(r);
        QCOMPARE(echo.value(u"path").toString(), QStringLiteral("/anything/x"));
        QCOMPARE(echo.value(u"method").toString(), QStringLiteral("GET"));
        QCOMPARE(echo.value(u"args").toObject().value(u"a").toString(), QStringLiteral("1"));
        QCOMPARE(echo.value(u"headers").toObject().value(u"X-Test").toString(),
                 QStringLiteral("yes"));
    }

    // httpbin prints its JSON indented by two with sorted keys; scripts grep it that way.
    void echoPrintsItsJsonAsHttpbinDoes()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/keyless/"))});
        auto request = get("/keyless/get");
        request.headers.add("X-Test", "1");
        const QByteArray body = f.send(request).body;
        QVERIFY2(body.startsWith("{\n  \"args\": {},\n  \"data\": \"\""), body.constData());
        QVERIFY2(body.contains("\n    \"X-Test\": \"1\""), body.constData());
        QVERIFY(body.endsWith("}\n"));
    }

    void listenPathIsKeptWithoutStrip()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/keep/"), false)});
        QCOMPARE(json(f.send(get("/keep/x"))).value(u"path").toString(), QStringLiteral("/keep/x"));
    }

    void longestListenPathWins()
    {
        Fixture f({keylessApi(QStringLiteral("short"), QStringLiteral("/a/"), false),
                   keylessApi(QStringLiteral("long"), QStringLiteral("/a/b/"), false)});
        quint64 id = 0;
        f.send(get("/a/b/c"), &id);
        QCOMPARE(f.trace.eventsFor(id).first().apiId, QStringLiteral("long"));
        f.send(get("/a/c"), &id);
        QCOMPARE(f.trace.eventsFor(id).first().apiId, QStringLiteral("short"));
    }

    void unknownPathGetsTyksPlain404()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/keyless/"))});
        const auto r = f.send(get("/nowhere"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("Not Found"));
    }

    void inactiveApiIsStillServedAsTykDoes()
    {
        auto api = keylessApi(QStringLiteral("k"), QStringLiteral("/keyless/"));
        api.active = false;
        Fixture f({api});
        QCOMPARE(f.send(get("/keyless/x")).status, 200);
    }

    void tokenApiWithoutKeyIs401AuthorizationFieldMissing()
    {
        Fixture f({tokenApi()});
        const auto r = f.send(get("/token/x"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"Authorization field missing\"\n}"));
        QCOMPARE(r.headers.value("X-Generator"), QByteArray("tyk.io"));
    }

    void tokenApiWithUnknownKeyIs403()
    {
        Fixture f({tokenApi()});
        auto request = get("/token/x");
        request.headers.add("Authorization", "nosuchkey");
        const auto r = f.send(request);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body,
                 QByteArray("{\n    \"error\": \"Access to this API has been disallowed\"\n}"));
    }

    void tokenApiWithValidKeyPassesAndBearerIsStripped_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("plain") << QByteArray("key123");
        QTest::newRow("bearer") << QByteArray("Bearer key123");
        QTest::newRow("bearer any case") << QByteArray("bEaReR key123");
    }
    void tokenApiWithValidKeyPassesAndBearerIsStripped()
    {
        QFETCH(QByteArray, header);
        Fixture f({tokenApi()});
        f.addSession(
            QStringLiteral("key123"),
            {{"org_id", "org1"},
             {"access_rights",
              {{"token",
                {{"api_id", "token"}, {"versions", nlohmann::json::array({"Default"})}}}}}});
        auto request = get("/token/x");
        request.headers.add("Authorization", header);
        QCOMPARE(f.send(request).status, 200);
    }

    void keyFromCustomHeaderAndQueryParameter()
    {
        auto api = tokenApi();
        api.authToken.authHeaderName = QStringLiteral("X-Api-Key");
        api.authToken.useParam = true;
        api.authToken.paramName = QStringLiteral("key");
        Fixture f({api});
        f.addSession(QStringLiteral("key123"), nlohmann::json::object());
        auto byHeader = get("/token/x");
        byHeader.headers.add("x-api-key", "key123");
        QCOMPARE(f.send(byHeader).status, 200);
        QCOMPARE(f.send(get("/token/x?key=key123")).status, 200);
        QCOMPARE(f.send(get("/token/x?key=other")).status, 403);
    }

    void expiredAndInactiveKeysAreRefused()
    {
        Fixture f({tokenApi()});
        f.addSession(QStringLiteral("expired"), {{"expires", f.clock.nowSecs() - 10}});
        f.addSession(QStringLiteral("inactive"), {{"is_inactive", true}});
        f.addSession(QStringLiteral("future"), {{"expires", f.clock.nowSecs() + 10}});
        auto request = get("/token/x");
        request.headers.set("Authorization", "expired");
        auto r = f.send(request);
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.contains("Key has expired, please renew"));
        request.headers.set("Authorization", "inactive");
        r = f.send(request);
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("Key is inactive, please renew"));
        request.headers.set("Authorization", "future");
        QCOMPARE(f.send(request).status, 200);
        f.clock.advanceSecs(11); // the engine clock decides expiry
        QCOMPARE(f.send(request).status, 401);
    }

    void accessRightsForAnotherApiAreRefused()
    {
        Fixture f({tokenApi()});
        f.addSession(QStringLiteral("other"),
                     {{"access_rights", {{"elsewhere", {{"api_id", "elsewhere"}}}}}});
        auto request = get("/token/x");
        request.headers.add("Authorization", "other");
        const auto r = f.send(request);
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("Access to this API has been disallowed"));
    }

    void allowedUrlsLimitTheMethodsAndPathsOfAKey()
    {
        Fixture f({tokenApi()});
        f.addSession(
            QStringLiteral("narrow"),
            {{"access_rights",
              {{"token",
                {{"api_id", "token"},
                 {"versions", nlohmann::json::array({"Default"})},
                 {"allowed_urls",
                  nlohmann::json::array({{{"url", "/token/users/{id}"},
                                          {"methods", nlohmann::json::array({"GET"})}}})}}}}}});
        auto request = get("/token/users/42");
        request.headers.add("Authorization", "narrow");
        QCOMPARE(f.send(request).status, 200);
        request.method = "DELETE";
        auto r = f.send(request);
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("Access to this resource has been disallowed"));
        request.method = "GET";
        request.target = "/token/orders/1";
        QCOMPARE(f.send(request).status, 403);
    }

    void nonVersionedApiWithTwoUnnamedVersionsIsRefused()
    {
        auto api = keylessApi(QStringLiteral("k"), QStringLiteral("/k/"));
        api.versionData.versions.insert(QStringLiteral("v2"),
                                        Api::VersionInfo{QStringLiteral("v2")});
        api.versionData.versions.remove(QStringLiteral("Default"));
        api.versionData.versions.insert(QStringLiteral("v1"),
                                        Api::VersionInfo{QStringLiteral("v1")});
        Fixture f({api});
        const auto r = f.send(get("/k/x"));
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("No default API version for this non-versioned API found"));
    }

    void blackListedEndpointIsForbiddenBeforeAnyPlugin()
    {
        auto api = keylessApi(QStringLiteral("k"), QStringLiteral("/k/"));
        Api::VersionInfo &v = api.versionData.versions[QStringLiteral("Default")];
        v.useExtendedPaths = true;
        v.blackList.append({QStringLiteral("/secret"), QStringLiteral("GET")});
        Fixture f({api});
        const auto r = f.send(get("/k/secret/x"));
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("Requested endpoint is forbidden"));
        QCOMPARE(f.send(get("/k/open")).status, 200);
    }

    void ignoredEndpointSkipsAuthentication()
    {
        auto api = tokenApi();
        Api::VersionInfo &v = api.versionData.versions[QStringLiteral("Default")];
        v.useExtendedPaths = true;
        v.ignored.append({QStringLiteral("/public"), QStringLiteral("GET")});
        Fixture f({api});
        QCOMPARE(f.send(get("/token/public")).status, 200);
        QCOMPARE(f.send(get("/token/private")).status, 401);
    }

    void pluginHookWithoutADriverAnswersAsTykDoesWhenTheDriverIsNotLoaded()
    {
        auto api = keylessApi(QStringLiteral("k"), QStringLiteral("/k/"));
        api.customMiddleware.driver = QStringLiteral("python");
        api.customMiddleware.pre.append({QStringLiteral("MyPreHook")});
        Fixture f({api});
        const auto r = f.send(get("/k/x"));
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("Internal Server Error"));
    }

    void breakpointPausesARequestWhileOthersFlowAndEditsReachTheUpstream()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/k/"))});
        f.engine->stepDebugger().addBreakpoint({QStringLiteral("Proxy"), QStringLiteral("k")});
        std::optional<Http::HttpResponse> paused;
        const quint64 id =
            f.engine->submit(get("/k/first"), [&](const Http::HttpResponse &r) { paused = r; });
        QVERIFY(!paused);
        const auto list = f.engine->stepDebugger().pausedExchanges();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, id);
        QCOMPARE(list.first().phase, QStringLiteral("Proxy"));

        f.engine->stepDebugger().clearBreakpoints();
        QCOMPARE(f.send(get("/k/second")).status, 200); // others keep flowing

        auto edited = list.first().request;
        edited.headers.add("X-Edited", "by the debugger");
        QVERIFY(f.engine->stepDebugger().editPausedRequest(id, edited));
        QVERIFY(f.engine->stepDebugger().resume(id));
        QTRY_VERIFY(paused);
        QCOMPARE(json(*paused).value(u"headers").toObject().value(u"X-Edited").toString(),
                 QStringLiteral("by the debugger"));
        QVERIFY(!f.engine->stepDebugger().resume(id)); // no longer paused
    }

    void revertRestoresTheRequestTheClientSent()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/k/"))});
        f.engine->stepDebugger().addBreakpoint({QStringLiteral("VersionCheck"), QString()});
        std::optional<Http::HttpResponse> reply;
        const quint64 id =
            f.engine->submit(get("/k/orig"), [&](const Http::HttpResponse &r) { reply = r; });
        auto edited = f.engine->stepDebugger().pausedExchanges().first().request;
        edited.target = "/k/changed";
        QVERIFY(f.engine->stepDebugger().editPausedRequest(id, edited));
        QVERIFY(f.engine->stepDebugger().revertPausedRequest(id));
        QVERIFY(f.engine->stepDebugger().resume(id));
        QTRY_VERIFY(reply);
        QCOMPARE(json(*reply).value(u"path").toString(), QStringLiteral("/orig"));
    }

    void abortEndsAPausedRequestWith499()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/k/"))});
        f.engine->stepDebugger().addBreakpoint({QStringLiteral("Proxy"), QString()});
        std::optional<Http::HttpResponse> reply;
        const quint64 id =
            f.engine->submit(get("/k/x"), [&](const Http::HttpResponse &r) { reply = r; });
        QVERIFY(f.engine->stepDebugger().abort(id));
        QVERIFY(reply);
        QCOMPARE(reply->status, 499);
        QCOMPARE(f.engine->inFlightCount(), 0);
        QVERIFY(f.engine->stepDebugger().pausedExchanges().isEmpty());
    }

    void stepAdvancesOnePhaseAtATime()
    {
        Fixture f({tokenApi()});
        f.addSession(QStringLiteral("key123"), nlohmann::json::object());
        f.engine->stepDebugger().addBreakpoint({QStringLiteral("VersionCheck"), QString()});
        auto request = get("/token/x");
        request.headers.add("Authorization", "key123");
        std::optional<Http::HttpResponse> reply;
        const quint64 id =
            f.engine->submit(request, [&](const Http::HttpResponse &r) { reply = r; });
        QStringList visited;
        while (!reply) {
            const auto paused = f.engine->stepDebugger().pausedExchanges();
            QVERIFY(!paused.isEmpty());
            visited << paused.first().phase;
            QVERIFY(f.engine->stepDebugger().step(id));
        }
        QCOMPARE(visited,
                 (QStringList{QStringLiteral("VersionCheck"), QStringLiteral("AuthKey"),
                              QStringLiteral("KeyExpired"), QStringLiteral("AccessRights"),
                              QStringLiteral("GranularAccess"), QStringLiteral("RateLimitAndQuota"),
                              QStringLiteral("Proxy"), QStringLiteral("RateLimitHeaders")}));
        QCOMPARE(reply->status, 200);
    }

    void breakpointWithAConditionPausesOnlyRequestsThatContainItsText()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/k/"))});
        f.engine->stepDebugger().addBreakpoint(
            {QStringLiteral("Proxy"), QString(), QStringLiteral("x-debug: YES")});
        QCOMPARE(f.send(get("/k/plain")).status, 200); // no match: flows through
        auto marked = get("/k/marked");
        marked.headers.add("X-Debug", "yes");
        std::optional<Http::HttpResponse> reply;
        const quint64 id =
            f.engine->submit(marked, [&](const Http::HttpResponse &r) { reply = r; });
        QCOMPARE(f.engine->stepDebugger().pausedExchanges().size(), 1);
        f.engine->stepDebugger().clearBreakpoints();
        f.engine->stepDebugger().addBreakpoint(
            {QStringLiteral("Proxy"), QString(), QStringLiteral("/k/PATH")});
        QCOMPARE(f.engine->stepDebugger().pausedExchanges().first().id, id);
        QVERIFY(f.engine->stepDebugger().resume(id));
        QTRY_VERIFY(reply);
        std::optional<Http::HttpResponse> second;
        f.engine->submit(get("/k/path"), [&](const Http::HttpResponse &r) { second = r; });
        // Matched on the request line.
        QCOMPARE(f.engine->stepDebugger().pausedExchanges().size(), 1);
    }

    void editedSessionIsWhatLaterPhasesSeeAndIsStored()
    {
        Fixture f({tokenApi()});
        f.addSession(QStringLiteral("key123"), nlohmann::json::object());
        f.engine->stepDebugger().addBreakpoint({QStringLiteral("KeyExpired"), QString()});
        auto request = get("/token/x");
        request.headers.add("Authorization", "key123");
        std::optional<Http::HttpResponse> reply;
        const quint64 id =
            f.engine->submit(request, [&](const Http::HttpResponse &r) { reply = r; });
        QTRY_COMPARE(f.engine->stepDebugger().pausedExchanges().size(), 1);
        const auto shown = f.engine->stepDebugger().pausedExchanges().first().sessionJson;
        QVERIFY(shown);
        auto session =
            std::make_optional(Session::SessionState(nlohmann::json::parse(shown->toStdString())));
        session->json()["expires"] = f.clock.nowSecs() - 60;
        QVERIFY(f.engine->stepDebugger().editPausedSession(id, *session));
        QVERIFY(f.engine->stepDebugger().resume(id));
        QTRY_VERIFY(reply);
        QCOMPARE(reply->status, 401); // KeyExpired read the edited session
        QVERIFY(!f.engine->stepDebugger().editPausedSession(id, *session)); // no longer paused
    }

    void phaseNamesListTheApisPipelineInOrder()
    {
        Fixture f({keylessApi(QStringLiteral("k"), QStringLiteral("/k/"))});
        const QStringList names = f.engine->stepDebugger().phaseNames(QStringLiteral("k"));
        QCOMPARE(names.first(), QStringLiteral("VersionCheck"));
        QVERIFY(names.contains(QStringLiteral("Proxy")));
        QVERIFY(f.engine->stepDebugger().phaseNames(QStringLiteral("nope")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
