// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsjson.h"

#include <QTest>

using namespace Hb::Analytics;

class TestAnalyticsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreTykPumpJsonTagsInDeclarationOrder();
    void timesAreRfc3339NanoWithTheZoneOffset_data();
    void timesAreRfc3339NanoWithTheZoneOffset();
    void recordSurvivesARoundTrip();
    void whatAGoPluginReturnsIsRead();
    void badFieldsAreErrorsNamingTheField_data();
    void badFieldsAreErrorsNamingTheField();
    void rfc3339IsParsedAsGoDoes_data();
    void rfc3339IsParsedAsGoDoes();
};

namespace {

AnalyticsRecord sample()
{
    AnalyticsRecord a;
    a.method = QStringLiteral("POST");
    a.host = QStringLiteral("upstream:8080");
    a.path = QStringLiteral("/users/{id}");
    a.rawPath = QStringLiteral("/users/42");
    a.contentLength = 12;
    a.userAgent = QStringLiteral("curl/8");
    a.day = 14;
    a.month = 11;
    a.year = 2023;
    a.hour = 23;
    a.responseCode = 201;
    a.apiKey = QStringLiteral("default1234");
    a.timeStamp = GoTime(1700000000, 5, 3600);
    a.apiVersion = QStringLiteral("Non Versioned");
    a.apiName = QStringLiteral("Users");
    a.apiId = QStringLiteral("users");
    a.orgId = QStringLiteral("default");
    a.oauthId = QStringLiteral("client");
    a.requestTime = 7;
    a.rawRequest = QStringLiteral("R0VU");
    a.ipAddress = QStringLiteral("127.0.0.1");
    a.geo.countryIsoCode = QStringLiteral("DE");
    a.geo.cityGeoNameId = 2950159;
    a.geo.cityNames = QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Berlin")}};
    a.geo.latitude = 52.5;
    a.latency = {7, 5, 2};
    a.tags = QStringList{QStringLiteral("pol-p1"), QStringLiteral("x-team-a")};
    a.alias = QStringLiteral("alice");
    a.trackPath = true;
    a.expireAt = GoTime(1700003600, 0, 3600);
    a.originalPath = QStringLiteral("/api/users/42");
    a.listenPath = QStringLiteral("/api/");
    a.mcpStats.jsonRpcMethod = QStringLiteral("tools/call");
    a.collectionName = QStringLiteral("not in json");
    return a;
}

} // namespace

void TestAnalyticsJson::keysAreTykPumpJsonTagsInDeclarationOrder()
{
    const auto json = AnalyticsJson::toJson(AnalyticsRecord());
    QStringList keys;
    for (auto it = json.begin(); it != json.end(); ++it)
        keys.append(QString::fromStdString(it.key()));
    const QStringList expected =
        QStringLiteral("method host path raw_path content_length user_agent day "
                       "month year hour response_code api_key timestamp "
                       "api_version api_name api_id org_id oauth_id request_time "
                       "raw_request raw_response ip_address geo network latency "
                       "tags alias track_path expireAt api_schema original_path "
                       "listen_path graphql_stats mcp_stats")
            .split(u' ');
    QCOMPARE(keys, expected);
    // Nil slices and maps are null; CollectionName (json "-") is absent.
    QVERIFY(json["tags"].is_null());
    QVERIFY(json["geo"]["city"]["names"].is_null());
    QCOMPARE(QString::fromStdString(json["latency"].dump()),
             QStringLiteral(R"({"total":0,"upstream":0,"gateway":0})"));
    QCOMPARE(QString::fromStdString(json["network"].dump()),
             QStringLiteral(R"({"open_connections":0,"closed_connections":0,"bytes_in":0,)"
                            R"("bytes_out":0})"));
    QCOMPARE(QString::fromStdString(json["mcp_stats"].dump()),
             QStringLiteral(R"({"is_mcp":false,"jsonrpc_method":"","primitive_type":"",)"
                            R"("primitive_name":""})"));
}

