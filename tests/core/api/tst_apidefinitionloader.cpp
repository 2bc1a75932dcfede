// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apidefinitionloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb::Api;

// Declared before the helpers: moc stops at the raw string literals below.
class TestApiDefinitionLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classicKeylessDefinitionIsParsed();
    void classicTokenDefinitionIsParsed();
    void classicPluginSectionIsParsed();
    void oasExampleMapsFieldByField();
    void oasTokenSchemeBecomesStandardAuth();
    void oasOperationPluginsFollowTykPathOrder();
    void oasAllowBlockAndIgnoreAuthenticationBecomeEndpointLists();
    void classicAnalyticsFieldsAreParsed();
    void oasTrafficLogsBecomeAnalyticsFields();
    void oasRetentionPeriodIsAGoDuration_data();
    void oasRetentionPeriodIsAGoDuration();
    void oasDeprecatedSingularPluginFormIsAccepted_data();
    void oasDeprecatedSingularPluginFormIsAccepted();
    void malformedJsonIsReportedAtTheExactLineAndColumn_data();
    void malformedJsonIsReportedAtTheExactLineAndColumn();
    void wrongTypeIsReportedAtTheValue_data();
    void wrongTypeIsReportedAtTheValue();
    void invalidDefinitionIsReportedAtItsPlace_data();
    void invalidDefinitionIsReportedAtItsPlace();
    void suspiciousDefinitionLoadsWithAWarning_data();
    void suspiciousDefinitionLoadsWithAWarning();
    void diagnosticPrintsLikeACompiler();
    void directoryWithOneBadFileLoadsTheOthers();
    void oasCompanionIsNotLoadedTwice();
    void samplesLoadWithoutErrors_data();
    void samplesLoadWithoutErrors();
};

namespace {
const QString File = QStringLiteral("api.json");

// A valid keyless classic definition; tests patch one field at a time.
const QByteArray Keyless = R"({
  "api_id": "keyless",
  "org_id": "default",
  "name": "Keyless",
  "active": true,
  "use_keyless": true,
  "proxy": {
    "listen_path": "/keyless/",
    "target_url": "hookbench://echo",
    "strip_listen_path": true
  },
  "version_data": {
    "not_versioned": true,
    "versions": {"Default": {"name": "Default"}}
  }
})";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

const Diagnostic *firstOf(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity)
            return &d;
    }
    return nullptr;
}
} // namespace

void TestApiDefinitionLoader::classicKeylessDefinitionIsParsed()
{
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(Keyless, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
    QCOMPARE(api->apiId, QStringLiteral("keyless"));
    QCOMPARE(api->orgId, QStringLiteral("default"));
    QCOMPARE(api->name, QStringLiteral("Keyless"));
    QVERIFY(api->active);
    QVERIFY(!api->isOas);
    QVERIFY(api->useKeyless);
    QVERIFY(!api->useStandardAuth);
    QCOMPARE(api->listenPath, QStringLiteral("/keyless/"));
    QCOMPARE(api->targetUrl, QStringLiteral("hookbench://echo"));
    QVERIFY(api->stripListenPath);
    QVERIFY(api->versionData.notVersioned);
    QCOMPARE(api->versionData.versions.keys(), QList<QString>{QStringLiteral("Default")});
    QCOMPARE(api->versionData.versions.value(QStringLiteral("Default")).name,
             QStringLiteral("Default"));
    QCOMPARE(api->sourceFile, File);
    QVERIFY(api->raw == nlohmann::json::parse(Keyless.toStdString()));
}

void TestApiDefinitionLoader::classicTokenDefinitionIsParsed()
{
    const QByteArray text = R"({
      "api_id": "token", "org_id": "o", "name": "Token",
      "use_keyless": false, "use_standard_auth": true,
      "auth_configs": {"authToken": {"auth_header_name": "X-Key", "use_param": true, "param_name": "k",
                                     "use_cookie": true, "cookie_name": "c"}},
      "auth": {"auth_header_name": "Ignored"},
      "strip_auth_data": true, "session_lifetime": 120, "disable_quota": true,
      "proxy": {"listen_path": "/token/", "target_url": "hookbench://echo", "preserve_host_header": true},
      "version_data": {"not_versioned": true, "versions": {"": {"expires": "-1"}}}
    })";
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY(!api->useKeyless);
    QVERIFY(api->useStandardAuth);
    QCOMPARE(api->authToken.authHeaderName, QStringLiteral("X-Key"));
    QVERIFY(api->authToken.useParam);
    QCOMPARE(api->authToken.paramName, QStringLiteral("k"));
    QVERIFY(api->authToken.useCookie);
    QCOMPARE(api->authToken.cookieName, QStringLiteral("c"));
    QVERIFY(!api->authToken.disableHeader);
    QVERIFY(api->stripAuthData);
    QCOMPARE(api->sessionLifetime, 120);
    QVERIFY(api->disableQuota);
    QVERIFY(!api->disableRateLimit);
    QVERIFY(!api->stripListenPath);
    QVERIFY(api->preserveHostHeader);
    QCOMPARE(api->versionData.versions.value(QString()).expires, QStringLiteral("-1"));

    // Without auth_configs.authToken the deprecated `auth` object is used.
    const auto legacy = ApiDefinitionLoader::parse(R"({"api_id": "t", "use_standard_auth": true,
        "auth": {"auth_header_name": "X-Legacy"}, "proxy": {"listen_path": "/t/"},
        "version_data": {"not_versioned": true, "versions": {"": {}}}})",
                                                   File);
    QVERIFY(legacy.ok());
    QCOMPARE(legacy->authToken.authHeaderName, QStringLiteral("X-Legacy"));
}

