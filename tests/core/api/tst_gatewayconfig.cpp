// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/gatewayconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hb::Api;

class TestGatewayConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFileGivesTykDefaults();
    void keysOverrideDefaults_data();
    void keysOverrideDefaults();
    void wrongTypeIsReportedAtTheValue_data();
    void wrongTypeIsReportedAtTheValue();
    void malformedFileIsReportedAtTheErrorPosition();
    void analyticsConfigIsParsed();
    void fileIsReadFromDisk();
    void missingFileIsAnIoError();
};

void TestGatewayConfig::emptyFileGivesTykDefaults()
{
    const auto config = GatewayConfig::fromJson("{}", QStringLiteral("tyk.conf"));
    QVERIFY(config.ok());
    QCOMPARE(config->listenAddress, QString());
    QCOMPARE(config->listenPort, 8080);
    QCOMPARE(config->secret, QStringLiteral("352d20ee67be67f6340b4c0605b044b7"));
    QCOMPARE(config->appPath, QStringLiteral("apps/"));
    QCOMPARE(config->middlewarePath, QStringLiteral("middleware"));
    QCOMPARE(config->templatePath, QStringLiteral("templates"));
    QCOMPARE(config->storageHost, QStringLiteral("localhost"));
    QCOMPARE(config->storagePort, 6379);
    QCOMPARE(config->storageDatabase, 0);
    QCOMPARE(config->storageType, QStringLiteral("redis"));
    QCOMPARE(config->enableJsvm, true); // Hookbench's deliberate default
    QCOMPARE(config->jsvmTimeoutSecs, 5);
    QCOMPARE(config->proxyDefaultTimeoutSecs, 30);
    QCOMPARE(config->enablePathPrefixMatching, false);
    QCOMPARE(config->enablePathSuffixMatching, false);
    QCOMPARE(config->healthCheckEndpointName, QStringLiteral("hello"));
    QCOMPARE(config->minTokenLength, 3);
    QCOMPARE(config->hashKeys, false);
}