void TestAnalyticsJson::timesAreRfc3339NanoWithTheZoneOffset_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::addColumn<int>("nanos");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero time") << GoTime::kZeroUnixSecs << 0 << 0
                               << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("nanos, +01:00")
        << qint64(1700000000) << 5 << 3600 << QStringLiteral("2023-11-14T23:13:20.000000005+01:00");
    QTest::newRow("trailing zeros dropped")
        << qint64(1700000000) << 120000000 << 0 << QStringLiteral("2023-11-14T22:13:20.12Z");
    QTest::newRow("negative offset") << qint64(1700000000) << 0 << -(5 * 3600 + 30 * 60)
                                     << QStringLiteral("2023-11-14T16:43:20-05:30");
    QTest::newRow("100 years ahead")
        << qint64(1700000000 + 3153600000LL) << 0 << 0 << QStringLiteral("2123-10-21T22:13:20Z");
}

void TestAnalyticsJson::timesAreRfc3339NanoWithTheZoneOffset()
{
    QFETCH(qint64, secs);
    QFETCH(int, nanos);
    QFETCH(int, offset);
    QFETCH(QString, text);
    AnalyticsRecord a;
    a.timeStamp = GoTime(secs, nanos, offset);
    QCOMPARE(QString::fromStdString(AnalyticsJson::toJson(a)["timestamp"].get<std::string>()),
             text);
    QCOMPARE(GoTime::parseRfc3339(text), std::optional<GoTime>(a.timeStamp));
}

void TestAnalyticsJson::recordSurvivesARoundTrip()
{
    const AnalyticsRecord a = sample();
    const QByteArray text = AnalyticsJson::toJsonBytes(a);
    QVERIFY(!text.contains("not in json"));
    const auto back = AnalyticsJson::fromJsonBytes(text);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    const AnalyticsRecord &b = *back;
    QCOMPARE(b.method, a.method);
    QCOMPARE(b.host, a.host);
    QCOMPARE(b.path, a.path);
    QCOMPARE(b.rawPath, a.rawPath);
    QCOMPARE(b.contentLength, a.contentLength);
    QCOMPARE(b.userAgent, a.userAgent);
    QCOMPARE(b.day, a.day);
    QCOMPARE(b.month, a.month);
    QCOMPARE(b.year, a.year);
    QCOMPARE(b.hour, a.hour);
    QCOMPARE(b.responseCode, a.responseCode);
    QCOMPARE(b.apiKey, a.apiKey);
    QCOMPARE(b.timeStamp, a.timeStamp);
    QCOMPARE(b.apiVersion, a.apiVersion);
    QCOMPARE(b.apiName, a.apiName);
    QCOMPARE(b.apiId, a.apiId);
    QCOMPARE(b.orgId, a.orgId);
    QCOMPARE(b.oauthId, a.oauthId);
    QCOMPARE(b.requestTime, a.requestTime);
    QCOMPARE(b.rawRequest, a.rawRequest);
    QCOMPARE(b.ipAddress, a.ipAddress);
    QCOMPARE(b.geo.countryIsoCode, a.geo.countryIsoCode);
    QCOMPARE(b.geo.cityGeoNameId, a.geo.cityGeoNameId);
    QCOMPARE(b.geo.cityNames, a.geo.cityNames);
    QCOMPARE(b.geo.latitude, a.geo.latitude);
    QCOMPARE(b.latency.gateway, a.latency.gateway);
    QCOMPARE(b.tags, a.tags);
    QCOMPARE(b.alias, a.alias);
    QCOMPARE(b.trackPath, a.trackPath);
    QCOMPARE(b.expireAt, a.expireAt);
    QCOMPARE(b.originalPath, a.originalPath);
    QCOMPARE(b.listenPath, a.listenPath);
    QCOMPARE(b.mcpStats.jsonRpcMethod, a.mcpStats.jsonRpcMethod);
    QVERIFY(!b.graphQLStats.rootFields.has_value());
    QCOMPARE(b.collectionName, QString());
}

