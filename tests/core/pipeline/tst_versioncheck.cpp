// SPDX-License-Identifier: GPL-3.0-or-later
// VersionCheck's endpoint lists as classic definitions write them, and what an ignored
// endpoint means for the steps after it, through the whole chain to the echo upstream.
#include "core/api/apidefinitionloader.h"
#include "tests/core/pipeline/phasetestkit.h"

#include <QTest>

using namespace Hb;

namespace {
// Keyless, one version with extended paths; `paths` is the extended_paths object.
Api::ApiDefinition keylessApi(const QByteArray &paths)
{
    const QByteArray text =
        "{\"api_id\": \"v\", \"org_id\": \"o\", \"name\": \"v\", \"use_keyless\": true,\n"
        "        \"proxy\": {\"listen_path\": \"/v/\", \"target_url\": \"hookbench://echo\", "
        "\"strip_listen_path\": true},\n"
        "        \"version_data\": {\"not_versioned\": true, \"versions\": {\"Default\": "
        "{\"name\": \"Default\",\n"
        "            \"use_extended_paths\": true, \"extended_paths\": " +
        paths + "}}}}";
    Api::Diagnostics diagnostics;
    auto api = Api::ApiDefinitionLoader::parse(text, QStringLiteral("v.json"), &diagnostics);
    if (!api)
        qFatal("test definition does not parse: %s", qPrintable(api.error().toString()));
    return *api;
}

struct Gateway
{
    Test::PhaseTestKit kit;

    explicit Gateway(const QByteArray &paths) { kit.setApi(keylessApi(paths)); }

    Http::HttpResponse send(const QByteArray &method, const QByteArray &target)
    {
        Http::HttpRequest r;
        r.method = method;
        r.target = target;
        const Test::PhaseRun run = kit.runChain(r);
        return run.finished ? run.reply : Http::HttpResponse{0, {}, {}};
    }
};
} // namespace

class TestVersionCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The deprecated method_actions, which Tyk's dashboard still writes: only the listed
    // methods match; no_action lets the list decide, reply answers with the mock, anything
    // else blocks.
    void methodActionsDecideForTheMethodsTheyList();
    void blackListedMethodActionsBlockOnlyTheirMethods();
    void withoutMethodActionsTheMethodFieldDecides();
    void ignoredEndpointStillNeedsTheAuthPluginsDriver();
};

void TestVersionCheck::methodActionsDecideForTheMethodsTheyList()
{
    Gateway gw("{\n"
               "        \"white_list\": [\n"
               "            {\"path\": \"/open\", \"method_actions\": {\"GET\": {\"action\": "
               "\"no_action\"}}},\n"
               "            {\"path\": \"/mock\", \"method_actions\": {\"GET\": {\"action\": "
               "\"reply\", \"code\": 202,\n"
               "                \"data\": \"{\\\"mocked\\\": true}\", \"headers\": {\"X-Mock\": "
               "\"yes\"}}}},\n"
               "            {\"path\": \"/odd\", \"method_actions\": {\"GET\": {\"action\": "
               "\"something\"}}}\n"
               "        ]}");
    QCOMPARE(gw.send("GET", "/v/open").status, 200);
    // POST is not listed, so the white list does not let it through.
    QCOMPARE(gw.send("POST", "/v/open").status, 403);
    const Http::HttpResponse mock = gw.send("GET", "/v/mock");
    QCOMPARE(mock.status, 202);
    QCOMPARE(mock.body, QByteArray("{\"mocked\": true}"));
    QCOMPARE(mock.headers.value("X-Mock"), QByteArray("yes"));
    QCOMPARE(gw.send("GET", "/v/odd").status, 403);
}

void TestVersionCheck::blackListedMethodActionsBlockOnlyTheirMethods()
{
    Gateway gw("{\"black_list\": [\n"
               "        {\"path\": \"/b\", \"method_actions\": {\"DELETE\": {\"action\": "
               "\"no_action\"}}}]}");
    QCOMPARE(gw.send("DELETE", "/v/b").status, 403);
    QCOMPARE(gw.send("GET", "/v/b").status, 200);
}

void TestVersionCheck::withoutMethodActionsTheMethodFieldDecides()
{
    Gateway gw("{\"black_list\": [{\"path\": \"/b\", \"method\": \"DELETE\"}],\n"
               "                   \"ignored\": [{\"path\": \"/i\", \"method_actions\": {}}]}");
    QCOMPARE(gw.send("DELETE", "/v/b").status, 403);
    QCOMPARE(gw.send("GET", "/v/b").status, 200);
    // An empty method_actions matches no method at all.
    QCOMPARE(gw.send("GET", "/v/i").status, 200);
}

// Tyk's coprocess step checks its driver before it looks at ignored endpoints, so an API
// whose auth_check driver is not loaded (gRPC here) fails even on an ignored path.
void TestVersionCheck::ignoredEndpointStillNeedsTheAuthPluginsDriver()
{
    const QByteArray text =
        "{\"api_id\": \"g\", \"org_id\": \"o\", \"name\": \"g\", "
        "\"enable_coprocess_auth\": true, "
        "\"custom_middleware\": {\"driver\": \"grpc\", \"auth_check\": {\"name\": \"A\"}}, "
        "\"proxy\": {\"listen_path\": \"/g/\", \"target_url\": \"hookbench://echo\"}, "
        "\"version_data\": {\"not_versioned\": true, \"versions\": {\"Default\": "
        "{\"name\": \"Default\", \"use_extended_paths\": true, "
        "\"extended_paths\": {\"ignored\": [{\"path\": \"/open\"}]}}}}}";
    Api::Diagnostics diagnostics;
    auto api = Api::ApiDefinitionLoader::parse(text, QStringLiteral("g.json"), &diagnostics);
    QVERIFY(api.ok());
    Test::PhaseTestKit kit;
    kit.setApi(*api);
    Http::HttpRequest r;
    r.target = "/g/open";
    const Test::PhaseRun run = kit.runChain(r);
    QVERIFY(run.finished);
    QCOMPARE(run.reply.status, 500);
}

QTEST_GUILESS_MAIN(TestVersionCheck)
#include "tst_versioncheck.moc"
