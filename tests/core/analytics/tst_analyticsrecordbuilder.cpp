// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsjson.h"
#include "core/analytics/analyticsrecordbuilder.h"
#include "core/session/keyhasher.h"

#include <QTest>

using namespace Hb::Analytics;

class TestAnalyticsRecordBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsComeFromTheInputs();
    void tagsFollowTykOrder();
    void queueStepHashesTheKeyAndAddsTags();
    void emptyKeyHashesToMurmurOfNothing();
    void queueStepFixesLeadingSlashes();
    void listenPathIsStrippedFromPathAndRawPath_data();
    void listenPathIsStrippedFromPathAndRawPath();
    void trackedPathReplacesPath();
    void urlsAreNormalised_data();
    void urlsAreNormalised();
    void invalidCustomPatternIsSkipped();
    void expiryZeroMeansAHundredYears_data();
    void expiryZeroMeansAHundredYears();
    void localZoneGivesDayHourAndOffset();
    void detailedRecordingEncodesTheWireForm();
    void recordingDecisions();
};

namespace {

constexpr qint64 kNowNs = 1700000000LL * 1000000000 + 123;

RecordInputs inputs()
{
    RecordInputs in;
    in.method = QStringLiteral("GET");
    in.urlPath = QStringLiteral("/api/users/42");
    in.originalPath = QStringLiteral("/api/users/42");
    in.host = QStringLiteral("upstream:8080");
    in.contentLength = 0;
    in.userAgent = QStringLiteral("curl/8");
    in.responseCode = 200;
    in.keyId = QStringLiteral("default1234");
    in.apiId = QStringLiteral("users");
    in.apiName = QStringLiteral("Users");
    in.orgId = QStringLiteral("default");
    in.listenPath = QStringLiteral("/api/");
    in.clientIp = QStringLiteral("127.0.0.1");
    in.latency = {12, 10, 2};
    in.nowNs = kNowNs;
    in.zone = QTimeZone::utc();
    return in;
}

} // namespace

