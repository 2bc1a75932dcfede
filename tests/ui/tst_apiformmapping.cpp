// SPDX-License-Identifier: GPL-3.0-or-later
// The API definition form's JSON mapping, without widgets.
#include "ui/apiformmapping.h"

#include <QTest>

using namespace Hb;
using Ui::ApiFormMapping;

namespace {
const char *const Definition = "{\n"
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

nlohmann::ordered_json parsed(const QString &text)
{
    return nlohmann::ordered_json::parse(text.toStdString());
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
        QCOMPARE(m.json().dump(), nlohmann::ordered_json::parse(Definition).dump());
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
        const auto &pre = m.json()["custom_middleware"]["pre"];
        QCOMPARE(pre.size(), size_t(2));
        QCOMPARE(QString::fromStdString(pre[0]["name"].get<std::string>()), QStringLiteral("renamed"));
        QCOMPARE(QString::fromStdString(pre[0]["code"].get<std::string>()), QStringLiteral("Ym9keQ==")); // not a form field: kept
        QVERIFY(pre[1]["require_session"].get<bool>());
        QVERIFY(!pre[1].contains("disabled")); // defaults are not written
    }

    void settingTheAuthModeTogglesTheRightFlags_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("keyless");
        QTest::addColumn<bool>("standard");
        QTest::addColumn<bool>("custom");
        QTest::newRow("keyless") << int(ApiFormMapping::AuthMode::Keyless) << true << false << false;
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
        QVERIFY(m.setText(QStringLiteral(
            "{\"use_keyless\": false, \"use_standard_auth\": true, \"enable_coprocess_auth\": true,\n"
    "                \"custom_plugin_auth_enabled\": true}")));
        m.setAuthMode(ApiFormMapping::AuthMode(mode));
        QCOMPARE(m.authMode(), ApiFormMapping::AuthMode(mode));
        const auto &j = m.json();
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
        QCOMPARE(m.json().dump(), "{\"use_keyless\":false,\"custom_plugin_auth_enabled\":true}");
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
        const auto &block = m.json()["custom_middleware"]["id_extractor"];
        QCOMPARE(QString::fromStdString(block["extract_from"].get<std::string>()), QStringLiteral("header"));
        QCOMPARE(QString::fromStdString(block["extract_with"].get<std::string>()), QStringLiteral("regex"));
        QCOMPARE(QString::fromStdString(block["extractor_config"]["header_name"].get<std::string>()), QStringLiteral("Authorization"));
        QCOMPARE(QString::fromStdString(block["extractor_config"]["regex_expression"].get<std::string>()), QStringLiteral("[^-]+$"));
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