void TestApiDefinitionLoader::classicPluginSectionIsParsed()
{
    const QByteArray text = R"({
      "api_id": "p", "custom_plugin_auth_enabled": false, "enable_coprocess_auth": true,
      "base_identity_provided_by": "custom_auth",
      "proxy": {"listen_path": "/p/"},
      "config_data": {"a": [1, 2]}, "config_data_disabled": true,
      "custom_middleware": {
        "driver": "python",
        "pre": [{"name": "Pre", "path": "p.py", "raw_body_only": true}, {"name": "Off", "disabled": true}],
        "auth_check": {"name": "Auth", "require_session": true},
        "post_key_auth": [{"name": "PKA"}],
        "post": [{"name": "Post", "code": "Y29kZQ=="}],
        "response": [{"name": "Resp"}],
        "id_extractor": {"extract_from": "header", "extract_with": "value",
                         "extractor_config": {"header_name": "Authorization"}}
      },
      "version_data": {"not_versioned": true, "versions": {"Default": {
        "use_extended_paths": true,
        "global_headers": {"X-A": "1"}, "global_headers_remove": ["X-B"],
        "extended_paths": {
          "ignored": [{"path": "/health", "method": "GET", "ignore_case": true}],
          "white_list": [{"path": "/w", "method": "POST"}],
          "black_list": [{"path": "/b", "method": "DELETE", "disabled": true}],
          "go_plugin": [{"path": "/g", "method": "GET", "plugin_path": "x.so", "func_name": "F"}]
        }}}}
    })";
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY(api->customPluginAuthEnabled); // enable_coprocess_auth is an alias
    QCOMPARE(api->baseIdentityProvidedBy, QStringLiteral("custom_auth"));
    QVERIFY(api->configData == nlohmann::json::parse(R"({"a": [1, 2]})"));
    QVERIFY(api->configDataDisabled);
    const CustomMiddleware &cm = api->customMiddleware;
    QCOMPARE(cm.driver, QStringLiteral("python"));
    QCOMPARE(cm.pre.size(), 2);
    QCOMPARE(cm.pre[0].name, QStringLiteral("Pre"));
    QCOMPARE(cm.pre[0].path, QStringLiteral("p.py"));
    QVERIFY(cm.pre[0].rawBodyOnly);
    QVERIFY(cm.pre[1].disabled);
    QCOMPARE(cm.authCheck.name, QStringLiteral("Auth"));
    QVERIFY(cm.authCheck.requireSession);
    QCOMPARE(cm.postKeyAuth.value(0).name, QStringLiteral("PKA"));
    QCOMPARE(cm.post.value(0).code, QStringLiteral("Y29kZQ=="));
    QCOMPARE(cm.response.value(0).name, QStringLiteral("Resp"));
    QCOMPARE(cm.idExtractor.extractFrom, QStringLiteral("header"));
    QCOMPARE(cm.idExtractor.extractWith, QStringLiteral("value"));
    QVERIFY(cm.idExtractor.extractorConfig["header_name"] == "Authorization");
    const VersionInfo v = api->versionData.versions.value(QStringLiteral("Default"));
    QVERIFY(v.useExtendedPaths);
    QCOMPARE(v.globalHeaders.value(QStringLiteral("X-A")), QStringLiteral("1"));
    QCOMPARE(v.globalHeadersRemove, QList<QString>{QStringLiteral("X-B")});
    QCOMPARE(v.ignored.size(), 1);
    QCOMPARE(v.ignored[0].path, QStringLiteral("/health"));
    QVERIFY(v.ignored[0].ignoreCase);
    QCOMPARE(v.whiteList.value(0).method, QStringLiteral("POST"));
    QVERIFY(v.blackList.value(0).disabled);
    QCOMPARE(v.goPlugins.value(0).funcName, QStringLiteral("F"));
    QCOMPARE(v.goPlugins.value(0).pluginPath, QStringLiteral("x.so"));
}