void TestAnalyticsRecordBuilder::fieldsComeFromTheInputs()
{
    const AnalyticsRecord a = AnalyticsRecordBuilder().build(inputs());
    QCOMPARE(a.method, QStringLiteral("GET"));
    QCOMPARE(a.host, QStringLiteral("upstream:8080"));
    QCOMPARE(a.path, QStringLiteral("/api/users/42"));
    QCOMPARE(a.rawPath, QStringLiteral("/api/users/42"));
    QCOMPARE(a.userAgent, QStringLiteral("curl/8"));
    QCOMPARE(a.responseCode, qint64(200));
    QCOMPARE(a.apiKey, QStringLiteral("default1234")); // plaintext until the queue step
    QCOMPARE(a.apiVersion, QStringLiteral("Non Versioned"));
    QCOMPARE(a.apiName, QStringLiteral("Users"));
    QCOMPARE(a.apiId, QStringLiteral("users"));
    QCOMPARE(a.orgId, QStringLiteral("default"));
    QCOMPARE(a.requestTime, qint64(12));
    QCOMPARE(a.latency.upstream, qint64(10));
    QCOMPARE(a.latency.gateway, qint64(2));
    QCOMPARE(a.ipAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(a.timeStamp, GoTime(1700000000, 123, 0));
    QCOMPARE(a.originalPath, QStringLiteral("/api/users/42"));
    QCOMPARE(a.listenPath, QStringLiteral("/api/"));
    QVERIFY(!a.trackPath);
    QCOMPARE(a.rawRequest, QString());
    // Tyk makes the tag slice before appending: empty, never nil.
    QCOMPARE(a.tags, std::optional<QStringList>(QStringList()));

    RecordInputs versioned = inputs();
    versioned.versionName = QStringLiteral("v2");
    QCOMPARE(AnalyticsRecordBuilder().build(versioned).apiVersion, QStringLiteral("v2"));
}

void TestAnalyticsRecordBuilder::tagsFollowTykOrder()
{
    RecordInputs in = inputs();
    in.hasSession = true;
    in.sessionAlias = QStringLiteral("alice");
    in.oauthClientId = QStringLiteral("client-1");
    in.policyIds = {QStringLiteral("p1"), QStringLiteral("p2")};
    in.developerId = QStringLiteral("dev9");
    in.sessionTags = {QStringLiteral("gold")};
    in.requestHeaders = {{"X-Team", "blue"},
                         {"Accept", "*/*"},
                         {"x-env", "prod"},
                         {"X-TEAM", "green"},
                         {"X-Other", "no"}};
    in.tagHeaders = {QStringLiteral("x-team"), QStringLiteral("x-env")};
    in.apiTags = {QStringLiteral("public")};
    in.extraTags = {QStringLiteral("cached-response")};
    const AnalyticsRecord a = AnalyticsRecordBuilder().build(in);
    // Session (policies, developer, tags), header tags (one header's values together),
    // API tags, then the success path's extras.
    QCOMPARE(
        a.tagList(),
        (QStringList{QStringLiteral("pol-p1"), QStringLiteral("pol-p2"), QStringLiteral("dev-dev9"),
                     QStringLiteral("gold"), QStringLiteral("x-team-blue"),
                     QStringLiteral("x-team-green"), QStringLiteral("x-env-prod"),
                     QStringLiteral("public"), QStringLiteral("cached-response")}));
    QCOMPARE(a.alias, QStringLiteral("alice"));
    QCOMPARE(a.oauthId, QStringLiteral("client-1"));

    // Without a session the session's fields are not read.
    in.hasSession = false;
    const AnalyticsRecord b = AnalyticsRecordBuilder().build(in);
    QCOMPARE(b.alias, QString());
    QCOMPARE(b.tagList().first(), QStringLiteral("x-team-blue"));
}

void TestAnalyticsRecordBuilder::queueStepHashesTheKeyAndAddsTags()
{
    RecordInputs in = inputs();
    in.apiTags = {QStringLiteral("public")};
    AnalyticsRecord plain = AnalyticsRecordBuilder().build(in);
    AnalyticsRecordBuilder::finishForQueue(plain, false);
    QCOMPARE(plain.apiKey, QStringLiteral("default1234"));
    QCOMPARE(plain.tagList(),
             (QStringList{QStringLiteral("public"), QStringLiteral("key-default1234"),
                          QStringLiteral("org-default"), QStringLiteral("api-users")}));

    AnalyticsRecord hashed = AnalyticsRecordBuilder().build(in);
    AnalyticsRecordBuilder::finishForQueue(hashed, true);
    const QString hash = Hb::Session::KeyHasher::hashStr(QStringLiteral("default1234"));
    QCOMPARE(hashed.apiKey, hash);
    QVERIFY(hashed.apiKey != QStringLiteral("default1234"));
    QCOMPARE(hashed.tagList().at(1), QStringLiteral("key-") + hash);
}

void TestAnalyticsRecordBuilder::emptyKeyHashesToMurmurOfNothing()
{
    RecordInputs in = inputs();
    in.keyId.clear();
    in.orgId.clear();
    AnalyticsRecord unhashed = AnalyticsRecordBuilder().build(in);
    AnalyticsRecordBuilder::finishForQueue(unhashed, false);
    // No key, no org: only the api tag.
    QCOMPARE(unhashed.tagList(), QStringList{QStringLiteral("api-users")});

    AnalyticsRecord hashed = AnalyticsRecordBuilder().build(in);
    AnalyticsRecordBuilder::finishForQueue(hashed, true);
    QCOMPARE(hashed.apiKey, QStringLiteral("00000000"));
    QCOMPARE(hashed.tagList(),
             (QStringList{QStringLiteral("key-00000000"), QStringLiteral("api-users")}));
}

void TestAnalyticsRecordBuilder::queueStepFixesLeadingSlashes()
{
    AnalyticsRecord a;
    a.path = QStringLiteral("x");
    a.rawPath = QString();
    a.originalPath = QString();
    AnalyticsRecordBuilder::finishForQueue(a, false);
    QCOMPARE(a.path, QStringLiteral("/x"));
    QCOMPARE(a.rawPath, QStringLiteral("/"));
    QCOMPARE(a.originalPath, QString()); // only a non-empty one is fixed
    a.originalPath = QStringLiteral("y");
    AnalyticsRecordBuilder::finishForQueue(a, false);
    QCOMPARE(a.originalPath, QStringLiteral("/y"));
}

void TestAnalyticsRecordBuilder::listenPathIsStrippedFromPathAndRawPath_data()
{
    QTest::addColumn<QString>("listenPath");
    QTest::addColumn<QString>("urlPath");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix") << QStringLiteral("/api/") << QStringLiteral("/api/users/42")
                            << QStringLiteral("/users/42");
    QTest::newRow("slash added") << QStringLiteral("/api") << QStringLiteral("/apiusers")
                                 << QStringLiteral("/users");
    QTest::newRow("whole path") << QStringLiteral("/api/") << QStringLiteral("/api/")
                                << QStringLiteral("/");
    QTest::newRow("no match") << QStringLiteral("/api/") << QStringLiteral("/other")
                              << QStringLiteral("/other");
    QTest::newRow("mux template") << QStringLiteral("/{tenant}/api") << QStringLiteral("/t1/api/x")
                                  << QStringLiteral("/x");
}

void TestAnalyticsRecordBuilder::listenPathIsStrippedFromPathAndRawPath()
{
    QFETCH(QString, listenPath);
    QFETCH(QString, urlPath);
    QFETCH(QString, expected);
    RecordInputs in = inputs();
    in.listenPath = listenPath;
    in.urlPath = urlPath;
    in.stripListenPath = true;
    const AnalyticsRecord a = AnalyticsRecordBuilder().build(in);
    QCOMPARE(a.rawPath, expected);
    QCOMPARE(a.path, expected);
    QCOMPARE(a.originalPath, QStringLiteral("/api/users/42"));

    // A Go plugin's 2xx reply is recorded unstripped.
    in.stripListenPath = false;
    QCOMPARE(AnalyticsRecordBuilder().build(in).rawPath, urlPath);
}

void TestAnalyticsRecordBuilder::trackedPathReplacesPath()
{
    RecordInputs in = inputs();
    in.trackedPath = QStringLiteral("/users/{id}");
    in.stripListenPath = true;
    const AnalyticsRecord a = AnalyticsRecordBuilder().build(in);
    QCOMPARE(a.path, QStringLiteral("/users/{id}"));
    QCOMPARE(a.rawPath, QStringLiteral("/users/42"));
    QVERIFY(a.trackPath);
}

void TestAnalyticsRecordBuilder::urlsAreNormalised_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QStringList>("custom");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uuid") << true << QStringList()
                          << QStringLiteral("/users/CA761232-ED42-11CE-BACD-00AA0057B223/x")
                          << QStringLiteral("/users/{uuid}/x");
    QTest::newRow("uuid without dashes")
        << true << QStringList() << QStringLiteral("/15873a748894492162c402d67e92283b/s")
        << QStringLiteral("/{uuid}/s");
    QTest::newRow("ulid") << true << QStringList()
                          << QStringLiteral("/posts/01g9HHNKwgbhcqx7vg3JKSZ055/comments")
                          << QStringLiteral("/posts/{ulid}/comments");
    QTest::newRow("numbers") << true << QStringList() << QStringLiteral("/a/42/b/7x")
                             << QStringLiteral("/a/{id}/b/{id}x");
    QTest::newRow("custom after the built-ins")
        << true << QStringList{QStringLiteral("ab+c")} << QStringLiteral("/abbbc/abc/1")
        << QStringLiteral("/{var}/{var}/{id}");
    QTest::newRow("disabled") << false << QStringList{QStringLiteral("ab+c")}
                              << QStringLiteral("/abc/1") << QStringLiteral("/abc/1");
}