void TestAnalyticsJson::whatAGoPluginReturnsIsRead()
{
    // As Go's json.Marshal writes the struct after a plugin appended a tag and set errors.
    const QByteArray text = R"({"method":"GET","host":"","path":"/p","raw_path":"/p",
      "content_length":0,"user_agent":"","day":1,"month":2,"year":2024,"hour":3,
      "response_code":200,"api_key":"k","timestamp":"2024-02-01T03:04:05.123456789+02:00",
      "api_version":"","api_name":"","api_id":"a","org_id":"","oauth_id":"","request_time":0,
      "raw_request":"","raw_response":"","ip_address":"",
      "geo":{"country":{"iso_code":""},"city":{"geoname_id":0,"names":null},
             "location":{"latitude":0,"longitude":0,"time_zone":""}},
      "network":{"open_connections":0,"closed_connections":0,"bytes_in":0,"bytes_out":0},
      "latency":{"total":0,"upstream":0,"gateway":0},"tags":["TEST"],"alias":"",
      "track_path":false,"expireAt":"0001-01-01T00:00:00Z","api_schema":"",
      "original_path":"","listen_path":"",
      "graphql_stats":{"variables":"","root_fields":null,"types":null,
                       "errors":[{"message":"m","path":["a",1]}],"operation_type":0,
                       "has_errors":true,"is_graphql":false},
      "mcp_stats":{"is_mcp":false,"jsonrpc_method":"","primitive_type":"","primitive_name":""}})";
    const auto record = AnalyticsJson::fromJsonBytes(text);
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().toString()));
    QCOMPARE(record->tags, std::optional<QStringList>(QStringList{QStringLiteral("TEST")}));
    QCOMPARE(record->timeStamp.utcOffsetSecs(), 7200);
    QCOMPARE(record->timeStamp.nanos(), 123456789);
    QVERIFY(record->expireAt.isZero());
    QVERIFY(!record->geo.cityNames.has_value());
    QVERIFY(record->graphQLStats.hasErrors);
    // Go's interface{} holds JSON numbers as float64.
    const QVariant index = record->graphQLStats.errors->at(0).path->at(1);
    QCOMPARE(index.typeId(), int(QMetaType::Double));
}

void TestAnalyticsJson::badFieldsAreErrorsNamingTheField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << QByteArray(R"({"methods":"GET"})")
                                   << QStringLiteral("analytics record: methods: unknown field");
    QTest::newRow("string for int")
        << QByteArray(R"({"day":"7"})")
        << QStringLiteral("analytics record: day: expected an integer, got string");
    QTest::newRow("fraction for int")
        << QByteArray(R"({"day":7.5})")
        << QStringLiteral("analytics record: day: expected an integer, got number");
    QTest::newRow("negative uint")
        << QByteArray(R"({"geo":{"city":{"geoname_id":-1}}})")
        << QStringLiteral(
               "analytics record: geo.city.geoname_id: expected an unsigned integer, got number");
    QTest::newRow("nested unknown")
        << QByteArray(R"({"latency":{"total":1,"extra":2}})")
        << QStringLiteral("analytics record: latency.extra: unknown field");
    QTest::newRow("bad time") << QByteArray(R"({"timestamp":"2023-02-30T00:00:00Z"})")
                              << QStringLiteral(
                                     "analytics record: timestamp: not an RFC 3339 time: "
                                     "\"2023-02-30T00:00:00Z\"");
    QTest::newRow("tag not a string")
        << QByteArray(R"({"tags":["a",1]})")
        << QStringLiteral("analytics record: tags[1]: expected a string, got number");
    QTest::newRow("not an object")
        << QByteArray(R"([1])")
        << QStringLiteral("analytics record: record: expected an object, got array");
}

void TestAnalyticsJson::badFieldsAreErrorsNamingTheField()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto record = AnalyticsJson::fromJsonBytes(text);
    QVERIFY(!record.ok());
    QCOMPARE(record.error().message, message);
    QVERIFY(!AnalyticsJson::fromJsonBytes("{\"method\":").ok());
}

void TestAnalyticsJson::rfc3339IsParsedAsGoDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fraction of any length") << QStringLiteral("2024-01-01T00:00:00.5Z") << true;
    QTest::newRow("offset") << QStringLiteral("2024-01-01T00:00:00-07:00") << true;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << true;
    QTest::newRow("no leap day") << QStringLiteral("2023-02-29T00:00:00Z") << false;
    QTest::newRow("no zone") << QStringLiteral("2024-01-01T00:00:00") << false;
    QTest::newRow("space") << QStringLiteral("2024-01-01 00:00:00Z") << false;
    QTest::newRow("trailing") << QStringLiteral("2024-01-01T00:00:00Zx") << false;
    QTest::newRow("hour 24") << QStringLiteral("2024-01-01T24:00:00Z") << false;
}

void TestAnalyticsJson::rfc3339IsParsedAsGoDoes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(GoTime::parseRfc3339(text).has_value(), ok);
}

QTEST_GUILESS_MAIN(TestAnalyticsJson)
#include "tst_analyticsjson.moc"