void TestApiDefinitionLoader::oasExampleMapsFieldByField()
{
    const QString path = QStringLiteral(HB_API_TEST_DATA "/oas-example.json");
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::loadFile(path, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    // The example uses a bundle and an idExtractor: the manifest would replace the extractor.
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].severity, Diagnostic::Severity::Warning);
    QVERIFY(diagnostics[0].message.contains(QStringLiteral("idExtractor")));
    QCOMPARE(diagnostics[0].where.line, 23);
    QCOMPARE(diagnostics[0].where.column, 13);

    QVERIFY(api->isOas);
    QCOMPARE(api->sourceFile, path);
    QCOMPARE(api->apiId, QStringLiteral("api1"));
    QCOMPARE(api->orgId, QStringLiteral("org1"));
    QCOMPARE(api->name, QStringLiteral("t"));
    QVERIFY(api->active);
    QVERIFY(!api->internal);
    QCOMPARE(api->targetUrl, QStringLiteral("http://upstream/"));
    QCOMPARE(api->listenPath, QStringLiteral("/t/"));
    QVERIFY(api->stripListenPath);
    QVERIFY(!api->useKeyless);
    QCOMPARE(api->baseIdentityProvidedBy, QStringLiteral("custom_auth"));
    QVERIFY(!api->stripAuthData);
    QVERIFY(api->customPluginAuthEnabled);

    const CustomMiddleware &cm = api->customMiddleware;
    QCOMPARE(cm.authCheck.name, QStringLiteral("MyAuth"));
    QVERIFY(!cm.authCheck.disabled);
    QVERIFY(!cm.idExtractor.disabled);
    QCOMPARE(cm.idExtractor.extractFrom, QStringLiteral("header"));
    QCOMPARE(cm.idExtractor.extractWith, QStringLiteral("value"));
    QVERIFY(cm.idExtractor.extractorConfig ==
            nlohmann::json::parse(R"({"header_name": "Authorization"})"));
    QCOMPARE(cm.driver, QStringLiteral("python"));
    QCOMPARE(api->customMiddlewareBundle, QStringLiteral("bundle.zip"));
    QVERIFY(!api->customMiddlewareBundleDisabled);
    QVERIFY(api->configData == nlohmann::json::parse(R"({"k": "v"})"));
    QVERIFY(!api->configDataDisabled);
    QCOMPARE(cm.pre.size(), 1);
    QCOMPARE(cm.pre[0].name, QStringLiteral("Pre1"));
    QVERIFY(!cm.pre[0].disabled);
    QCOMPARE(cm.postKeyAuth.value(0).name, QStringLiteral("PA1"));
    QCOMPARE(cm.post.value(0).name, QStringLiteral("Post1"));
    QCOMPARE(cm.response.value(0).name, QStringLiteral("Resp1"));
    QVERIFY(api->analyticsPlugin.enabled);
    QCOMPARE(api->analyticsPlugin.funcName, QStringLiteral("Mask"));
    QCOMPARE(api->analyticsPlugin.pluginPath, QStringLiteral("a.so"));

    QVERIFY(api->versionData.notVersioned);
    QCOMPARE(api->versionData.versions.keys(), QList<QString>{QString()});
    const VersionInfo v = api->versionData.versions.value(QString());
    QVERIFY(v.useExtendedPaths);
    QCOMPARE(v.goPlugins.size(), 1);
    QCOMPARE(v.goPlugins[0].path, QStringLiteral("/anything/{id}"));
    QCOMPARE(v.goPlugins[0].method, QStringLiteral("GET"));
    QCOMPARE(v.goPlugins[0].funcName, QStringLiteral("myFunc"));
    QCOMPARE(v.goPlugins[0].pluginPath, QStringLiteral("/middleware/myPlugin.so"));
    QVERIFY(!v.goPlugins[0].disabled);

    // raw is the converted classic definition.
    const nlohmann::json &raw = api->raw;
    QVERIFY(raw["api_id"] == "api1");
    QVERIFY(raw["is_oas"] == true);
    QVERIFY(raw["proxy"]["listen_path"] == "/t/");
    QVERIFY(raw["use_keyless"] == false);
    QVERIFY(raw["custom_middleware"]["auth_check"]["name"] == "MyAuth");
    QVERIFY(raw["auth_configs"]["coprocess"]["auth_header_name"] == "Authorization");
    QVERIFY(raw["auth_configs"]["coprocess"]["disable_header"] == false);
    QVERIFY(raw["custom_middleware"]["pre"][0]["name"] == "Pre1");
    QVERIFY(raw["analytics_plugin"]["func_name"] == "Mask");
    QVERIFY(raw["version_data"]["versions"][""]["extended_paths"]["go_plugin"][0]["func_name"] ==
            "myFunc");
}

void TestApiDefinitionLoader::oasTokenSchemeBecomesStandardAuth()
{
    const QByteArray text = R"({
      "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
      "security": [{"key": []}],
      "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}}},
      "x-tyk-api-gateway": {
        "info": {"id": "tok", "name": "t", "state": {"active": true}},
        "upstream": {"url": "hookbench://echo"},
        "server": {"listenPath": {"value": "/tok/"},
                   "authentication": {"enabled": true, "securitySchemes": {"key": {"enabled": true}}}}
      }
    })";
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY(!api->useKeyless);
    QVERIFY(api->useStandardAuth);
    QCOMPARE(api->authToken.authHeaderName, QStringLiteral("X-Api-Key"));
    QVERIFY(!api->authToken.disableHeader);
    QVERIFY(!api->customPluginAuthEnabled);
    // Absent pluginConfig extracts as "bundle and config data disabled".
    QVERIFY(api->customMiddlewareBundleDisabled);
    QVERIFY(api->configDataDisabled);
}

