// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's analytics records from the real engine over real HTTP: pushed to a real redis-server
// as Tyk pushes them (read back with LRANGE and decoded field by field), and rewritten by a
// Go analytics plugin built with Debian's Go.
#include "tests/core/plugin/go/goplugintestkit.h"

#include "core/analytics/analyticsmsgpack.h"
#include "core/redis/redisblockingclient.h"
#include "core/redis/redisreply.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Hb;
using namespace Hb::Test;

namespace {

constexpr const char *kListKey = "analytics-tyk-system-analytics";

QByteArray keylessApi(const QJsonObject &extra = {})
{
    QJsonObject api = QJsonDocument::fromJson(apiJson(QStringLiteral("analytics-api"),
                                                      QStringLiteral("/an/"), QString()))
                          .object();
    api.remove(QStringLiteral("custom_middleware_bundle"));
    api.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("team-a")});
    for (auto it = extra.begin(); it != extra.end(); ++it)
        api.insert(it.key(), it.value());
    return QJsonDocument(api).toJson();
}

} // namespace

class TestAnalyticsRecords : public QObject
{
    Q_OBJECT

    RedisServer m_redis;

    QList<Analytics::AnalyticsRecord> storedRecords()
    {
        Redis::RedisBlockingClient client(
            {QStringLiteral("127.0.0.1"), m_redis.port(), 0, {}, 2000});
        if (!client.connect())
            return {};
        const auto reply = client.command({"LRANGE", kListKey, "0", "-1"});
        QList<Analytics::AnalyticsRecord> records;
        if (!reply.ok())
            return records;
        for (const Redis::RedisReply &element : reply->elements) {
            auto decoded = Analytics::AnalyticsMsgpack::decode(element.string);
            if (decoded)
                records.append(*decoded);
        }
        return records;
    }

    // Waits for `count` records (the sink sends after 200 ms without new ones).
    QList<Analytics::AnalyticsRecord> waitForRecords(int count)
    {
        QList<Analytics::AnalyticsRecord> records;
        (void)QTest::qWaitFor(
            [&] {
                records = storedRecords();
                return records.size() >= count;
            },
            10000);
        return records;
    }