void TestAnalyticsRecordBuilder::urlsAreNormalised()
{
    QFETCH(bool, enabled);
    QFETCH(QStringList, custom);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    NormaliseUrlsOptions options;
    options.enabled = enabled;
    options.normaliseUuids = true;
    options.normaliseUlids = true;
    options.normaliseNumbers = true;
    options.customPatterns = custom;
    const AnalyticsRecordBuilder builder(options);
    QVERIFY(builder.patternErrors().isEmpty());
    RecordInputs in = inputs();
    in.urlPath = path;
    const AnalyticsRecord a = builder.build(in);
    QCOMPARE(a.path, expected);
    QCOMPARE(a.rawPath, path); // only Path is normalised
}

void TestAnalyticsRecordBuilder::invalidCustomPatternIsSkipped()
{
    NormaliseUrlsOptions options;
    options.enabled = true;
    // Go's regexp refuses lookahead; Tyk logs and skips the pattern.
    options.customPatterns = {QStringLiteral("a(?=b)"), QStringLiteral("x+")};
    const AnalyticsRecordBuilder builder(options);
    QCOMPARE(builder.patternErrors().size(), qsizetype(1));
    QCOMPARE(builder.normalisePath(QStringLiteral("/ab/xx")), QStringLiteral("/ab/{var}"));
}

void TestAnalyticsRecordBuilder::expiryZeroMeansAHundredYears_data()
{
    QTest::addColumn<qint64>("after");
    QTest::addColumn<qint64>("expectedSecs");
    QTest::newRow("0: 100 years of 365 days")
        << qint64(0) << qint64(1700000000) + qint64(100) * 365 * 24 * 3600;
    QTest::newRow("60 s") << qint64(60) << qint64(1700000060);
    QTest::newRow("negative: already expired") << qint64(-10) << qint64(1699999990);
}