void TestGatewayConfig::keysOverrideDefaults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("listen_port") << QByteArray(R"({"listen_port": 9000})")
                                 << QStringLiteral("listenPort") << QStringLiteral("9000");
    QTest::newRow("listen_address")
        << QByteArray(R"({"listen_address": "127.0.0.1"})") << QStringLiteral("listenAddress")
        << QStringLiteral("127.0.0.1");
    QTest::newRow("secret") << QByteArray(R"({"secret": "s3"})") << QStringLiteral("secret")
                            << QStringLiteral("s3");
    QTest::newRow("app_path") << QByteArray(R"({"app_path": "/x/apps"})")
                              << QStringLiteral("appPath") << QStringLiteral("/x/apps");
    QTest::newRow("policy_record_name")
        << QByteArray(R"({"policies": {"policy_record_name": "p.json"}})")
        << QStringLiteral("policyRecordName") << QStringLiteral("p.json");
    QTest::newRow("policy_path") << QByteArray(R"({"policies": {"policy_path": "pol"}})")
                                 << QStringLiteral("policyPath") << QStringLiteral("pol");
    QTest::newRow("http_server_options.read_timeout")
        << QByteArray(R"({"http_server_options": {"read_timeout": 30}})")
        << QStringLiteral("readTimeoutSecs") << QStringLiteral("30");
    QTest::newRow("storage.host") << QByteArray(R"({"storage": {"host": "redis"}})")
                                  << QStringLiteral("storageHost") << QStringLiteral("redis");
    QTest::newRow("storage.port") << QByteArray(R"({"storage": {"port": 6380}})")
                                  << QStringLiteral("storagePort") << QStringLiteral("6380");
    QTest::newRow("storage.database") << QByteArray(R"({"storage": {"database": 2}})")
                                      << QStringLiteral("storageDatabase") << QStringLiteral("2");
    QTest::newRow("storage.password") << QByteArray(R"({"storage": {"password": "pw"}})")
                                      << QStringLiteral("storagePassword") << QStringLiteral("pw");
    QTest::newRow("storage.username") << QByteArray(R"({"storage": {"username": "u"}})")
                                      << QStringLiteral("storageUsername") << QStringLiteral("u");
    QTest::newRow("storage.addrs")
        << QByteArray(R"({"storage": {"addrs": ["r1:7000", "r2:7001"]}})")
        << QStringLiteral("storageAddrs") << QStringLiteral("r1:7000,r2:7001");
    QTest::newRow("storage.use_ssl") << QByteArray(R"({"storage": {"use_ssl": true}})")
                                     << QStringLiteral("storageUseSsl") << QStringLiteral("true");
    QTest::newRow("a storage object selects Redis")
        << QByteArray(R"({"storage": {}})") << QStringLiteral("storageConfigured")
        << QStringLiteral("true");
    QTest::newRow("no storage object")
        << QByteArray(R"({})") << QStringLiteral("storageConfigured") << QStringLiteral("false");
    QTest::newRow("enable_jsvm false") << QByteArray(R"({"enable_jsvm": false})")
                                       << QStringLiteral("enableJsvm") << QStringLiteral("false");
    QTest::newRow("jsvm_timeout") << QByteArray(R"({"jsvm_timeout": 2})")
                                  << QStringLiteral("jsvmTimeoutSecs") << QStringLiteral("2");
    QTest::newRow("jsvm_timeout 0 means 5")
        << QByteArray(R"({"jsvm_timeout": 0})") << QStringLiteral("jsvmTimeoutSecs")
        << QStringLiteral("5");
    QTest::newRow("proxy_default_timeout")
        << QByteArray(R"({"proxy_default_timeout": 12})")
        << QStringLiteral("proxyDefaultTimeoutSecs") << QStringLiteral("12");
    QTest::newRow("proxy_default_timeout float")
        << QByteArray(R"({"proxy_default_timeout": 1.5})")
        << QStringLiteral("proxyDefaultTimeoutSecs") << QStringLiteral("2");
    QTest::newRow("proxy_default_timeout 0 means 30")
        << QByteArray(R"({"proxy_default_timeout": 0})")
        << QStringLiteral("proxyDefaultTimeoutSecs") << QStringLiteral("30");
    QTest::newRow("prefix matching")
        << QByteArray(R"({"http_server_options": {"enable_path_prefix_matching": true}})")
        << QStringLiteral("enablePathPrefixMatching") << QStringLiteral("true");
    QTest::newRow("suffix matching")
        << QByteArray(R"({"http_server_options": {"enable_path_suffix_matching": true}})")
        << QStringLiteral("enablePathSuffixMatching") << QStringLiteral("true");
    QTest::newRow("hash_keys") << QByteArray(R"({"hash_keys": true})") << QStringLiteral("hashKeys")
                               << QStringLiteral("true");
    QTest::newRow("hash_key_function")
        << QByteArray(R"({"hash_key_function": "murmur64"})") << QStringLiteral("hashKeyFunction")
        << QStringLiteral("murmur64");
    QTest::newRow("bundle downloader")
        << QByteArray(R"({"enable_bundle_downloader": true})")
        << QStringLiteral("enableBundleDownloader") << QStringLiteral("true");
    QTest::newRow("bundle_base_url")
        << QByteArray(R"({"bundle_base_url": "http://b/"})") << QStringLiteral("bundleBaseUrl")
        << QStringLiteral("http://b/");
    QTest::newRow("public_key_path") << QByteArray(R"({"public_key_path": "k.pem"})")
                                     << QStringLiteral("publicKeyPath") << QStringLiteral("k.pem");
    QTest::newRow("hide_generator_header")
        << QByteArray(R"({"hide_generator_header": true})") << QStringLiteral("hideGeneratorHeader")
        << QStringLiteral("true");
    QTest::newRow("close_connections")
        << QByteArray(R"({"close_connections": true})") << QStringLiteral("closeConnections")
        << QStringLiteral("true");
    QTest::newRow("ignore_endpoint_case")
        << QByteArray(R"({"ignore_endpoint_case": true})") << QStringLiteral("ignoreEndpointCase")
        << QStringLiteral("true");
    QTest::newRow("health check name")
        << QByteArray(R"({"health_check_endpoint_name": "alive"})")
        << QStringLiteral("healthCheckEndpointName") << QStringLiteral("alive");
    QTest::newRow("empty health check name keeps hello")
        << QByteArray(R"({"health_check_endpoint_name": ""})")
        << QStringLiteral("healthCheckEndpointName") << QStringLiteral("hello");
    QTest::newRow("min_token_length") << QByteArray(R"({"min_token_length": 8})")
                                      << QStringLiteral("minTokenLength") << QStringLiteral("8");
    QTest::newRow("unknown keys are ignored")
        << QByteArray(R"({"whatever": [1, 2], "listen_port": 81})") << QStringLiteral("listenPort")
        << QStringLiteral("81");
}