    Setup::EngineOptions options(Workspace &ws, const QByteArray &conf)
    {
        ws.write(QStringLiteral("tyk.conf"), conf);
        Setup::EngineOptions o =
            ws.options(5000, QStringLiteral("redis://127.0.0.1:%1").arg(m_redis.port()));
        o.configFile = ws.path(QStringLiteral("tyk.conf"));
        o.goCacheDir = qEnvironmentVariable("HOOKBENCH_GO_CACHE");
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_redis.start(), qPrintable(m_redis.errorString())); }
    void init() { m_redis.cli({QStringLiteral("FLUSHALL")}); }

    void recordIsPushedToRedisAsTykEncodesIt()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"), keylessApi());
        Gateway gw;
        QVERIFY(gw.start(options(ws, "{\"enable_analytics\": true}")));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const Http::HttpResponse r =
            gw.get("/an/things/42?x=1", {{"User-Agent", "analytics-test/1.0"}});
        QCOMPARE(r.status, 200);

        const QList<Analytics::AnalyticsRecord> records = waitForRecords(1);
        QCOMPARE(records.size(), 1);
        const Analytics::AnalyticsRecord &rec = records.first();
        QCOMPARE(rec.method, QStringLiteral("GET"));
        QCOMPARE(rec.path, QStringLiteral("/things/42")); // listen path stripped
        QCOMPARE(rec.rawPath, QStringLiteral("/things/42"));
        QCOMPARE(rec.originalPath, QStringLiteral("/an/things/42"));
        QCOMPARE(rec.listenPath, QStringLiteral("/an/"));
        QCOMPARE(rec.responseCode, 200);
        QCOMPARE(rec.userAgent, QStringLiteral("analytics-test/1.0"));
        QCOMPARE(rec.apiId, QStringLiteral("analytics-api"));
        QCOMPARE(rec.apiName, QStringLiteral("analytics-api"));
        QCOMPARE(rec.orgId, QStringLiteral("default"));
        QCOMPARE(rec.apiVersion, QStringLiteral("Non Versioned"));
        QCOMPARE(rec.ipAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(rec.timeStamp.unixSecs() >= before && rec.timeStamp.unixSecs() <= before + 60);
        // expire_analytics_after 0: a hundred years ahead.
        QVERIFY(rec.expireAt.unixSecs() > before + 99LL * 365 * 86400);
        QVERIFY(rec.latency.total >= rec.latency.upstream);
        QCOMPARE(rec.requestTime, rec.latency.total);
        QVERIFY(rec.rawRequest.isEmpty()); // no detailed recording
        // The API's tags, then the worker's key-/org-/api- tags (no key on a keyless API:
        // Tyk hashes nothing only when hash_keys is off).
        QVERIFY(rec.tags.has_value());
        QVERIFY2(rec.tags->contains(QStringLiteral("team-a")), qPrintable(rec.tags->join(u',')));
        QVERIFY(rec.tags->contains(QStringLiteral("org-default")));
        QVERIFY(rec.tags->contains(QStringLiteral("api-analytics-api")));
        // A TTL, as Tyk's purger sets every second (storage_expiration_time 60).
        QTRY_VERIFY_WITH_TIMEOUT(
            m_redis.cli({QStringLiteral("TTL"), QString::fromLatin1(kListKey)}).trimmed().toInt() >
                0,
            5000);
    }

    void doNotTrackKeepsNoRecord()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"),
                 keylessApi({{QStringLiteral("do_not_track"), true}}));
        Gateway gw;
        QVERIFY(gw.start(options(ws, "{\"enable_analytics\": true}")));
        QCOMPARE(gw.get("/an/get").status, 200);
        QTest::qWait(600);
        QCOMPARE(storedRecords().size(), 0);
    }

    // Tyk's TrackEndpointMiddleware: a track_endpoints entry (method compared exactly) makes
    // the record's Path its pattern and sets TrackPath; a do_not_track_endpoints entry keeps
    // no record, refused requests included.
    void trackedEndpointsRecordTheirPatternAndUntrackedOnesNothing()
    {
        Workspace ws;
        const QJsonObject extended{
            {QStringLiteral("track_endpoints"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/things/{id}")},
                                    {QStringLiteral("method"), QStringLiteral("GET")}}}},
            {QStringLiteral("do_not_track_endpoints"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/secret")},
                                    {QStringLiteral("method"), QStringLiteral("GET")}}}},
            {QStringLiteral("black_list"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/secret/blocked")},
                                    {QStringLiteral("method"), QStringLiteral("GET")}}}}};
        const QJsonObject versions{
            {QStringLiteral("not_versioned"), true},
            {QStringLiteral("versions"),
             QJsonObject{{QStringLiteral("Default"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")},
                                      {QStringLiteral("use_extended_paths"), true},
                                      {QStringLiteral("extended_paths"), extended}}}}}};
        ws.write(QStringLiteral("apps/api.json"),
                 keylessApi({{QStringLiteral("version_data"), versions}}));
        Gateway gw;
        QVERIFY(gw.start(options(ws, "{\"enable_analytics\": true}")));
        QCOMPARE(gw.get("/an/secret").status, 200);
        // Refused by the black list before the tracking step: recorded with its own path.
        QCOMPARE(gw.get("/an/secret/blocked").status, 403);
        QCOMPARE(gw.get("/an/things/42").status, 200);
        QCOMPARE(gw.send("POST", "/an/things/7", {}, "x").status, 200);

        const QList<Analytics::AnalyticsRecord> records = waitForRecords(3);
        QTest::qWait(300);
        QStringList paths;
        for (const Analytics::AnalyticsRecord &rec : storedRecords())
            paths.append(rec.method + u' ' + rec.path + (rec.trackPath ? u" tracked" : u""));
        paths.sort();
        QCOMPARE(paths, QStringList({QStringLiteral("GET /secret/blocked"),
                                     QStringLiteral("GET /things/{id} tracked"),
                                     QStringLiteral("POST /things/7")}));
    }

    // Policies that fail to apply after an API-level Go step: Tyk's error handler writes
    // nothing (the plugin's writer was handed out), so the client gets an empty 200, while
    // the record it makes says 500.
    void policyFailureAfterAnApiLevelGoStepIsRecordedAs500()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("unknown_policy"));
        const QJsonObject middleware{
            {QStringLiteral("driver"), QStringLiteral("goplugin")},
            {QStringLiteral("pre"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("SetUnknownPolicy")},
                             {QStringLiteral("path"), QStringLiteral("plugins/unknown_policy")}}}}};
        ws.write(QStringLiteral("apps/api.json"),
                 keylessApi({{QStringLiteral("custom_middleware"), middleware}}));
        Gateway gw;
        QVERIFY(gw.start(options(ws, "{\"enable_analytics\": true}")));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/an/get");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.isEmpty(), r.body.constData());
        QCOMPARE(r.headers.value("X-Before-Policy"), QByteArray("1"));

        const QList<Analytics::AnalyticsRecord> records = waitForRecords(1);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().responseCode, 500);
    }

    void analyticsOffKeepsNoRecord()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/api.json"), keylessApi());
        Gateway gw;
        QVERIFY(gw.start(options(ws, "{\"enable_analytics\": false}")));
        QCOMPARE(gw.get("/an/get").status, 200);
        QTest::qWait(600);
        QCOMPARE(storedRecords().size(), 0);
    }

    void goAnalyticsPluginRewritesTheRecord()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("analytics_mask"));
        ws.write(QStringLiteral("apps/api.json"),
                 keylessApi({{QStringLiteral("enable_detailed_recording"), true},
                             {QStringLiteral("analytics_plugin"),
                              QJsonObject{{QStringLiteral("enable"), true},
                                          {QStringLiteral("plugin_path"),
                                           QStringLiteral("plugins/analytics_mask")},
                                          {QStringLiteral("func_name"),
                                           QStringLiteral("MaskPassword")}}}}));
        Gateway gw;
        QVERIFY(gw.start(options(ws, "{\"enable_analytics\": true}")));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r =
            gw.send("POST", "/an/login", {{"Content-Type", "application/json"}},
                    "{\"email\":\"a@b.c\",\"password\":\"secret\"}");
        QCOMPARE(r.status, 200);

        const QList<Analytics::AnalyticsRecord> records = waitForRecords(1);
        if (records.isEmpty()) {
            for (const auto &e : gw.trace.events())
                qWarning("trace: %s %s %s | %s", qPrintable(Trace::toString(e.kind)),
                         qPrintable(e.phase), qPrintable(e.message),
                         e.analyticsRecord.left(80).constData());
        }
        QCOMPARE(records.size(), 1);
        const QByteArray raw = QByteArray::fromBase64(records.first().rawRequest.toLatin1());
        QVERIFY2(raw.contains("\"password\":\"****\""), raw.constData());
        QVERIFY2(!raw.contains("secret"), raw.constData());
        QVERIFY(records.first().tags && records.first().tags->contains(QStringLiteral("masked")));
        QVERIFY(!QByteArray::fromBase64(records.first().rawResponse.toLatin1()).isEmpty());

        // The timeline shows the record before and after the plugin.
        QList<Trace::TraceEvent> analytics;
        for (const auto &e : gw.trace.events())
            if (e.kind == Trace::TraceKind::Analytics)
                analytics.append(e);
        QCOMPARE(analytics.size(), 1);
        QVERIFY(analytics.first().analyticsRecord.contains("raw_request"));
        QVERIFY(!analytics.first().analyticsAfterPlugin.isEmpty());
        QVERIFY(analytics.first().analyticsAfterPlugin.contains("masked"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRecords)
#include "tst_analyticsrecords.moc"