void TestAnalyticsRecordBuilder::expiryZeroMeansAHundredYears()
{
    QFETCH(qint64, after);
    QFETCH(qint64, expectedSecs);
    RecordInputs in = inputs();
    in.expireAnalyticsAfter = after;
    const AnalyticsRecord a = AnalyticsRecordBuilder().build(in);
    QCOMPARE(a.expireAt, GoTime(expectedSecs, 123, 0));
}

void TestAnalyticsRecordBuilder::localZoneGivesDayHourAndOffset()
{
    // 2023-11-14T22:13:20Z is already the 15th at 00:13 in UTC+2.
    RecordInputs in = inputs();
    in.zone = QTimeZone(2 * 3600);
    const AnalyticsRecord a = AnalyticsRecordBuilder().build(in);
    QCOMPARE(a.day, qint64(15));
    QCOMPARE(a.month, qint64(11));
    QCOMPARE(a.year, qint64(2023));
    QCOMPARE(a.hour, qint64(0));
    QCOMPARE(QString::fromStdString(AnalyticsJson::toJson(a)["timestamp"].get<std::string>()),
             QStringLiteral("2023-11-15T00:13:20.000000123+02:00"));

    // A zone with daylight saving time: the expiry carries the offset of its own instant.
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    QVERIFY(berlin.isValid());
    RecordInputs summer = inputs();
    summer.zone = berlin;
    summer.expireAnalyticsAfter = 200 * 24 * 3600; // mid-November + 200 days: June
    const AnalyticsRecord b = AnalyticsRecordBuilder().build(summer);
    QCOMPARE(b.timeStamp.utcOffsetSecs(), 3600);
    QCOMPARE(b.expireAt.utcOffsetSecs(), 7200);
}

void TestAnalyticsRecordBuilder::detailedRecordingEncodesTheWireForm()
{
    RecordInputs in = inputs();
    in.rawRequest = "GET /users/42 HTTP/1.1\r\nHost: upstream\r\n\r\n";
    in.rawResponse = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    const AnalyticsRecord off = AnalyticsRecordBuilder().build(in);
    QCOMPARE(off.rawRequest, QString());
    QCOMPARE(off.rawResponse, QString());

    in.detailedRecording = true;
    const AnalyticsRecord on = AnalyticsRecordBuilder().build(in);
    QCOMPARE(QByteArray::fromBase64(on.rawRequest.toLatin1()), in.rawRequest);
    QCOMPARE(on.rawResponse,
             QStringLiteral("SFRUUC8xLjEgMjAwIE9LDQpDb250ZW50LUxlbmd0aDogMg0KDQpvaw=="));
}

void TestAnalyticsRecordBuilder::recordingDecisions()
{
    const QStringList ignored{QStringLiteral("10.0.0.1")};
    const QString ip = QStringLiteral("127.0.0.1");
    QVERIFY(AnalyticsRecordBuilder::shouldRecord(true, ignored, ip, false, false));
    QVERIFY(!AnalyticsRecordBuilder::shouldRecord(false, ignored, ip, false, false));
    QVERIFY(!AnalyticsRecordBuilder::shouldRecord(true, ignored, ip, true, false));
    QVERIFY(!AnalyticsRecordBuilder::shouldRecord(true, ignored, ip, false, true));
    QVERIFY(!AnalyticsRecordBuilder::shouldRecord(true, ignored, QStringLiteral("10.0.0.1"), false,
                                                  false));
    // Exact strings: no CIDR, no prefix matching.
    QVERIFY(AnalyticsRecordBuilder::shouldRecord(true, {QStringLiteral("10.0.0.0/8")},
                                                 QStringLiteral("10.0.0.1"), false, false));

    QVERIFY(!AnalyticsRecordBuilder::detailedRecording(false, false, false));
    QVERIFY(AnalyticsRecordBuilder::detailedRecording(true, false, false));
    QVERIFY(AnalyticsRecordBuilder::detailedRecording(false, true, false));
    QVERIFY(AnalyticsRecordBuilder::detailedRecording(false, false, true));
    QVERIFY(AnalyticsRecordBuilder::detailedRecording(false, false, false, true));
}

QTEST_GUILESS_MAIN(TestAnalyticsRecordBuilder)
#include "tst_analyticsrecordbuilder.moc"