static QString fieldValue(const GatewayConfig &c, const QString &field)
{
    auto b = [](bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); };
    if (field == u"listenPort")
        return QString::number(c.listenPort);
    if (field == u"listenAddress")
        return c.listenAddress;
    if (field == u"secret")
        return c.secret;
    if (field == u"appPath")
        return c.appPath;
    if (field == u"policyRecordName")
        return c.policyRecordName;
    if (field == u"policyPath")
        return c.policyPath;
    if (field == u"storagePassword")
        return c.storagePassword;
    if (field == u"storageUsername")
        return c.storageUsername;
    if (field == u"storageAddrs")
        return c.storageAddrs.join(u',');
    if (field == u"storageUseSsl")
        return c.storageUseSsl ? QStringLiteral("true") : QStringLiteral("false");
    if (field == u"storageConfigured")
        return c.storageConfigured ? QStringLiteral("true") : QStringLiteral("false");
    if (field == u"storageHost")
        return c.storageHost;
    if (field == u"storagePort")
        return QString::number(c.storagePort);
    if (field == u"storageDatabase")
        return QString::number(c.storageDatabase);
    if (field == u"enableJsvm")
        return b(c.enableJsvm);
    if (field == u"jsvmTimeoutSecs")
        return QString::number(c.jsvmTimeoutSecs);
    if (field == u"proxyDefaultTimeoutSecs")
        return QString::number(c.proxyDefaultTimeoutSecs);
    if (field == u"enablePathPrefixMatching")
        return b(c.enablePathPrefixMatching);
    if (field == u"enablePathSuffixMatching")
        return b(c.enablePathSuffixMatching);
    if (field == u"hashKeys")
        return b(c.hashKeys);
    if (field == u"hashKeyFunction")
        return c.hashKeyFunction;
    if (field == u"enableBundleDownloader")
        return b(c.enableBundleDownloader);
    if (field == u"bundleBaseUrl")
        return c.bundleBaseUrl;
    if (field == u"publicKeyPath")
        return c.publicKeyPath;
    if (field == u"hideGeneratorHeader")
        return b(c.hideGeneratorHeader);
    if (field == u"closeConnections")
        return b(c.closeConnections);
    if (field == u"ignoreEndpointCase")
        return b(c.ignoreEndpointCase);
    if (field == u"healthCheckEndpointName")
        return c.healthCheckEndpointName;
    if (field == u"minTokenLength")
        return QString::number(c.minTokenLength);
    if (field == u"readTimeoutSecs")
        return QString::number(c.readTimeoutSecs);
    return QStringLiteral("<unknown field>");
}

void TestGatewayConfig::keysOverrideDefaults()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const auto config = GatewayConfig::fromJson(text, QStringLiteral("tyk.conf"));
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QCOMPARE(fieldValue(*config, field), expected);
    QVERIFY(config->raw == nlohmann::json::parse(text.toStdString()));
}

void TestGatewayConfig::wrongTypeIsReportedAtTheValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string port") << QByteArray("{\n  \"listen_port\": \"8080\"\n}") << 2 << 18
                                 << QStringLiteral("expected an integer");
    QTest::newRow("string bool") << QByteArray("{\"enable_jsvm\": \"no\"}") << 1 << 17
                                 << QStringLiteral("expected a boolean");
    QTest::newRow("nested") << QByteArray("{\"storage\": {\"port\": true}}") << 1 << 22
                            << QStringLiteral("storage.port");
    QTest::newRow("object is not an object")
        << QByteArray("{\"policies\": []}") << 1 << 14 << QStringLiteral("expected an object");
}