void TestApiDefinitionLoader::oasOperationPluginsFollowTykPathOrder()
{
    // More specific paths first, and only the first postPlugins element of an operation.
    const QByteArray text = R"({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
      "paths": {"/a": {"post": {"operationId": "short"}}, "/a/{id}/b": {"get": {"operationId": "long"}}},
      "x-tyk-api-gateway": {"info": {"id": "o", "state": {"active": true}},
        "server": {"listenPath": {"value": "/o/"}},
        "middleware": {"operations": {
          "short": {"postPlugins": [{"enabled": true, "functionName": "S", "path": "s.so"},
                                   {"enabled": true, "functionName": "Ignored", "path": "i.so"}]},
          "long": {"postPlugins": [{"enabled": false, "functionName": "L", "path": "l.so"}]}}}}})";
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    const QList<GoPluginMeta> plugins = api->versionData.versions.value(QString()).goPlugins;
    QCOMPARE(plugins.size(), 2);
    QCOMPARE(plugins[0].path, QStringLiteral("/a/{id}/b"));
    QCOMPARE(plugins[0].method, QStringLiteral("GET"));
    QVERIFY(plugins[0].disabled);
    QCOMPARE(plugins[1].path, QStringLiteral("/a"));
    QCOMPARE(plugins[1].method, QStringLiteral("POST"));
    QCOMPARE(plugins[1].funcName, QStringLiteral("S"));
}

void TestApiDefinitionLoader::oasAllowBlockAndIgnoreAuthenticationBecomeEndpointLists()
{
    const QByteArray text = R"({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
      "paths": {"/open": {"get": {"operationId": "open"}},
                "/pets/{id}": {"get": {"operationId": "pet"}, "delete": {"operationId": "drop"}}},
      "x-tyk-api-gateway": {"info": {"id": "o", "state": {"active": true}},
        "server": {"listenPath": {"value": "/o/"}},
        "middleware": {"operations": {
          "open": {"ignoreAuthentication": {"enabled": true}},
          "pet": {"allow": {"enabled": true, "ignoreCase": true}},
          "drop": {"block": {"enabled": false}}}}}})";
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    const VersionInfo version = api->versionData.versions.value(QString());
    QCOMPARE(version.ignored.size(), 1);
    QCOMPARE(version.ignored[0].path, QStringLiteral("/open"));
    QCOMPARE(version.ignored[0].method, QStringLiteral("GET"));
    QVERIFY(!version.ignored[0].disabled);
    QCOMPARE(version.whiteList.size(), 1);
    QCOMPARE(version.whiteList[0].path, QStringLiteral("/pets/{id}"));
    QVERIFY(version.whiteList[0].ignoreCase);
    QCOMPARE(version.blackList.size(), 1);
    QCOMPARE(version.blackList[0].method, QStringLiteral("DELETE"));
    QVERIFY(version.blackList[0].disabled);
}

void TestApiDefinitionLoader::classicAnalyticsFieldsAreParsed()
{
    QByteArray text = Keyless;
    text.replace(R"("name": "Keyless",)",
                 R"("name": "Keyless", "do_not_track": true, "tag_headers": ["X-Team", "x-env"],
                    "tags": ["t1", "t2"], "expire_analytics_after": 3600,
                    "enable_detailed_recording": true,)");
    text.replace(R"({"Default": {"name": "Default"}})",
                 R"({"Default": {"name": "Default", "use_extended_paths": true,
                    "extended_paths": {
                      "track_endpoints": [{"path": "/users/{id}", "method": "GET"}],
                      "do_not_track_endpoints": [{"path": "/health", "method": "GET",
                                                  "disabled": true}]}}})");
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY(api->doNotTrack);
    // Lower-cased at load, as Tyk's api_loader does.
    QCOMPARE(api->tagHeaders, (QList<QString>{QStringLiteral("x-team"), QStringLiteral("x-env")}));
    QCOMPARE(api->tags, (QList<QString>{QStringLiteral("t1"), QStringLiteral("t2")}));
    QCOMPARE(api->expireAnalyticsAfter, qint64(3600));
    QVERIFY(api->enableDetailedRecording);
    const VersionInfo version = api->versionData.versions.value(QStringLiteral("Default"));
    QCOMPARE(version.trackEndpoints.size(), 1);
    QCOMPARE(version.trackEndpoints[0].path, QStringLiteral("/users/{id}"));
    QCOMPARE(version.trackEndpoints[0].method, QStringLiteral("GET"));
    QVERIFY(!version.trackEndpoints[0].disabled);
    QCOMPARE(version.doNotTrackEndpoints.size(), 1);
    QCOMPARE(version.doNotTrackEndpoints[0].path, QStringLiteral("/health"));
    QVERIFY(version.doNotTrackEndpoints[0].disabled);

    // Defaults: tracked, no tags, 100-year expiry (0).
    const auto plain = ApiDefinitionLoader::parse(Keyless, File, &diagnostics);
    QVERIFY(plain.ok());
    QVERIFY(!plain->doNotTrack);
    QVERIFY(plain->tagHeaders.isEmpty());
    QCOMPARE(plain->expireAnalyticsAfter, qint64(0));

    QByteArray wrong = Keyless;
    wrong.replace(R"("name": "Keyless",)", R"("name": "Keyless", "tag_headers": "X-Team",)");
    Diagnostics wrongDiagnostics;
    QVERIFY(!ApiDefinitionLoader::parse(wrong, File, &wrongDiagnostics).ok());
}

