// SPDX-License-Identifier: GPL-3.0-or-later
// The API definition form's JSON mapping, without widgets.
#include "workbench/models/apiformmapping.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace Hb;
using Ui::ApiFormMapping;

namespace {
const char *const Definition =
    "{\n"
    "  \"api_id\": \"python-hooks\",\n"
    "  \"x-unknown\": {\"kept\": [1, 2, 3]},\n"
    "  \"use_keyless\": false,\n"
    "  \"custom_plugin_auth_enabled\": true,\n"
    "  \"proxy\": {\n"
    "    \"listen_path\": \"/python/\",\n"
    "    \"target_url\": \"hookbench://echo\",\n"
    "    \"strip_listen_path\": true,\n"
    "    \"preserve_host_header\": true\n"
    "  },\n"
    "  \"custom_middleware\": {\n"
    "    \"driver\": \"otto\",\n"
    "    \"pre\": [{\"name\": \"first\", \"path\": \"a.js\", \"code\": \"Ym9keQ==\"}],\n"
    "    \"auth_check\": {\"name\": \"MyAuth\", \"path\": \"\"},\n"
    "    \"traffic_logs\": {\"name\": \"logs\"}\n"
    "  },\n"
    "  \"version_data\": {\"not_versioned\": true}\n"
    "}";

// A Classic definition with per-endpoint plugins; keys the form does not know are mixed in.
const char *const WithEndpoints = R"({
  "api_id": "endpoints",
  "version_data": {
    "not_versioned": true,
    "versions": {
      "Default": {
        "name": "Default",
        "use_extended_paths": true,
        "extended_paths": {
          "ignored": [{"path": "/health", "method": "GET"}],
          "go_plugin": [
            {"disabled": false, "path": "/go", "method": "POST",
             "plugin_path": "plugins/post.so", "func_name": "AddHeader", "x-note": "kept"}
          ],
          "virtual": [
            {"response_function_name": "hello", "function_source_type": "file",
             "function_source_uri": "hello.js", "path": "/hello", "method": "GET",
             "use_session": false, "proxy_on_error": true, "cache_results": false},
            {"response_function_name": "blobbed", "function_source_type": "blob",
             "function_source_uri": "ZnVuY3Rpb24gYigpIHt9", "path": "/blob", "method": "PUT",
             "disabled": true, "x-second": 2}
          ]
        },
        "global_headers": {"X-A": "b"}
      }
    }
  }
})";

nlohmann::ordered_json parsed(const QString &text)
{
    return nlohmann::ordered_json::parse(text.toStdString());
}

// The mapping's document, parsed back (a copy: the mapping keeps its JSON to itself).
nlohmann::ordered_json document(const ApiFormMapping &m)
{
    return nlohmann::ordered_json::parse(m.toJson().toStdString());
}
} // namespace