void TestGatewayConfig::wrongTypeIsReportedAtTheValue()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const auto config = GatewayConfig::fromJson(text, QStringLiteral("tyk.conf"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().where.file, QStringLiteral("tyk.conf"));
    QCOMPARE(config.error().where.line, line);
    QCOMPARE(config.error().where.column, column);
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
}

void TestGatewayConfig::malformedFileIsReportedAtTheErrorPosition()
{
    const auto config =
        GatewayConfig::fromJson("{\n  \"listen_port\": 80,,\n}", QStringLiteral("tyk.conf"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().where.line, 2);
    QCOMPARE(config.error().where.column, 21);
    QCOMPARE(config.error().code, Hb::ErrorCode::InvalidInput);
}

void TestGatewayConfig::analyticsConfigIsParsed()
{
    const auto defaults = GatewayConfig::fromJson("{}", QStringLiteral("tyk.conf"));
    QVERIFY(defaults.ok());
    QVERIFY(!defaults->enableAnalytics);
    QCOMPARE(defaults->analyticsConfig.recordsBufferSize, quint64(1000));
    QCOMPARE(defaults->analyticsConfig.storageExpirationTime, 0);
    QCOMPARE(defaults->analyticsConfig.poolSize, 0);

    const auto config = GatewayConfig::fromJson(R"({"enable_analytics": true,
        "analytics_config": {"enable_detailed_recording": true, "ignored_ips": ["10.0.0.1"],
          "normalise_urls": {"enabled": true, "normalise_uuids": true, "normalise_ulids": true,
                             "normalise_numbers": true, "custom_patterns": ["ab+c"]},
          "records_buffer_size": 5000, "storage_expiration_time": -1,
          "enable_multiple_analytics_keys": true, "serializer_type": "msgpack",
          "pool_size": 4}})",
                                                QStringLiteral("tyk.conf"));
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QVERIFY(config->enableAnalytics);
    const AnalyticsConfig &a = config->analyticsConfig;
    QVERIFY(a.enableDetailedRecording);
    QCOMPARE(a.ignoredIps, QStringList{QStringLiteral("10.0.0.1")});
    QVERIFY(a.normaliseUrlsEnabled);
    QVERIFY(a.normaliseUuids);
    QVERIFY(a.normaliseUlids);
    QVERIFY(a.normaliseNumbers);
    QCOMPARE(a.normaliseCustomPatterns, QStringList{QStringLiteral("ab+c")});
    QCOMPARE(a.recordsBufferSize, quint64(5000));
    QCOMPARE(a.storageExpirationTime, -1);
    QVERIFY(a.enableMultipleAnalyticsKeys);
    QCOMPARE(a.serializerType, QStringLiteral("msgpack"));
    QCOMPARE(a.poolSize, 4);

    // Tyk's checkup raises a small buffer to 1000; a negative one does not decode.
    const auto small = GatewayConfig::fromJson(
        R"({"analytics_config": {"records_buffer_size": 10}})", QStringLiteral("tyk.conf"));
    QVERIFY(small.ok());
    QCOMPARE(small->analyticsConfig.recordsBufferSize, quint64(1000));
    QVERIFY(!GatewayConfig::fromJson(R"({"analytics_config": {"records_buffer_size": -1}})",
                                     QStringLiteral("tyk.conf"))
                 .ok());
    QVERIFY(!GatewayConfig::fromJson(R"({"analytics_config": {"ignored_ips": "10.0.0.1"}})",
                                     QStringLiteral("tyk.conf"))
                 .ok());
}

void TestGatewayConfig::fileIsReadFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tyk.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"listen_port": 8181, "enable_jsvm": false})");
    file.close();
    const auto config = GatewayConfig::fromFile(path);
    QVERIFY(config.ok());
    QCOMPARE(config->listenPort, 8181);
    QCOMPARE(config->enableJsvm, false);
}

void TestGatewayConfig::missingFileIsAnIoError()
{
    const auto config = GatewayConfig::fromFile(QStringLiteral("/nonexistent/tyk.conf"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, Hb::ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestGatewayConfig)
#include "tst_gatewayconfig.moc"