namespace {
QByteArray oasWithTrafficLogs(const QByteArray &trafficLogs)
{
    QByteArray text = R"({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
      "paths": {"/users/{id}": {"get": {"operationId": "user"}},
                "/health": {"get": {"operationId": "health"}}},
      "x-tyk-api-gateway": {"info": {"id": "o", "state": {"active": true}},
        "server": {"listenPath": {"value": "/o/"}},
        "middleware": {"global": {"trafficLogs": TRAFFIC},
          "operations": {"user": {"trackEndpoint": {"enabled": true}},
                         "health": {"doNotTrackEndpoint": {"enabled": true}}}}}})";
    text.replace("TRAFFIC", trafficLogs);
    return text;
}
} // namespace

void TestApiDefinitionLoader::oasTrafficLogsBecomeAnalyticsFields()
{
    const QByteArray text = oasWithTrafficLogs(
        R"({"enabled": true, "tagHeaders": ["X-Team"], "customRetentionPeriod": "1h30m",
            "plugins": [{"enabled": true, "functionName": "Mask", "path": "mask.so"},
                        {"enabled": true, "functionName": "Ignored", "path": "i.so"}]})");
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY(!api->doNotTrack);
    QCOMPARE(api->tagHeaders, QList<QString>{QStringLiteral("x-team")});
    QCOMPARE(api->expireAnalyticsAfter, qint64(5400));
    QVERIFY(api->analyticsPlugin.enabled);
    QCOMPARE(api->analyticsPlugin.funcName, QStringLiteral("Mask"));
    QCOMPARE(api->analyticsPlugin.pluginPath, QStringLiteral("mask.so"));
    const VersionInfo version = api->versionData.versions.value(QString());
    QCOMPARE(version.trackEndpoints.size(), 1);
    QCOMPARE(version.trackEndpoints[0].path, QStringLiteral("/users/{id}"));
    QCOMPARE(version.trackEndpoints[0].method, QStringLiteral("GET"));
    QVERIFY(!version.trackEndpoints[0].disabled);
    QCOMPARE(version.doNotTrackEndpoints.size(), 1);
    QCOMPARE(version.doNotTrackEndpoints[0].path, QStringLiteral("/health"));

    // Without trafficLogs an OAS API is not tracked at all.
    QByteArray none = oasWithTrafficLogs("null");
    const auto untracked = ApiDefinitionLoader::parse(none, File, &diagnostics);
    QVERIFY(untracked.ok());
    QVERIFY(untracked->doNotTrack);
}

void TestApiDefinitionLoader::oasRetentionPeriodIsAGoDuration_data()
{
    QTest::addColumn<QByteArray>("period");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("hours and minutes") << QByteArray(R"("1h30m")") << qint64(5400);
    QTest::newRow("fraction") << QByteArray(R"("1.5h")") << qint64(5400);
    QTest::newRow("rounded down") << QByteArray(R"("1999ms")") << qint64(1);
    QTest::newRow("empty") << QByteArray(R"("")") << qint64(0);
    QTest::newRow("zero") << QByteArray(R"("0")") << qint64(0);
    // ParseDuration's error is swallowed: 0, i.e. 100 years.
    QTest::newRow("invalid") << QByteArray(R"("ten minutes")") << qint64(0);
    QTest::newRow("no unit") << QByteArray(R"("60")") << qint64(0);
}

void TestApiDefinitionLoader::oasRetentionPeriodIsAGoDuration()
{
    QFETCH(QByteArray, period);
    QFETCH(qint64, seconds);
    const QByteArray text =
        oasWithTrafficLogs(R"({"enabled": true, "customRetentionPeriod": )" + period + "}");
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QCOMPARE(api->expireAnalyticsAfter, seconds);
}

void TestApiDefinitionLoader::oasDeprecatedSingularPluginFormIsAccepted_data()
{
    QTest::addColumn<QByteArray>("global");
    QTest::addColumn<QString>("expectedPre");

    QTest::newRow("singular")
        << QByteArray(R"({"prePlugin": {"plugins": [{"enabled": true, "functionName": "Old"}]}})")
        << QStringLiteral("Old");
    QTest::newRow("plural wins")
        << QByteArray(R"({"prePlugin": {"plugins": [{"enabled": true, "functionName": "Old"}]},
                                                  "prePlugins": [{"enabled": true, "functionName": "New"}]})")
        << QStringLiteral("New");
}

