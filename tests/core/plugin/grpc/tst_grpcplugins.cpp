// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk gRPC plugins in the real engine, over real HTTP on loopback, against real plugin
// servers: the C++ sample and the Python one (samples/grpc-*).
#include "tests/core/plugin/plugintestkit.h"
#include "tests/support/grpcpluginserver.h"

#include "core/plugin/grpc/grpcserverstatus.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using namespace Hb;
using namespace Hb::Test;

namespace {

// A Classic API whose custom_middleware (driver grpc, no bundle, no code) names every hook of
// the samples, with the ID extractor on the Authorization header.
QByteArray classicGrpcApi(const QString &id, const QString &listenPath,
                          const QJsonObject &overrides = {})
{
    QJsonObject mw{
        {QStringLiteral("driver"), QStringLiteral("grpc")},
        {QStringLiteral("pre"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("MyPreHook")}}}},
        {QStringLiteral("auth_check"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("MyAuthCheck")}}},
        {QStringLiteral("post_key_auth"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("CountHook")}}}},
        {QStringLiteral("post"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("MyPostHook")}}}},
        {QStringLiteral("response"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("MyResponseHook")}}}},
        {QStringLiteral("id_extractor"),
         QJsonObject{
             {QStringLiteral("extract_from"), QStringLiteral("header")},
             {QStringLiteral("extract_with"), QStringLiteral("value")},
             {QStringLiteral("extractor_config"),
              QJsonObject{{QStringLiteral("header_name"), QStringLiteral("Authorization")}}}}},
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        mw.insert(it.key(), it.value());
    QJsonObject api = QJsonDocument::fromJson(apiJson(id, listenPath, QString(), true)).object();
    api.remove(QStringLiteral("custom_middleware_bundle"));
    api.insert(QStringLiteral("custom_middleware"), mw);
    return QJsonDocument(api).toJson();
}

int callsLogged(GrpcPluginServer &server, const QString &hook)
{
    return int(server.log().count(hook));
}

} // namespace

class TestGrpcPlugins : public QObject
{
    Q_OBJECT

