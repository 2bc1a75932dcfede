// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsmsgpack.h"

#include <QTest>

using namespace Hb::Analytics;

class TestAnalyticsMsgpack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallRecordEncodesAsGoMsgpackV2();
    void integersTakeTheirSmallestForm_data();
    void integersTakeTheirSmallestForm();
    void nilAndEmptyTagsDiffer();
    void encodedRecordDecodesFieldByField();
    void garbageIsAnErrorNotACrash();
};

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

// fixstr: 0xa0 | length, then the bytes (every key and short string below).
QByteArray s(const char *text)
{
    const QByteArray bytes(text);
    return QByteArray(1, char(0xa0 | bytes.size())) + bytes;
}

AnalyticsRecord smallRecord()
{
    AnalyticsRecord a;
    a.method = QStringLiteral("GET");
    a.path = QStringLiteral("/p");
    a.rawPath = QStringLiteral("/p");
    a.contentLength = -1;
    a.day = 7;
    a.month = 12;
    a.year = 2026;
    a.hour = 14;
    a.responseCode = 200;
    a.timeStamp = GoTime(1700000000, 5, 3600);
    a.apiVersion = QStringLiteral("Non Versioned");
    a.apiId = QStringLiteral("a1");
    a.requestTime = 300;
    a.geo.longitude = 1.5;
    a.network.bytesIn = 70000;
    a.latency = {300, 250, 50};
    a.tags = QStringList{QStringLiteral("a")};
    a.trackPath = true;
    // expireAt stays Go's zero time.
    return a;
}

} // namespace

void TestAnalyticsMsgpack::smallRecordEncodesAsGoMsgpackV2()
{
    // Worked out by hand from the msgpack spec and v2's encoder rules: a map16 of the 35 Go
    // fields in declaration order, nested structs as maps, compact integers, float64 kept.
    QByteArray expected = h("de0023");
    expected += s("Method") + s("GET");
    expected += s("Host") + s("");
    expected += s("Path") + s("/p");
    expected += s("RawPath") + s("/p");
    expected += s("ContentLength") + h("ff"); // -1: negative fixint
    expected += s("UserAgent") + s("");
    expected += s("Day") + h("07");
    expected += s("Month") + h("0c");
    expected += s("Year") + h("cd07ea"); // 2026: uint16
    expected += s("Hour") + h("0e");
    expected += s("ResponseCode") + h("ccc8"); // 200: uint8
    expected += s("APIKey") + s("");
    expected += s("TimeStamp") + h("92ce6553f10005"); // [1700000000 (uint32), 5]; zone dropped
    expected += s("APIVersion") + s("Non Versioned");
    expected += s("APIName") + s("");
    expected += s("APIID") + s("a1");
    expected += s("OrgID") + s("");
    expected += s("OauthID") + s("");
    expected += s("RequestTime") + h("cd012c"); // 300
    expected += s("RawRequest") + s("");
    expected += s("RawResponse") + s("");
    expected += s("IPAddress") + s("");
    expected += s("Geo") + h("83");
    expected += s("Country") + h("81") + s("ISOCode") + s("");
    expected += s("City") + h("82") + s("GeoNameID") + h("00") + s("Names") + h("c0");
    expected += s("Location") + h("83") + s("Latitude") + h("cb0000000000000000") + s("Longitude") +
                h("cb3ff8000000000000") + s("TimeZone") + s("");
    expected += s("Network") + h("84") + s("OpenConnections") + h("00") + s("ClosedConnection") +
                h("00") + s("BytesIn") + h("ce00011170") + s("BytesOut") + h("00");
    expected += s("Latency") + h("83") + s("Total") + h("cd012c") + s("Upstream") + h("ccfa") +
                s("Gateway") + h("32");
    expected += s("Tags") + h("91") + s("a");
    expected += s("Alias") + s("");
    expected += s("TrackPath") + h("c3");
    expected += s("ExpireAt") + h("92d3fffffff1886e090000"); // Go's zero time: int64 seconds
    expected += s("ApiSchema") + s("");
    expected += s("OriginalPath") + s("");
    expected += s("ListenPath") + s("");
    expected += s("GraphQLStats") + h("87") + s("Variables") + s("") + s("RootFields") + h("c0") +
                s("Types") + h("c0") + s("Errors") + h("c0") + s("OperationType") + h("00") +
                s("HasErrors") + h("c2") + s("IsGraphQL") + h("c2");
    expected += s("MCPStats") + h("84") + s("IsMCP") + h("c2") + s("JSONRPCMethod") + s("") +
                s("PrimitiveType") + s("") + s("PrimitiveName") + s("");
    expected += s("CollectionName") + s("");

    const QByteArray actual = AnalyticsMsgpack::encode(smallRecord());
    QCOMPARE(actual.toHex(), expected.toHex());
}