void TestApiDefinitionLoader::oasDeprecatedSingularPluginFormIsAccepted()
{
    QFETCH(QByteArray, global);
    QFETCH(QString, expectedPre);
    const QByteArray text =
        R"({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
      "x-tyk-api-gateway": {"info": {"id": "s", "name": "s", "state": {"active": true}},
        "upstream": {"url": "hookbench://echo"}, "server": {"listenPath": {"value": "/s/"}},
        "middleware": {"global": )" +
        global + "}}}";
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QCOMPARE(api->customMiddleware.pre.size(), 1);
    QCOMPARE(api->customMiddleware.pre[0].name, expectedPre);
}

void TestApiDefinitionLoader::malformedJsonIsReportedAtTheExactLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing comma")
        << QByteArray("{\n  \"api_id\": \"a\"\n  \"name\": \"b\"\n}") << 3 << 3;
    QTest::newRow("trailing comma")
        << QByteArray("{\n  \"proxy\": {\"listen_path\": \"/a/\",}\n}") << 2 << 34;
    QTest::newRow("single quotes") << QByteArray("{'api_id': 1}") << 1 << 2;
    QTest::newRow("unterminated") << QByteArray("{\n  \"api_id\": \"a\",\n") << 3 << 1;
}

void TestApiDefinitionLoader::malformedJsonIsReportedAtTheExactLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY(!api.ok());
    QCOMPARE(api.error().code, Hb::ErrorCode::InvalidInput);
    QCOMPARE(api.error().where.file, File);
    QCOMPARE(api.error().where.line, line);
    QCOMPARE(api.error().where.column, column);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].where.line, line);
}

void TestApiDefinitionLoader::wrongTypeIsReportedAtTheValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("string for a bool")
        << QByteArray(Keyless).replace("\"use_keyless\": true", "\"use_keyless\": \"yes\"") << 6
        << 18
        << QStringLiteral(
               "use_keyless: expected a boolean (true or false), got a string (\"yes\")");
    QTest::newRow("number for an object")
        << QByteArray("{\n  \"api_id\": \"x\",\n  \"proxy\": 3\n}") << 3 << 12
        << QStringLiteral("proxy: expected an object, got a number (3)");
    QTest::newRow("listen_path not a string")
        << QByteArray(Keyless).replace("\"/keyless/\"", "[\"/keyless/\"]") << 8 << 20
        << QStringLiteral("proxy.listen_path: expected a string, got an array");
    QTest::newRow("float for an int")
        << QByteArray(Keyless).replace("\"active\": true", "\"session_lifetime\": 1.5") << 5 << 23
        << QStringLiteral("session_lifetime: expected an integer");
    QTest::newRow("hook list not an array")
        << QByteArray("{\"proxy\": {\"listen_path\": \"/a/\"},\n \"custom_middleware\": {\"pre\": "
                      "{\"name\": \"x\"}}}")
        << 2 << 31 << QStringLiteral("custom_middleware.pre: expected an array");
    QTest::newRow("hook field")
        << QByteArray("{\"proxy\": {\"listen_path\": \"/a/\"},\n \"custom_middleware\": {\"pre\": "
                      "[{\"disabled\": 0}]}}")
        << 2 << 45 << QStringLiteral("custom_middleware.pre.0.disabled: expected a boolean");
    QTest::newRow("oas listenPath value")
        << QByteArray("{\"openapi\": \"3.0.3\",\n \"x-tyk-api-gateway\": {\"server\": "
                      "{\"listenPath\": {\"value\": 7}}}}")
        << 2 << 59
        << QStringLiteral("x-tyk-api-gateway.server.listenPath.value: expected a string");
    QTest::newRow("oas authentication enabled")
        << QByteArray("{\"openapi\": \"3.0.3\", \"x-tyk-api-gateway\": {\"server\": {\n"
                      "  \"listenPath\": {\"value\": \"/a/\"},\n"
                      "  \"authentication\": {\"enabled\": \"true\"}}}}")
        << 3 << 33
        << QStringLiteral("x-tyk-api-gateway.server.authentication.enabled: expected a boolean");
    QTest::newRow("oas extension not an object")
        << QByteArray("{\"openapi\": \"3.0.3\", \"x-tyk-api-gateway\": []}") << 1 << 43
        << QStringLiteral("x-tyk-api-gateway: expected an object");
}

void TestApiDefinitionLoader::wrongTypeIsReportedAtTheValue()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY(!api.ok());
    QVERIFY2(api.error().message.startsWith(message), qPrintable(api.error().message));
    QCOMPARE(api.error().where.line, line);
    QCOMPARE(api.error().where.column, column);
}