    Setup::EngineOptions grpcOptions(const Workspace &ws, const GrpcPluginServer &server)
    {
        Setup::EngineOptions o = ws.options();
        o.grpcServer = server.url();
        return o;
    }

private Q_SLOTS:
    void everyHookRunsThroughTheServer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("tag");
        QTest::newRow("C++ sample") << int(GrpcPluginServer::Kind::Cpp) << QByteArray("grpc-cpp");
        QTest::newRow("Python sample")
            << int(GrpcPluginServer::Kind::Python) << QByteArray("grpc-python");
    }
    void everyHookRunsThroughTheServer()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, tag);
        GrpcPluginServer server{GrpcPluginServer::Kind(kind)};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/")));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse r =
            gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}});
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject h = echoedHeaders(r);
        QCOMPARE(h.value(QStringLiteral("X-Pre-Hook")).toString().toUtf8(), tag);
        // The post hook read the session the auth hook returned.
        QCOMPARE(h.value(QStringLiteral("X-Post-Hook")).toString(), QStringLiteral("alice"));
        QCOMPARE(r.headers.value("X-Response-Hook"), tag);
        // post_key_auth ran between the auth hook and the post hook (the C++ sample counts; the
        // Python one returns hooks it does not know unchanged).
        const QList<Trace::TraceEvent> postKeyAuth =
            gw.phaseEvents(QStringLiteral("post_key_auth:"));
        QCOMPARE(postKeyAuth.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(postKeyAuth.first().objectSent)
                     .object()
                     .value(QStringLiteral("hook_type"))
                     .toString(),
                 QStringLiteral("PostKeyAuth"));
        if (tag == "grpc-cpp")
            QVERIFY(h.contains(QStringLiteral("X-Call-Count")));
        // The timeline's phase detail: the Object each hook was sent and returned, as JSON.
        const QList<Trace::TraceEvent> pre = gw.phaseEvents(QStringLiteral("pre:"));
        QVERIFY2(!pre.isEmpty(), "no pre phase traced");
        const QJsonObject sent = QJsonDocument::fromJson(pre.first().objectSent).object();
        QCOMPARE(sent.value(QStringLiteral("hook_name")).toString(), QStringLiteral("MyPreHook"));
        const QJsonObject returned = QJsonDocument::fromJson(pre.first().objectReceived).object();
        QCOMPARE(returned.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("set_headers"))
                     .toObject()
                     .value(QStringLiteral("X-Pre-Hook"))
                     .toString()
                     .toUtf8(),
                 tag);
    }

    void theIdExtractorCachesTheSessionTheServerReturned()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/")));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}}).status, 200);
        // Later requests find the session under the extractor's id, not through the server.
        QTRY_COMPARE_WITH_TIMEOUT(callsLogged(server, QStringLiteral("MyPreHook")), 3, 5000);
        QCOMPARE(callsLogged(server, QStringLiteral("MyAuthCheck")), 1);
    }

    void withoutAnIdExtractorEveryRequestAsksTheServer()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/"),
                                {{QStringLiteral("id_extractor"),
                                  QJsonObject{{QStringLiteral("disabled"), true}}}}));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(callsLogged(server, QStringLiteral("MyAuthCheck")), 2, 5000);
    }

    void theServersReturnOverridesAnswerTheRequest()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/")));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        const Http::HttpResponse blocked =
            gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}, {"X-Block", "yes"}});
        QCOMPARE(blocked.status, 403);
        QVERIFY2(blocked.body.contains("blocked by the pre hook"), blocked.body.constData());
        const Http::HttpResponse unknown = gw.get("/grpc/get", {{"Authorization", "Bearer nope"}});
        QCOMPARE(unknown.status, 403);
    }

    void aDispatchErrorIsTyksMiddlewareErrorOrKeyNotAuthorised_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("pre") << "pre" << 500 << QByteArray("Middleware error");
        QTest::newRow("post") << "post" << 500 << QByteArray("Middleware error");
        QTest::newRow("response") << "response" << 500 << QByteArray("Middleware error");
        QTest::newRow("auth_check") << "auth_check" << 403 << QByteArray("Key not authorised");
    }
    void aDispatchErrorIsTyksMiddlewareErrorOrKeyNotAuthorised()
    {
        QFETCH(QString, slot);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        const QJsonObject fail{{QStringLiteral("name"), QStringLiteral("FailHook")}};
        const QJsonValue entry =
            slot == u"auth_check" ? QJsonValue(fail) : QJsonValue(QJsonArray{fail});
        ws.write(
            QStringLiteral("apps/api.json"),
            classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/"), {{slot, entry}}));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        const Http::HttpResponse r =
            gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}});
        QCOMPARE(r.status, status);
        QVERIFY2(r.body.contains(body), r.body.constData());
        // The trace says what happened and where.
        bool traced = false;
        for (const auto &e : gw.trace.events())
            traced =
                traced || (e.kind == Trace::TraceKind::PhaseFinished &&
                           e.message.contains(u"code = Internal desc = FailHook always fails") &&
                           e.message.contains(server.url()));
        QVERIFY2(traced, "no phase event names the gRPC status and the server");
    }

    void aServerThatIsDownFailsRequestsUntilItComesBack()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.stop();
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/")));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        // Down at start: the pre hook's Dispatch fails (Tyk's 500 "Middleware error").
        const Http::HttpResponse down =
            gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}});
        QCOMPARE(down.status, 500);
        QVERIFY(down.body.contains("Middleware error"));
        const Plugin::IGrpcServerMonitor *monitor = gw.setup().grpcServerMonitor();
        QVERIFY(monitor);
        QVERIFY(monitor->grpcServerStatus().lastError.contains(u"Unavailable"));

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        int status = 0;
        for (int i = 0; i < 40 && status != 200; ++i) {
            status = gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}}).status;
            if (status != 200)
                QTest::qWait(100);
        }
        QCOMPARE(status, 200);
    }

    void aManifestWithTheGrpcDriverNeedsNoFiles()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        // Tyk's usual gRPC bundle: a manifest alone (file_list [], the md5 of nothing).
        ws.write(QStringLiteral("bundles/grpc-bundle/manifest.json"),
                 "{\"file_list\": [], \"checksum\": \"d41d8cd98f00b204e9800998ecf8427e\", "
                 "\"custom_middleware\": {\"driver\": \"grpc\", \"pre\": [{\"name\": "
                 "\"MyPreHook\"}]}}");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("bundled"), QStringLiteral("/bundled/"),
                         QStringLiteral("grpc-bundle")));
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/bundled/get");
        QCOMPARE(r.status, 200);
        QCOMPARE(echoedHeaders(r).value(QStringLiteral("X-Pre-Hook")).toString(),
                 QStringLiteral("grpc-cpp"));
    }

    void anOasApisPluginConfigReachesTheServer()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(QStringLiteral("apps/oas.json"),
                 "{\n"
                 "  \"openapi\": \"3.0.3\",\n"
                 "  \"info\": {\"title\": \"OAS gRPC\", \"version\": \"1.0.0\"},\n"
                 "  \"paths\": {},\n"
                 "  \"x-tyk-api-gateway\": {\n"
                 "    \"info\": {\"id\": \"oas-grpc\", \"name\": \"OAS gRPC\", \"state\": "
                 "{\"active\": true}},\n"
                 "    \"upstream\": {\"url\": \"hookbench://echo\"},\n"
                 "    \"server\": {\"listenPath\": {\"value\": \"/oas-grpc/\", \"strip\": true}},\n"
                 "    \"middleware\": {\"global\": {\n"
                 "      \"pluginConfig\": {\"driver\": \"grpc\"},\n"
                 "      \"prePlugins\": [{\"enabled\": true, \"functionName\": \"MyPreHook\"}],\n"
                 "      \"responsePlugins\": [{\"enabled\": true, \"functionName\": "
                 "\"MyResponseHook\"}]\n"
                 "    }}\n"
                 "  }\n"
                 "}");
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/oas-grpc/get");
        QCOMPARE(r.status, 200);
        QCOMPARE(echoedHeaders(r).value(QStringLiteral("X-Pre-Hook")).toString(),
                 QStringLiteral("grpc-cpp"));
        QCOMPARE(r.headers.value("X-Response-Hook"), QByteArray("grpc-cpp"));
    }

    void withoutAServerAddressGrpcHooksAnswerTyksDriverNotLoaded()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY(!gw.setup().grpcServerMonitor());
        QVERIFY2(gw.diagnostics().join(u'\n').contains(u"Driver 'grpc' isn't loaded"),
                 qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r =
            gw.get("/grpc/get", {{"Authorization", "Bearer sample-token"}});
        QCOMPARE(r.status, 500);
    }

    void aServerAddressTykCannotParseIsReportedAtStart()
    {
        Workspace ws;
        Setup::EngineOptions o = ws.options();
        o.grpcServer = QStringLiteral("127.0.0.1:5555");
        Gateway gw;
        QVERIFY(gw.start(o));
        QVERIFY(!gw.setup().grpcServerMonitor());
        QStringList warnings;
        for (const auto &d : gw.setup().configWarnings())
            warnings.append(d.toString());
        QVERIFY2(warnings.join(u'\n').contains(u"Couldn't load gRPC dispatcher"),
                 qPrintable(warnings.join(u'\n')));
    }

    void tykConfsCoprocessOptionsConfigureTheDriver()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 classicGrpcApi(QStringLiteral("grpc-api"), QStringLiteral("/grpc/"),
                                {{QStringLiteral("pre"),
                                  QJsonArray{QJsonObject{{QStringLiteral("name"),
                                                          QStringLiteral("BigReplyHook")}}}}}));
        ws.write(QStringLiteral("tyk.conf"),
                 QStringLiteral("{\"coprocess_options\": {\"enable_coprocess\": true, "
                                "\"coprocess_grpc_server\": \"%1\", \"grpc_recv_max_size\": "
                                "1048576, \"grpc_authority\": \"plugins.example\"}}")
                     .arg(server.url())
                     .toUtf8());
        Setup::EngineOptions o = ws.options();
        o.configFile = ws.path(QStringLiteral("tyk.conf"));
        Gateway gw;
        QVERIFY(gw.start(o));
        // A 2 MiB reply is over the 1 MiB grpc_recv_max_size: Tyk's 500.
        const Http::HttpResponse big = gw.get(
            "/grpc/get", {{"Authorization", "Bearer sample-token"}, {"X-Big-Bytes", "2097152"}});
        QCOMPARE(big.status, 500);
        QVERIFY(gw.setup().grpcServerMonitor()->grpcServerStatus().lastError.contains(
            u"ResourceExhausted"));
        const Http::HttpResponse small = gw.get(
            "/grpc/get", {{"Authorization", "Bearer sample-token"}, {"X-Big-Bytes", "1000"}});
        QCOMPARE(small.status, 200);
        QVERIFY2(server.log().contains(u"authority plugins.example"), qPrintable(server.log()));
    }

    void anEventHandlersEventReachesTheServersDispatchEvent()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        QJsonObject api = QJsonDocument::fromJson(apiJson(QStringLiteral("events-api"),
                                                          QStringLiteral("/ev/"), QString(), false))
                              .object();
        api.remove(QStringLiteral("custom_middleware_bundle"));
        api.insert(QStringLiteral("use_keyless"), false);
        // No hooks: the driver is named for the event handler alone (Tyk's cp_dynamic_handler
        // uses the API's custom_middleware.driver).
        api.insert(QStringLiteral("custom_middleware"),
                   QJsonObject{{QStringLiteral("driver"), QStringLiteral("grpc")}});
        api.insert(
            QStringLiteral("event_handlers"),
            QJsonObject{{QStringLiteral("events"),
                         QJsonObject{{QStringLiteral("AuthFailure"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("handler_name"),
                                           QStringLiteral("cp_dynamic_handler")},
                                          {QStringLiteral("handler_meta"),
                                           QJsonObject{{QStringLiteral("name"),
                                                        QStringLiteral("OnAuthFailure")}}}}}}}}});
        ws.write(QStringLiteral("apps/api.json"), QJsonDocument(api).toJson());
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r =
            gw.get("/ev/get", {{"Authorization", "no-such-key"}, {"X-Real-IP", "203.0.113.9"}});
        QCOMPARE(r.status, 403);
        // Tyk's CoProcessEventWrapper, Go's field order.
        QTRY_VERIFY2_WITH_TIMEOUT(
            server.log().contains(u"{\"message\":{\"Type\":\"AuthFailure\",\"Meta\":{\"Message\":"
                                  u"\"Auth Failure\",\"OriginatingRequest\":\""),
            qPrintable(server.log()), 5000);
        const QString log = server.log();
        QVERIFY2(log.contains(
                     u"\"Path\":\"/ev/get\",\"Origin\":\"203.0.113.9\",\"Key\":\"no-such-key\"}"),
                 qPrintable(log));
        QVERIFY2(log.contains(u"\"handler_name\":\"OnAuthFailure\",\"spec\":{\"APIID\":\"events-"
                              u"api\",\"OrgID\":\"default\"}}"),
                 qPrintable(log));
        // The timeline says where the event went.
        QVERIFY2(gw.logs().join(u'\n').contains(u"AuthFailure → cp_dynamic_handler OnAuthFailure"),
                 qPrintable(gw.logs().join(u'\n')));
    }

    void everyEventTykFiresReachesItsHandlers()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        QJsonObject api =
            QJsonDocument::fromJson(
                apiJson(QStringLiteral("limits-api"), QStringLiteral("/lim/"), QString(), false))
                .object();
        api.remove(QStringLiteral("custom_middleware_bundle"));
        api.insert(QStringLiteral("use_keyless"), false);
        api.insert(QStringLiteral("custom_middleware"),
                   QJsonObject{{QStringLiteral("driver"), QStringLiteral("grpc")}});
        QJsonObject events;
        for (const char *name : {"RateLimitExceeded", "QuotaExceeded", "KeyExpired"}) {
            events.insert(
                QString::fromLatin1(name),
                QJsonArray{QJsonObject{
                    {QStringLiteral("handler_name"), QStringLiteral("cp_dynamic_handler")},
                    {QStringLiteral("handler_meta"),
                     QJsonObject{{QStringLiteral("name"),
                                  QString(QStringLiteral("On") + QString::fromLatin1(name))}}}}});
        }
        events.insert(QStringLiteral("VersionFailure"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("handler_name"), QStringLiteral("eh_log_handler")},
                          {QStringLiteral("handler_meta"),
                           QJsonObject{{QStringLiteral("prefix"), QStringLiteral("vf")}}}}});
        api.insert(QStringLiteral("event_handlers"),
                   QJsonObject{{QStringLiteral("events"), events}});
        // A black-listed path: Tyk's version check refuses it and fires VersionFailure.
        QJsonObject blocked;
        blocked.insert(QStringLiteral("path"), QStringLiteral("/blocked"));
        blocked.insert(
            QStringLiteral("method_actions"),
            QJsonObject{{QStringLiteral("GET"),
                         QJsonObject{{QStringLiteral("action"), QStringLiteral("no_action")}}}});
        QJsonObject version;
        version.insert(QStringLiteral("name"), QStringLiteral("Default"));
        version.insert(QStringLiteral("use_extended_paths"), true);
        version.insert(QStringLiteral("extended_paths"),
                       QJsonObject{{QStringLiteral("black_list"), QJsonArray{blocked}}});
        QJsonObject versionData = api.value(QStringLiteral("version_data")).toObject();
        versionData.insert(QStringLiteral("versions"),
                           QJsonObject{{QStringLiteral("Default"), version}});
        api.insert(QStringLiteral("version_data"), versionData);
        ws.write(QStringLiteral("apps/api.json"), QJsonDocument(api).toJson());
        Gateway gw;
        QVERIFY(gw.start(grpcOptions(ws, server)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const QByteArray secret = "352d20ee67be67f6340b4c0605b044b7";
        auto addKey = [&](const QByteArray &key, const QByteArray &session) {
            return gw.send("POST", "/tyk/keys/" + key, {{"X-Tyk-Authorization", secret}}, session)
                .status;
        };
        const QByteArray rights =
            "\"access_rights\": {\"limits-api\": {\"api_id\": \"limits-api\", \"versions\": "
            "[\"Default\"]}}, \"org_id\": \"default\"";
        QCOMPARE(
            addKey("rate-key", "{\"rate\": 1, \"per\": 60, \"quota_max\": -1, " + rights + "}"),
            200);
        QCOMPARE(addKey("quota-key", "{\"rate\": 1000, \"per\": 1, \"quota_max\": 1, "
                                     "\"quota_renewal_rate\": 3600, " +
                                         rights + "}"),
                 200);
        QCOMPARE(addKey("expired-key",
                        "{\"rate\": 1000, \"per\": 1, \"quota_max\": -1, \"expires\": 1, " +
                            rights + "}"),
                 200);

        QCOMPARE(gw.get("/lim/get", {{"Authorization", "rate-key"}}).status, 200);
        QCOMPARE(gw.get("/lim/get", {{"Authorization", "rate-key"}}).status, 429);
        QCOMPARE(gw.get("/lim/get", {{"Authorization", "quota-key"}}).status, 200);
        QCOMPARE(gw.get("/lim/get", {{"Authorization", "quota-key"}}).status, 403);
        QCOMPARE(gw.get("/lim/get", {{"Authorization", "expired-key"}}).status, 401);
        QCOMPARE(gw.get("/lim/blocked", {{"Authorization", "rate-key"}}).status, 403);

        for (const char *expected :
             {"{\"message\":{\"Type\":\"RateLimitExceeded\",\"Meta\":{\"Message\":\"Rate Limit "
              "Exceeded\"",
              "{\"message\":{\"Type\":\"QuotaExceeded\",\"Meta\":{\"Message\":\"Key Quota Limit "
              "Exceeded\"",
              "{\"message\":{\"Type\":\"KeyExpired\",\"Meta\":{\"Message\":\"Attempted access "
              "from expired key.\"",
              "\"handler_name\":\"OnRateLimitExceeded\"", "\"handler_name\":\"OnQuotaExceeded\"",
              "\"handler_name\":\"OnKeyExpired\""}) {
            QTRY_VERIFY2_WITH_TIMEOUT(
                server.log().contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + u"\n" + server.log()), 5000);
        }
        // Each names the key it is about (the session's KeyID).
        QVERIFY2(server.log().contains(QRegularExpression(
                     QStringLiteral("RateLimitExceeded.*\"Key\":\"[^\"]*rate-key\""))),
                 qPrintable(server.log()));
        QVERIFY2(server.log().contains(QRegularExpression(
                     QStringLiteral("QuotaExceeded.*\"Key\":\"[^\"]*quota-key\""))),
                 qPrintable(server.log()));
        // The log handler writes Tyk's prefix:Type line into the phase's trace.
        QVERIFY2(
            gw.logs().join(u'\n').contains(u"VersionFailure → eh_log_handler: vf:VersionFailure"),
            qPrintable(gw.logs().join(u'\n')));
    }

    void grpcPingSaysWhichHooksTheServerAnswers()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Workspace ws;
        ws.write(
            QStringLiteral("apps/api.json"),
            classicGrpcApi(
                QStringLiteral("grpc-api"), QStringLiteral("/grpc/"),
                {{QStringLiteral("post"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("FailHook")}}}}}));
        auto ping = [&](const QString &url) {
            QProcess cli;
            cli.start(qEnvironmentVariable("HOOKBENCH_CLI"),
                      {QStringLiteral("grpc-ping"), QStringLiteral("--apps"),
                       ws.path(QStringLiteral("apps")), QStringLiteral("--grpc-server"), url});
            cli.waitForFinished(30000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()));
        };
        const auto [code, out] = ping(server.url());
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(u"ok      grpc-api: Pre MyPreHook"), qPrintable(out));
        QVERIFY2(out.contains(u"ok      grpc-api: CustomKeyCheck MyAuthCheck"), qPrintable(out));
        QVERIFY2(out.contains(u"ok      grpc-api: Response MyResponseHook"), qPrintable(out));
        QVERIFY2(out.contains(u"FAILED  grpc-api: Post FailHook: Dispatch error: rpc error: code = "
                              u"Internal desc = FailHook always fails"),
                 qPrintable(out));
        QVERIFY2(out.contains(u"4 of 5 hooks answered"), qPrintable(out));

        server.stop();
        const auto [downCode, downOut] = ping(server.url());
        QCOMPARE(downCode, 1);
        QVERIFY2(downOut.contains(u"0 of 5 hooks answered") && downOut.contains(u"Unavailable"),
                 qPrintable(downOut));
    }
};

QTEST_GUILESS_MAIN(TestGrpcPlugins)
#include "tst_grpcplugins.moc"