void TestAnalyticsMsgpack::integersTakeTheirSmallestForm_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0") << qint64(0) << h("00");
    QTest::newRow("127") << qint64(127) << h("7f");
    QTest::newRow("128") << qint64(128) << h("cc80");
    QTest::newRow("65535") << qint64(65535) << h("cdffff");
    QTest::newRow("65536") << qint64(65536) << h("ce00010000");
    QTest::newRow("2^32") << qint64(4294967296LL) << h("cf0000000100000000");
    QTest::newRow("-32") << qint64(-32) << h("e0");
    QTest::newRow("-33") << qint64(-33) << h("d0df");
    QTest::newRow("-129") << qint64(-129) << h("d1ff7f");
    QTest::newRow("-32769") << qint64(-32769) << h("d2ffff7fff");
    QTest::newRow("-2^31-1") << qint64(-2147483649LL) << h("d3ffffffff7fffffff");
}

void TestAnalyticsMsgpack::integersTakeTheirSmallestForm()
{
    QFETCH(qint64, value);
    QFETCH(QByteArray, bytes);
    AnalyticsRecord a;
    a.contentLength = value;
    const QByteArray encoded = AnalyticsMsgpack::encode(a);
    const QByteArray key = s("ContentLength");
    const qsizetype at = encoded.indexOf(key);
    QVERIFY(at > 0);
    QCOMPARE(encoded.mid(at + key.size(), bytes.size()).toHex(), bytes.toHex());
    const auto decoded = AnalyticsMsgpack::decode(encoded);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->contentLength, value);
}

void TestAnalyticsMsgpack::nilAndEmptyTagsDiffer()
{
    AnalyticsRecord a;
    const QByteArray key = s("Tags");
    QByteArray nil = AnalyticsMsgpack::encode(a);
    QCOMPARE(nil.mid(nil.indexOf(key) + key.size(), 1).toHex(), QByteArray("c0"));
    a.tags = QStringList();
    QByteArray empty = AnalyticsMsgpack::encode(a);
    QCOMPARE(empty.mid(empty.indexOf(key) + key.size(), 1).toHex(), QByteArray("90"));
}

void TestAnalyticsMsgpack::encodedRecordDecodesFieldByField()
{
    AnalyticsRecord a = smallRecord();
    a.rawRequest = QString(300, u'x'); // str16
    a.geo.cityNames = QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Berlin")}};
    a.graphQLStats.types =
        QMap<QString, QStringList>{{QStringLiteral("Query"), {QStringLiteral("user")}}};
    a.graphQLStats.errors =
        QList<GraphError>{{QStringLiteral("boom"), QVariantList{QStringLiteral("user"), 0.0}}};
    a.expireAt = GoTime(4854355200, 123, 0);

    const auto decoded = AnalyticsMsgpack::decode(AnalyticsMsgpack::encode(a));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    const AnalyticsRecord &d = *decoded;
    QCOMPARE(d.method, a.method);
    QCOMPARE(d.path, a.path);
    QCOMPARE(d.contentLength, qint64(-1));
    QCOMPARE(d.year, qint64(2026));
    QCOMPARE(d.responseCode, qint64(200));
    // msgpack drops the zone: the instant survives, the offset does not.
    QCOMPARE(d.timeStamp, GoTime(1700000000, 5, 0));
    QCOMPARE(d.expireAt, a.expireAt);
    QCOMPARE(d.rawRequest, a.rawRequest);
    QCOMPARE(d.geo.longitude, 1.5);
    QCOMPARE(d.geo.cityNames, a.geo.cityNames);
    QCOMPARE(d.network.bytesIn, qint64(70000));
    QCOMPARE(d.latency.upstream, qint64(250));
    QCOMPARE(d.tags, a.tags);
    QVERIFY(d.trackPath);
    QCOMPARE(d.graphQLStats.types, a.graphQLStats.types);
    QVERIFY(d.graphQLStats.errors.has_value());
    QCOMPARE(d.graphQLStats.errors->at(0).message, QStringLiteral("boom"));
    QCOMPARE(d.graphQLStats.errors->at(0).path->at(1).toDouble(), 0.0);
    QVERIFY(!d.graphQLStats.rootFields.has_value());
}

void TestAnalyticsMsgpack::garbageIsAnErrorNotACrash()
{
    QVERIFY(!AnalyticsMsgpack::decode(h("de00")).ok());
    QVERIFY(!AnalyticsMsgpack::decode(h("a3474554")).ok()); // a string, not a map
    // A field of the wrong type names the field.
    const auto wrong = AnalyticsMsgpack::decode(h("81") + s("Day") + s("x"));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().message.contains(QStringLiteral("Day")));
}

QTEST_GUILESS_MAIN(TestAnalyticsMsgpack)
#include "tst_analyticsmsgpack.moc"