void TestApiDefinitionLoader::invalidDefinitionIsReportedAtItsPlace_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("top level is an array")
        << QByteArray("\n [1]") << 2 << 2
        << QStringLiteral("an API definition must be a JSON object");
    QTest::newRow("no proxy at all") << QByteArray("{\"api_id\": \"a\"}") << 1 << 1
                                     << QStringLiteral("proxy.listen_path is missing");
    QTest::newRow("proxy without listen_path")
        << QByteArray("{\n  \"api_id\": \"a\",\n  \"proxy\": {\"target_url\": \"http://x\"}\n}")
        << 3 << 3 << QStringLiteral("proxy.listen_path is missing");
    QTest::newRow("empty listen_path") << QByteArray("{\"proxy\": {\"listen_path\": \"\"}}") << 1
                                       << 27 << QStringLiteral("proxy.listen_path is empty");
    QTest::newRow("listen_path with a space")
        << QByteArray(Keyless).replace("\"/keyless/\"", "\"/key less/\"") << 8 << 20
        << QStringLiteral("proxy.listen_path contains a space");
    QTest::newRow("unknown driver")
        << QByteArray("{\"proxy\": {\"listen_path\": \"/a/\"},\n \"custom_middleware\": "
                      "{\"driver\": \"ruby\"}}")
        << 2 << 34 << QStringLiteral("custom_middleware.driver: unknown driver \"ruby\"");
    QTest::newRow("oas without listenPath")
        << QByteArray("{\"openapi\": \"3.0.3\",\n \"x-tyk-api-gateway\": {\"info\": {\"id\": "
                      "\"o\"},\n  \"server\": {}}}")
        << 3 << 3 << QStringLiteral("x-tyk-api-gateway.server.listenPath.value is missing");
    QTest::newRow("oas listenPath with a space")
        << QByteArray("{\"openapi\": \"3.0.3\",\n \"x-tyk-api-gateway\": {\"server\": "
                      "{\"listenPath\": {\"value\": \"/a b/\"}}}}")
        << 2 << 59 << QStringLiteral("x-tyk-api-gateway.server.listenPath.value contains a space");
    QTest::newRow("oas unknown driver")
        << QByteArray(
               "{\"openapi\": \"3.0.3\", \"x-tyk-api-gateway\": {\"server\": {\"listenPath\": "
               "{\"value\": \"/a/\"}},\n"
               "  \"middleware\": {\"global\": {\"pluginConfig\": {\"driver\": \"perl\"}}}}}")
        << 2 << 56
        << QStringLiteral(
               "x-tyk-api-gateway.middleware.global.pluginConfig.driver: unknown driver \"perl\"");
    QTest::newRow("oas unsupported security scheme")
        << QByteArray("{\"openapi\": \"3.0.3\", \"security\": [{\"jwt\": []}],\n"
                      " \"components\": {\"securitySchemes\": {\"jwt\": {\"type\": \"http\", "
                      "\"scheme\": \"bearer\"}}},\n"
                      " \"x-tyk-api-gateway\": {\"server\": {\"listenPath\": {\"value\": \"/a/\"}, "
                      "\"authentication\": {\"enabled\": true}}}}")
        << 2 << 53
        << QStringLiteral("security scheme \"jwt\" (http bearer) is not supported by Hookbench");
    QTest::newRow("oas unknown security scheme type")
        << QByteArray("{\"openapi\": \"3.0.3\", \"security\": [{\"s\": []}],\n"
                      " \"components\": {\"securitySchemes\": {\"s\": {\"type\": \"magic\"}}},\n"
                      " \"x-tyk-api-gateway\": {\"server\": {\"listenPath\": {\"value\": \"/a/\"}, "
                      "\"authentication\": {\"enabled\": true}}}}")
        << 2 << 51 << QStringLiteral("security scheme \"s\" has an unknown type \"magic\"");
}

void TestApiDefinitionLoader::invalidDefinitionIsReportedAtItsPlace()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(!api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY2(api.error().message.startsWith(message), qPrintable(api.error().message));
    QCOMPARE(api.error().where.line, line);
    QCOMPARE(api.error().where.column, column);
    const Diagnostic *error = firstOf(diagnostics, Diagnostic::Severity::Error);
    QVERIFY(error);
    QCOMPARE(error->message, api.error().message);
}

void TestApiDefinitionLoader::suspiciousDefinitionLoadsWithAWarning_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("inactive API is still served")
        << QByteArray(Keyless).replace("\"active\": true", "\"active\": false") << 5 << 13
        << QStringLiteral("active is false, but Tyk does not consult it");
    QTest::newRow("hooks without a driver")
        << QByteArray(Keyless).replace(
               "\"use_keyless\": true",
               "\"use_keyless\": true,\n  \"custom_middleware\": {\"pre\": [{\"name\": \"f\"}]}")
        << 7 << 3 << QStringLiteral("custom_middleware has hooks but no driver");
    QTest::newRow("id extractor under a bundle")
        << QByteArray(Keyless).replace(
               "\"use_keyless\": true",
               "\"use_keyless\": true, \"custom_middleware_bundle\": \"b.zip\",\n"
               "  \"custom_middleware\": {\"driver\": \"python\", \"id_extractor\": "
               "{\"extract_with\": \"value\"}}")
        << 7 << 45 << QStringLiteral("custom_middleware.id_extractor is ignored");
    QTest::newRow("missing api_id") << QByteArray(Keyless).replace("\"api_id\": \"keyless\",", "")
                                    << 1 << 1 << QStringLiteral("api_id is missing or empty");
    QTest::newRow("missing version_data")
        << QByteArray("{\"api_id\": \"a\", \"proxy\": {\"listen_path\": \"/a/\"}}") << 1 << 1
        << QStringLiteral("version_data is missing");
    QTest::newRow("oas operation without operationId")
        << QByteArray("{\"openapi\": \"3.0.3\", \"paths\": {}, \"x-tyk-api-gateway\": {\"info\": "
                      "{\"id\": \"o\", \"state\": {\"active\": true}},\n"
                      "  \"server\": {\"listenPath\": {\"value\": \"/a/\"}},\n"
                      "  \"middleware\": {\"operations\": {\"nope\": {\"postPlugins\": []}}}}}")
        << 3 << 33 << QStringLiteral("operation \"nope\" matches no operationId");
}

