// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's JS virtual endpoints (extended_paths.virtual, gateway/mw_virtual_endpoint.go) in the
// real engine, over real HTTP on loopback.
#include "tests/core/plugin/plugintestkit.h"

#include <QJsonArray>

using namespace Hb;
using namespace Hb::Test;

namespace {
const QByteArray secret = "352d20ee67be67f6340b4c0605b044b7";

const QByteArray handlerSource =
    "function myVirtualHandler(request, session, config) {\n"
    "  log('virtual ' + request.URL);\n"
    "  var seen = {url: request.URL, q: request.Params['q'], h: request.Headers['X-Test'],\n"
    "              body: request.Body, api: config.APIID,\n"
    "              k: config.config_data ? config.config_data.k : null,\n"
    "              scheme: request.Scheme, host: request.Headers['Host']};\n"
    "  if (request.Params['fail']) { throw new Error('asked to fail'); }\n"
    "  var meta = session.meta_data || {};\n"
    "  meta.visits = String(Number(meta.visits || 0) + 1);\n"
    "  return TykJsResponse({Body: JSON.stringify(seen), Code: 202,\n"
    "                        Headers: {'x-custom': 'yes', 'Content-Type': 'application/json'}},\n"
    "                       meta);\n"
    "}\n";

// A Classic API with one virtual endpoint on GET /virtual.
QByteArray virtualApi(const QString &id, bool keyless, const QJsonObject &virtualEntry,
                      bool useExtendedPaths = true)
{
    QJsonObject api =
        QJsonDocument::fromJson(apiJson(id, u'/' + id + u'/', QString(), false)).object();
    api[QStringLiteral("use_keyless")] = keyless;
    api[QStringLiteral("custom_middleware_bundle")] = QString();
    api[QStringLiteral("config_data")] = QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}};
    api[QStringLiteral("auth")] =
        QJsonObject{{QStringLiteral("auth_header_name"), QStringLiteral("Authorization")}};
    QJsonObject version{{QStringLiteral("name"), QStringLiteral("Default")},
                        {QStringLiteral("use_extended_paths"), useExtendedPaths},
                        {QStringLiteral("extended_paths"),
                         QJsonObject{{QStringLiteral("virtual"), QJsonArray{virtualEntry}}}}};
    api[QStringLiteral("version_data")] = QJsonObject{
        {QStringLiteral("not_versioned"), true},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("Default"), version}}}};
    return QJsonDocument(api).toJson();
}

QJsonObject entry(const QString &sourceType, const QString &uri, bool useSession = false,
                  bool proxyOnError = false)
{
    return {{QStringLiteral("path"), QStringLiteral("/virtual")},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("response_function_name"), QStringLiteral("myVirtualHandler")},
            {QStringLiteral("function_source_type"), sourceType},
            {QStringLiteral("function_source_uri"), uri},
            {QStringLiteral("use_session"), useSession},
            {QStringLiteral("proxy_on_error"), proxyOnError}};
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

class TestVirtualEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void virtualEndpointAnswersWithItsFunctionsReply()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/virtual.js"), handlerSource);
        // A relative path that is not there from the working folder is found beside the API.
        ws.write(QStringLiteral("apps/api.json"),
                 virtualApi(QStringLiteral("v"), true,
                            entry(QStringLiteral("file"), QStringLiteral("virtual.js"))));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse r = gw.get("/v/virtual?q=1", {{"X-Test", "t"}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.headers.value("X-Custom"), QByteArray("yes"));
        QCOMPARE(r.headers.value("Server"), QByteArray("tyk"));
        QVERIFY(!r.headers.value("Date").isEmpty());
        const QJsonObject seen = json(r.body);
        QCOMPARE(seen[u"url"].toString(), QStringLiteral("/v/virtual?q=1"));
        QCOMPARE(seen[u"q"].toArray().first().toString(), QStringLiteral("1"));
        QCOMPARE(seen[u"h"].toArray().first().toString(), QStringLiteral("t"));
        QCOMPARE(seen[u"api"].toString(), QStringLiteral("v"));
        QCOMPARE(seen[u"k"].toString(), QStringLiteral("v"));
        QCOMPARE(seen[u"scheme"].toString(), QStringLiteral("http"));
        QVERIFY2(seen[u"host"].isUndefined(), r.body.constData()); // Go keeps Host apart
        QVERIFY(gw.logs().join(u'\n').contains(u"virtual /v/virtual?q=1"));

        // Other paths and methods go to the upstream.
        const Http::HttpResponse other = gw.get("/v/other");
        QCOMPARE(other.status, 200);
        QVERIFY(!other.headers.contains("X-Custom"));
        QCOMPARE(gw.send("POST", "/v/virtual", {}, "x").status, 200);
    }

    void blobSourceRunsAndFailuresAnswer500()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 virtualApi(
                     QStringLiteral("b"), true,
                     entry(QStringLiteral("blob"), QString::fromLatin1(handlerSource.toBase64()))));
        ws.write(QStringLiteral("apps/proxy.json"),
                 virtualApi(QStringLiteral("p"), true,
                            entry(QStringLiteral("blob"),
                                  QString::fromLatin1(handlerSource.toBase64()), false, true)));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        QCOMPARE(gw.get("/b/virtual").status, 202);

        const Http::HttpResponse failed = gw.get("/b/virtual?fail=1");
        QCOMPARE(failed.status, 500);
        QVERIFY2(failed.body.contains("Error during virtual endpoint execution. Contact "
                                      "Administrator for more details."),
                 failed.body.constData());
        const auto events = gw.phaseEvents(QStringLiteral("VirtualEndpoint"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"asked to fail"),
                 qPrintable(events.last().message));

        // proxy_on_error: the upstream answers instead.
        const Http::HttpResponse proxied = gw.get("/p/virtual?fail=1");
        QCOMPARE(proxied.status, 200);
        QVERIFY(!proxied.headers.contains("X-Custom"));
    }

    void useSessionWritesTheReturnedMetadataBack()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/virtual.js"), handlerSource);
        ws.write(QStringLiteral("apps/api.json"),
                 virtualApi(QStringLiteral("s"), false,
                            entry(QStringLiteral("file"),
                                  ws.path(QStringLiteral("apps/virtual.js")), true)));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QByteArray create =
            "{\"org_id\": \"default\", \"rate\": 0, \"quota_max\": -1, \"meta_data\": "
            "{\"visits\": \"1\"}, \"access_rights\": {\"s\": {\"api_id\": \"s\", \"versions\": "
            "[\"Default\"]}}}";
        const Http::HttpResponse created =
            gw.send("POST", "/tyk/keys/create", {{"X-Tyk-Authorization", secret}}, create);
        QCOMPARE(created.status, 200);
        const QByteArray key = json(created.body)[u"key"].toString().toUtf8();
        QVERIFY(!key.isEmpty());

        QCOMPARE(gw.get("/s/virtual", {{"Authorization", key}}).status, 202);
        QCOMPARE(gw.get("/s/virtual", {{"Authorization", key}}).status, 202);
        const QJsonObject stored =
            json(gw.get("/tyk/keys/" + key, {{"X-Tyk-Authorization", secret}}).body);
        QCOMPARE(stored[u"meta_data"][u"visits"].toString(), QStringLiteral("3"));
        // Without a key the endpoint is not reached: auth runs first.
        QCOMPARE(gw.get("/s/virtual").status, 401);
    }

    void jsvmOffLeavesTheEndpointToTheUpstream()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/virtual.js"), handlerSource);
        ws.write(QStringLiteral("apps/api.json"),
                 virtualApi(QStringLiteral("o"), true,
                            entry(QStringLiteral("file"), QStringLiteral("virtual.js"))));
        ws.write(QStringLiteral("tyk.conf"), "{\"enable_jsvm\": false}");
        Setup::EngineOptions options = ws.options();
        options.configFile = ws.path(QStringLiteral("tyk.conf"));
        Gateway gw;
        QVERIFY(gw.start(options));
        QCOMPARE(gw.get("/o/virtual").status, 200);
    }

    void withoutUseExtendedPathsTheEndpointIsNotCompiledAndTheUpstreamAnswers()
    {
        Workspace ws;
        // Not even read: a file that is not there is no load error.
        ws.write(QStringLiteral("apps/api.json"),
                 virtualApi(QStringLiteral("x"), true,
                            entry(QStringLiteral("file"), QStringLiteral("missing.js")),
                            /*useExtendedPaths=*/false));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/x/virtual");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.headers.contains("X-Custom"));
        QCOMPARE(json(r.body)[u"url"].toString(), QStringLiteral("hookbench://echo/virtual"));
    }

    void oasVirtualEndpointIsServed()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/virtual.js"), handlerSource);
        const QByteArray oas =
            "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"o\", \"version\": \"1\"},\n"
            " \"paths\": {\"/virtual\": {\"get\": {\"operationId\": \"virtualget\", "
            "\"responses\": {\"200\": {\"description\": \"\"}}}}},\n"
            " \"x-tyk-api-gateway\": {\"info\": {\"id\": \"oas\", \"name\": \"o\", \"state\": "
            "{\"active\": true}},\n"
            "  \"upstream\": {\"url\": \"hookbench://echo\"},\n"
            "  \"server\": {\"listenPath\": {\"value\": \"/oas/\", \"strip\": true}},\n"
            "  \"middleware\": {\"operations\": {\"virtualget\": {\"virtualEndpoint\": "
            "{\"enabled\": true, \"functionName\": \"myVirtualHandler\", \"path\": \"" +
            ws.path(QStringLiteral("apps/virtual.js")).toUtf8() + "\"}}}}}}";
        ws.write(QStringLiteral("apps/oas.json"), oas);
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/oas/virtual");
        QCOMPARE(r.status, 202);
        QCOMPARE(json(r.body)[u"api"].toString(), QStringLiteral("oas"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualEndpoints)
#include "tst_virtualendpoints.moc"