class tst_ApiFormMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheFieldsTheFormShows()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(Definition)));
        QCOMPARE(m.listenPath(), QStringLiteral("/python/"));
        QCOMPARE(m.targetUrl(), QStringLiteral("hookbench://echo"));
        QVERIFY(m.stripListenPath());
        QCOMPARE(m.authMode(), ApiFormMapping::AuthMode::CustomPlugin);
        QCOMPARE(m.driver(), QStringLiteral("otto"));
        QCOMPARE(m.hooks(ApiFormMapping::HookPhase::Pre).size(), 1);
        QCOMPARE(m.hooks(ApiFormMapping::HookPhase::Pre).first().path, QStringLiteral("a.js"));
        QCOMPARE(m.authCheck().name, QStringLiteral("MyAuth"));
    }

    void roundTripKeepsUnknownFieldsAndKeyOrder()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(Definition)));
        // Writing back what the form read changes nothing.
        m.setListenPath(m.listenPath());
        m.setTargetUrl(m.targetUrl());
        m.setStripListenPath(m.stripListenPath());
        m.setDriver(m.driver());
        m.setBundle(m.bundle());
        for (auto phase : {ApiFormMapping::HookPhase::Pre, ApiFormMapping::HookPhase::PostKeyAuth,
                           ApiFormMapping::HookPhase::Post, ApiFormMapping::HookPhase::Response})
            m.setHooks(phase, m.hooks(phase));
        m.setAuthCheck(m.authCheck());
        m.setIdExtractor(m.idExtractor());
        QCOMPARE(document(m).dump(), nlohmann::ordered_json::parse(Definition).dump());
        QCOMPARE(parsed(m.text()).dump(), nlohmann::ordered_json::parse(Definition).dump());
    }

    void changingTheListenPathKeepsEverythingElse()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(Definition)));
        m.setListenPath(QStringLiteral("/renamed/"));
        auto expected = nlohmann::ordered_json::parse(Definition);
        expected["proxy"]["listen_path"] = "/renamed/";
        QCOMPARE(parsed(m.text()).dump(), expected.dump());
    }

    void editingAHookKeepsItsUnknownKeys()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(Definition)));
        auto hooks = m.hooks(ApiFormMapping::HookPhase::Pre);
        hooks[0].name = QStringLiteral("renamed");
        hooks.append({QStringLiteral("second"), QStringLiteral("b.js"), true, false, false});
        m.setHooks(ApiFormMapping::HookPhase::Pre, hooks);
        const auto pre = document(m)["custom_middleware"]["pre"];
        QCOMPARE(pre.size(), size_t(2));
        QCOMPARE(QString::fromStdString(pre[0]["name"].get<std::string>()),
                 QStringLiteral("renamed"));
        QCOMPARE(QString::fromStdString(pre[0]["code"].get<std::string>()),
                 QStringLiteral("Ym9keQ==")); // not a form field: kept
        QVERIFY(pre[1]["require_session"].get<bool>());
        QVERIFY(!pre[1].contains("disabled")); // defaults are not written
    }

    void removingAHookKeepsTheKeysOfTheHooksAfterIt()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral(
            R"({"custom_middleware": {"pre": [{"name": "a", "code": "QQ=="},
                                              {"name": "b", "code": "Qg=="}]}})")));
        m.removeHook(ApiFormMapping::HookPhase::Pre, 0);
        QCOMPARE(document(m)["custom_middleware"]["pre"].dump(), R"([{"name":"b","code":"Qg=="}])");
    }

    void readsTheEndpointPluginsOfTheVersionTheEngineUses()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(WithEndpoints)));
        QCOMPARE(m.endpointVersion(), QStringLiteral("Default"));
        QVERIFY(m.hasEndpointVersion());
        QVERIFY(m.endpointVersionUsesExtendedPaths());
        const QList<Ui::GoPluginEntry> plugins = m.goPlugins();
        QCOMPARE(plugins.size(), 1);
        QCOMPARE(plugins.first(), (Ui::GoPluginEntry{QStringLiteral("/go"), QStringLiteral("POST"),
                                                     QStringLiteral("plugins/post.so"),
                                                     QStringLiteral("AddHeader"), false}));
        const QList<Ui::VirtualEntry> virtuals = m.virtualEndpoints();
        QCOMPARE(virtuals.size(), 2);
        QCOMPARE(virtuals.at(0),
                 (Ui::VirtualEntry{QStringLiteral("/hello"), QStringLiteral("GET"),
                                   QStringLiteral("hello"), QStringLiteral("file"),
                                   QStringLiteral("hello.js"), false, true, false}));
        QCOMPARE(virtuals.at(1).sourceType, QStringLiteral("blob"));
        QCOMPARE(virtuals.at(1).method, QStringLiteral("PUT"));
        QVERIFY(virtuals.at(1).disabled);
    }

    void theEndpointVersionIsTheOneTheEngineUses_data()
    {
        QTest::addColumn<QString>("versionData");
        QTest::addColumn<QString>("version");
        QTest::newRow("not versioned, one version under any key")
            << R"({"not_versioned": true, "versions": {"v1": {}}})"
            << "v1";
        QTest::newRow("not versioned, Default among several")
            << R"({"not_versioned": true, "versions": {"v1": {}, "Default": {}}})"
            << "Default";
        QTest::newRow("not versioned, default among several")
            << R"({"not_versioned": true, "versions": {"v1": {}, "default": {}}})"
            << "default";
        QTest::newRow("not versioned, empty key among several")
            << R"({"not_versioned": true, "versions": {"v1": {}, "": {}}})"
            << "";
        QTest::newRow("not versioned, none usable: the first entry makes Default")
            << R"({"not_versioned": true, "versions": {"v1": {}, "v2": {}}})"
            << "Default";
        QTest::newRow("not versioned, no versions") << R"({"not_versioned": true})"
                                                    << "Default";
        QTest::newRow("versioned, default_version")
            << R"({"not_versioned": false, "default_version": "v2",
                   "versions": {"v1": {}, "v2": {}}})"
            << "v2";
        QTest::newRow("versioned, default_version not there yet")
            << R"({"default_version": "v3", "versions": {"v1": {}}})"
            << "v3";
        QTest::newRow("versioned, no default_version: the first version")
            << R"({"versions": {"b": {}, "a": {}}})"
            << "b";
        QTest::newRow("no version_data") << QString() << "Default";
    }
    void theEndpointVersionIsTheOneTheEngineUses()
    {
        QFETCH(QString, versionData);
        QFETCH(QString, version);
        ApiFormMapping m;
        QVERIFY(m.setText(versionData.isEmpty()
                              ? QStringLiteral("{}")
                              : QStringLiteral(R"({"version_data": %1})").arg(versionData)));
        QCOMPARE(m.endpointVersion(), version);
        // Its entries are the ones shown and edited.
        m.setVirtualEndpoints(
            {{QStringLiteral("/v"), QStringLiteral("GET"), QStringLiteral("f"),
              QStringLiteral("file"), QStringLiteral("f.js"), false, false, false}});
        const auto entry = document(m)["version_data"]["versions"][version.toStdString()];
        QCOMPARE(entry["extended_paths"]["virtual"][0]["path"].get<std::string>(), "/v");
        QCOMPARE(m.virtualEndpoints().size(), 1);
    }

    void editingEndpointEntriesKeepsTheirUnknownKeysAndTheRestOfTheVersion()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(WithEndpoints)));
        auto virtuals = m.virtualEndpoints();
        virtuals[0].path = QStringLiteral("/hi");
        virtuals[0].useSession = true;
        m.setVirtualEndpoints(virtuals);
        auto plugins = m.goPlugins();
        plugins[0].funcName = QStringLiteral("Renamed");
        plugins.append({QStringLiteral("/more"), QStringLiteral("GET"), QStringLiteral("more.so"),
                        QStringLiteral("More"), false});
        m.setGoPlugins(plugins);

        auto expected = nlohmann::ordered_json::parse(WithEndpoints);
        auto &paths = expected["version_data"]["versions"]["Default"]["extended_paths"];
        paths["virtual"][0]["path"] = "/hi";
        paths["virtual"][0]["use_session"] = true;
        paths["go_plugin"][0]["func_name"] = "Renamed";
        // A new entry gets the form's keys in the form's order, defaults left out.
        paths["go_plugin"].push_back(nlohmann::ordered_json::parse(
            R"({"path": "/more", "method": "GET", "plugin_path": "more.so",
                "func_name": "More"})"));
        QCOMPARE(parsed(m.text()).dump(), expected.dump());
    }

    void removingAnEndpointEntryKeepsTheKeysOfTheEntriesAfterIt()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(WithEndpoints)));
        m.removeVirtualEndpoint(0);
        m.removeGoPlugin(0);
        const auto paths = document(m)["version_data"]["versions"]["Default"]["extended_paths"];
        QCOMPARE(paths["virtual"].size(), size_t(1));
        QCOMPARE(paths["virtual"][0]["x-second"].get<int>(), 2);
        QVERIFY(!paths["virtual"][0].contains("cache_results"));
        QCOMPARE(paths["go_plugin"].dump(), "[]");
        m.removeVirtualEndpoint(5); // not there: nothing happens
        QCOMPARE(m.virtualEndpoints().size(), 1);
    }

    void roundTripThroughTheEndpointListsAddsNothing_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::newRow("with entries") << QString::fromUtf8(WithEndpoints);
        QTest::newRow("no versions") << QString::fromUtf8(Definition);
        QTest::newRow("no version_data") << QStringLiteral(R"({"api_id": "a"})");
        QTest::newRow("version without extended_paths")
            << QStringLiteral(R"({"version_data": {"not_versioned": true,
                                  "versions": {"Default": {"name": "Default"}}}})");
        QTest::newRow("entries of odd types")
            << QStringLiteral(R"({"version_data": {"not_versioned": true, "versions": {"D": {
                                  "extended_paths": {"virtual": ["junk", {"path": 3}],
                                                     "go_plugin": {}}}}}})");
    }
    void roundTripThroughTheEndpointListsAddsNothing()
    {
        QFETCH(QString, definition);
        ApiFormMapping m;
        QVERIFY(m.setText(definition));
        m.setGoPlugins(m.goPlugins());
        m.setVirtualEndpoints(m.virtualEndpoints());
        QCOMPARE(document(m).dump(),
                 nlohmann::ordered_json::parse(definition.toStdString()).dump());
    }

    void theFirstEntryCreatesTheVersionWhenItIsMissing()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QString::fromUtf8(Definition))); // version_data: not_versioned only
        QVERIFY(!m.hasEndpointVersion());
        m.setVirtualEndpoints(
            {{QStringLiteral("/hello"), QStringLiteral("GET"), QStringLiteral("hello"),
              QStringLiteral("file"), QStringLiteral("hello.js"), false, false, false}});
        QVERIFY(m.hasEndpointVersion());
        // Named, and with use_extended_paths on: Tyk reads extended_paths only then.
        QCOMPARE(document(m)["version_data"].dump(),
                 R"({"not_versioned":true,"versions":{"Default":{"name":"Default",)"
                 R"("use_extended_paths":true,"extended_paths":{"virtual":[{"path":"/hello",)"
                 R"("method":"GET","response_function_name":"hello",)"
                 R"("function_source_type":"file","function_source_uri":"hello.js"}]}}}})");
        QVERIFY(m.endpointVersionUsesExtendedPaths());
        // The rest of the document is as it was, in its order.
        auto expected = nlohmann::ordered_json::parse(Definition);
        expected["version_data"] = document(m)["version_data"];
        QCOMPARE(document(m).dump(), expected.dump());
    }

    void clearingAMissingListCreatesNoVersion()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral(R"({"api_id": "a"})")));
        m.setGoPlugins({});
        m.setVirtualEndpoints({});
        m.removeGoPlugin(0);
        QCOMPARE(document(m).dump(), R"({"api_id":"a"})");
    }

    void settingTheAuthModeTogglesTheRightFlags_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("keyless");
        QTest::addColumn<bool>("standard");
        QTest::addColumn<bool>("custom");
        QTest::newRow("keyless") << int(ApiFormMapping::AuthMode::Keyless) << true << false
                                 << false;
        QTest::newRow("auth token")
            << int(ApiFormMapping::AuthMode::AuthToken) << false << true << false;
        QTest::newRow("custom plugin")
            << int(ApiFormMapping::AuthMode::CustomPlugin) << false << false << true;
    }
    void settingTheAuthModeTogglesTheRightFlags()
    {
        QFETCH(int, mode);
        QFETCH(bool, keyless);
        QFETCH(bool, standard);
        QFETCH(bool, custom);
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral("{\"use_keyless\": false, \"use_standard_auth\": true, "
                                         "\"enable_coprocess_auth\": true,\n"
                                         "                \"custom_plugin_auth_enabled\": true}")));
        m.setAuthMode(ApiFormMapping::AuthMode(mode));
        QCOMPARE(m.authMode(), ApiFormMapping::AuthMode(mode));
        const auto j = document(m);
        QCOMPARE(j["use_keyless"].get<bool>(), keyless);
        QCOMPARE(j["use_standard_auth"].get<bool>(), standard);
        QCOMPARE(j["custom_plugin_auth_enabled"].get<bool>(), custom);
        QCOMPARE(j["enable_coprocess_auth"].get<bool>(), custom);
    }

    void keylessToCustomAuthAddsOnlyTheFlagsItNeeds()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral("{\"use_keyless\": true}")));
        m.setAuthMode(ApiFormMapping::AuthMode::CustomPlugin);
        QCOMPARE(document(m).dump(), "{\"use_keyless\":false,\"custom_plugin_auth_enabled\":true}");
    }

    void theIdExtractorIsWrittenWhereTykReadsIt()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral("{\"api_id\": \"a\"}")));
        QVERIFY(!m.hasIdExtractor());
        Ui::IdExtractorFields fields;
        fields.extractFrom = QStringLiteral("header");
        fields.extractWith = QStringLiteral("regex");
        fields.headerName = QStringLiteral("Authorization");
        fields.regexExpression = QStringLiteral("[^-]+$");
        fields.regexMatchIndex = 1;
        m.setIdExtractor(fields);
        const auto block = document(m)["custom_middleware"]["id_extractor"];
        QCOMPARE(QString::fromStdString(block["extract_from"].get<std::string>()),
                 QStringLiteral("header"));
        QCOMPARE(QString::fromStdString(block["extract_with"].get<std::string>()),
                 QStringLiteral("regex"));
        QCOMPARE(
            QString::fromStdString(block["extractor_config"]["header_name"].get<std::string>()),
            QStringLiteral("Authorization"));
        QCOMPARE(QString::fromStdString(
                     block["extractor_config"]["regex_expression"].get<std::string>()),
                 QStringLiteral("[^-]+$"));
        QVERIFY(block["extractor_config"]["regex_match_index"].is_number_integer());
        QCOMPARE(block["extractor_config"]["regex_match_index"].get<int>(), 1);
        QVERIFY(!block["extractor_config"].contains("param_name"));
        QVERIFY(m.hasIdExtractor());
        QCOMPARE(m.idExtractor(), fields);
    }

    void invalidJsonKeepsTheLastGoodDocumentAndSaysWhere()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral("{\"proxy\": {\"listen_path\": \"/a/\"}}")));
        QVERIFY(!m.setText(QStringLiteral("{\n  \"proxy\": {\n    \"listen_path\" \"/b/\"\n}")));
        QVERIFY(!m.isValid());
        QCOMPARE(m.errorLine(), 3);
        QVERIFY(m.parseError().startsWith(QStringLiteral("3:")));
        QVERIFY(!m.parseError().contains(QStringLiteral("json.exception")));
        QCOMPARE(m.listenPath(), QStringLiteral("/a/"));
        QVERIFY(m.setText(QStringLiteral("{\"proxy\": {\"listen_path\": \"/c/\"}}")));
        QVERIFY(m.isValid());
        QVERIFY(m.parseError().isEmpty());
    }

    void anOasDefinitionIsRecognised()
    {
        ApiFormMapping m;
        QVERIFY(m.setText(QStringLiteral("{\"openapi\": \"3.0.3\", \"x-tyk-api-gateway\": {}}")));
        QVERIFY(m.isOas());
    }
};

QTEST_GUILESS_MAIN(tst_ApiFormMapping)
#include "tst_apiformmapping.moc"