void TestApiDefinitionLoader::suspiciousDefinitionLoadsWithAWarning()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::parse(text, File, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY2(diagnostics.size() == 1, qPrintable(dump(diagnostics)));
    QCOMPARE(diagnostics[0].severity, Diagnostic::Severity::Warning);
    QVERIFY2(diagnostics[0].message.startsWith(message), qPrintable(diagnostics[0].message));
    QCOMPARE(diagnostics[0].where.line, line);
    QCOMPARE(diagnostics[0].where.column, column);
}

void TestApiDefinitionLoader::diagnosticPrintsLikeACompiler()
{
    Diagnostic error{Diagnostic::Severity::Error,
                     Hb::SourceLocation{QStringLiteral("a.json"), 3, 7, {}}, QStringLiteral("bad")};
    QCOMPARE(error.toString(), QStringLiteral("a.json:3:7: bad"));
    error.severity = Diagnostic::Severity::Warning;
    QCOMPARE(error.toString(), QStringLiteral("a.json:3:7: warning: bad"));
}

void TestApiDefinitionLoader::directoryWithOneBadFileLoadsTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b-bad.json")), "{\"proxy\": "));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("c.json")),
                      QByteArray(Keyless).replace("\"keyless\"", "\"c\"")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")),
                      QByteArray(Keyless).replace("\"keyless\"", "\"a\"")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not json"));

    Diagnostics diagnostics;
    const QList<ApiDefinition> apis = ApiDefinitionLoader::loadDirectory(dir.path(), &diagnostics);
    QCOMPARE(apis.size(), 2);
    QCOMPARE(apis[0].apiId, QStringLiteral("a"));
    QCOMPARE(apis[1].apiId, QStringLiteral("c"));
    QCOMPARE(apis[0].sourceFile, dir.filePath(QStringLiteral("a.json")));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].where.file, dir.filePath(QStringLiteral("b-bad.json")));
    QCOMPARE(diagnostics[0].where.line, 1);
    QCOMPARE(diagnostics[0].where.column, 11);
}

void TestApiDefinitionLoader::oasCompanionIsNotLoadedTwice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray oas = readFile(QStringLiteral(HB_API_TEST_DATA "/oas-example.json"));
    // Tyk writes "<id>.json" (classic, is_oas) and "<id>-oas.json" side by side.
    QByteArray classic = QByteArray(Keyless).replace("\"keyless\"", "\"api1\"");
    classic.replace("\"active\": true", "\"active\": true, \"is_oas\": true");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("api1.json")), classic));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("api1-oas.json")), oas));
    // An OAS file without a classic twin is loaded on its own.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("solo-oas.json")),
                      QByteArray(oas).replace("\"api1\"", "\"solo\"")));

    Diagnostics diagnostics;
    const QList<ApiDefinition> apis = ApiDefinitionLoader::loadDirectory(dir.path(), &diagnostics);
    QCOMPARE(apis.size(), 2);
    QCOMPARE(apis[0].apiId, QStringLiteral("api1"));
    QVERIFY(!apis[0].isOas); // the classic file wins
    QCOMPARE(apis[1].apiId, QStringLiteral("solo"));
    QVERIFY(apis[1].isOas);
}

void TestApiDefinitionLoader::samplesLoadWithoutErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("apiId");
    QTest::addColumn<QString>("listenPath");
    QTest::addColumn<bool>("keyless");

    QTest::newRow("keyless") << QStringLiteral("keyless.json") << QStringLiteral("keyless")
                             << QStringLiteral("/keyless/") << true;
    QTest::newRow("token") << QStringLiteral("token.json") << QStringLiteral("token")
                           << QStringLiteral("/token/") << false;
    QTest::newRow("oas-keyless") << QStringLiteral("oas-keyless.json")
                                 << QStringLiteral("oas-keyless") << QStringLiteral("/oas/")
                                 << true;
}

void TestApiDefinitionLoader::samplesLoadWithoutErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, apiId);
    QFETCH(QString, listenPath);
    QFETCH(bool, keyless);
    const QString samples = qEnvironmentVariable("HOOKBENCH_SAMPLES");
    QVERIFY2(!samples.isEmpty(), "HOOKBENCH_SAMPLES is not set");
    Diagnostics diagnostics;
    const auto api = ApiDefinitionLoader::loadFile(
        samples + QStringLiteral("/workspace/apps/") + file, &diagnostics);
    QVERIFY2(api.ok(), qPrintable(dump(diagnostics)));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(dump(diagnostics)));
    QCOMPARE(api->apiId, apiId);
    QCOMPARE(api->listenPath, listenPath);
    QCOMPARE(api->useKeyless, keyless);
    QCOMPARE(api->targetUrl, QStringLiteral("hookbench://echo"));
    QVERIFY(api->stripListenPath);
}

QTEST_GUILESS_MAIN(TestApiDefinitionLoader)
#include "tst_apidefinitionloader.moc"
