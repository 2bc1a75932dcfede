// SPDX-License-Identifier: GPL-3.0-or-later
// Expectations of saved requests (what `hookbench-cli test` checks): JSON paths, reading and
// writing the "expect" object, each check passing and failing, "Expect this reply", the JUnit
// report, and the history recording the session events a cacheHit check reads.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "workbench/history/historyrecorder.h"
#include "workbench/testing/expectationchecker.h"
#include "workbench/testing/jsonpath.h"
#include "workbench/testing/junitreport.h"
#include "workbench/testing/requestexpectation.h"
#include "workbench/workspace/workspacedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hb;
using namespace Hb::Ui;

namespace {
// JSON written with ' for " (moc cannot read raw string literals), as in {'status': 200}.
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"'), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

HistoryEntry reply(int status, const QByteArray &body = {})
{
    HistoryEntry e;
    e.response.status = status;
    e.response.body = body;
    e.response.headers.add("Content-Type", "application/json");
    e.response.headers.add("X-Hook", "pre ran");
    e.durationMs = 12.5;
    e.phases = {{"VersionCheck", "continue", 0.1},        {"pre:MyPreHook", "continue", 0.2},
                {"auth_check:MyAuth", "continue", 0.3},   {"post:MyPost", "skipped", 0},
                {"response:MyResponse", "continue", 0.1}, {"response:MyResponse", "continue", 0.1}};
    return e;
}

QList<CheckResult> failed(const QList<CheckResult> &results)
{
    QList<CheckResult> out;
    for (const CheckResult &r : results)
        if (!r.passed)
            out.append(r);
    return out;
}
} // namespace

class tst_RequestExpectation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonPathNamesValuesByKeyIndexAndQuotedKey_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected"); // Undefined: names nothing
        QTest::newRow("root") << "$" << QJsonValue(object("{'a':{'b':[10,20,30]},'c.d':1}"));
        QTest::newRow("key") << "$.a.b" << QJsonValue(QJsonArray{10, 20, 30});
        QTest::newRow("without $") << "a.b[1]" << QJsonValue(20);
        QTest::newRow("last item") << "$.a.b[-1]" << QJsonValue(30);
        QTest::newRow("quoted key with a dot") << "$['c.d']" << QJsonValue(1);
        QTest::newRow("double quotes") << "$[\"a\"][\"b\"][0]" << QJsonValue(10);
        QTest::newRow("missing key") << "$.a.x" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("index past the end") << "$.a.b[3]" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("key of an array") << "$.a.b.c" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("header-like key") << "$.headers.X-Hook" << QJsonValue(QJsonValue::Undefined);
    }
    void jsonPathNamesValuesByKeyIndexAndQuotedKey()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        const auto parsed = JsonPath::parse(path);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        const auto value = parsed->evaluate(object("{'a':{'b':[10,20,30]},'c.d':1}"));
        if (expected.isUndefined())
            QVERIFY(!value);
        else
            QCOMPARE(value.value_or(QJsonValue::Undefined), expected);
    }

    void malformedJsonPathNamesItsColumn_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("column");
        QTest::newRow("empty key") << "$.a..b" << 5;
        QTest::newRow("unclosed bracket") << "$.a[1" << 6;
        QTest::newRow("unclosed quote") << "$['a" << 5;
        QTest::newRow("not an index") << "$.a[x]" << 5;
        QTest::newRow("stray character") << "$.a]" << 4;
    }
    void malformedJsonPathNamesItsColumn()
    {
        QFETCH(QString, path);
        QFETCH(int, column);
        const auto parsed = JsonPath::parse(path);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().where.column, column);
        QVERIFY2(parsed.error().message.contains(path), qPrintable(parsed.error().message));
    }

    void expectationRoundTripsThroughJson()
    {
        const QJsonObject json =
            object("{ 'status': 200, 'headers': [{'name': 'X-Hook', 'equals': 'pre ran'}, {'name': "
                   "'Server', 'matches': '^ng'}, {'name': 'X-Secret', 'absent': true}], 'body': "
                   "{'contains': ['hello', 'world'], 'matches': 'ok\\\\s*true'}, 'json': [{'path': "
                   "'$.args.a', 'equals': ['1']}, {'path': '$.x', 'exists': false}, {'path': "
                   "'$.y'}], 'maxTimeMs': 250, 'pluginCalls': [{'hook': 'MyPreHook', 'times': 2}], "
                   "'cacheHit': false }");
        const auto parsed = RequestExpectation::fromJson(json);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->status.value_or(0), 200);
        QCOMPARE(parsed->headers.size(), 3);
        QVERIFY(parsed->headers.at(2).absent);
        QCOMPARE(parsed->bodyContains, QStringList({"hello", "world"}));
        QCOMPARE(parsed->json.size(), 3);
        QVERIFY(!parsed->json.at(1).exists);
        QCOMPARE(parsed->pluginCalls.at(0).times, 2);
        QCOMPARE(parsed->cacheHit.value_or(true), false);
        QCOMPARE(parsed->toJson(), json);
    }

    void mistakesInAnExpectationAreErrorsNamingWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("typo in a key")
            << QByteArray("{'stauts': 200}") << "expect: unknown key \"stauts\"";
        QTest::newRow("status not a number") << QByteArray("{'status': '200'}") << "expect.status";
        QTest::newRow("status out of range") << QByteArray("{'status': 42}") << "expect.status";
        QTest::newRow("bad regex") << QByteArray("{'headers': [{'name': 'A', 'matches': '('}]}")
                                   << "expect.headers[0].matches";
        QTest::newRow("bad path") << QByteArray("{'json': [{'path': '$.a['}]}")
                                  << "expect.json[0].path";
        QTest::newRow("header without name")
            << QByteArray("{'headers': [{'equals': 'x'}]}") << "expect.headers[0].name";
        QTest::newRow("negative times")
            << QByteArray("{'pluginCalls': [{'hook': 'H', 'times': -1}]}")
            << "expect.pluginCalls[0].times";
        QTest::newRow("cacheHit not a bool")
            << QByteArray("{'cacheHit': 'yes'}") << "expect.cacheHit";
        QTest::newRow("time zero") << QByteArray("{'maxTimeMs': 0}") << "expect.maxTimeMs";
    }
    void mistakesInAnExpectationAreErrorsNamingWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto parsed = RequestExpectation::fromJson(object(json.constData()));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(where), qPrintable(parsed.error().message));
    }

    void everyCheckPassesOnAMatchingReply()
    {
        const auto e = RequestExpectation::fromJson(
            object("{ 'status': 200, 'headers': [{'name': 'x-hook', 'equals': 'pre ran'}, {'name': "
                   "'Content-Type', 'matches': 'json$'}, {'name': 'X-Secret', 'absent': true}], "
                   "'body': {'contains': '\\'a\\'', 'matches': '\\\\[\\\\s*\\'1\\''}, 'json': "
                   "[{'path': '$.args.a[0]', 'equals': '1'}, {'path': '$.missing', 'exists': "
                   "false}], 'maxTimeMs': 100, 'pluginCalls': [{'hook': 'MyPreHook'}, {'hook': "
                   "'auth_check:MyAuth', 'times': 0}, {'hook': 'MyPost', 'times': 0}, {'hook': "
                   "'MyResponse', 'times': 2}], 'cacheHit': true }"));
        QVERIFY(e);
        HistoryEntry outcome = reply(200, "{\"args\": {\"a\": [\"1\"]}}");
        outcome.sessionEvents = {"id_extracted", "cache_hit"};
        const QList<CheckResult> results = ExpectationChecker::check(*e, outcome);
        QCOMPARE(results.size(), 14);
        QVERIFY2(
            ExpectationChecker::allPassed(results),
            qPrintable(failed(results).value(0).check + ": " + failed(results).value(0).message));
    }

    void eachFailedCheckSaysWhatWasExpectedAndWhatCame()
    {
        const auto e = RequestExpectation::fromJson(object(
            "{ 'status': 200, 'headers': [{'name': 'X-Hook', 'equals': 'post ran'}, {'name': "
            "'X-Missing'}, {'name': 'X-Hook', 'absent': true}], 'body': {'contains': ['nope']}, "
            "'json': [{'path': '$.args.a', 'equals': 2}, {'path': '$.args.b'}], 'maxTimeMs': 5, "
            "'pluginCalls': [{'hook': 'MyPreHook', 'times': 2}], 'cacheHit': true }"));
        QVERIFY(e);
        HistoryEntry outcome = reply(500, "{\"args\": {\"a\": 1}}");
        outcome.sessionEvents = {"cache_miss", "plugin_called"};
        const QList<CheckResult> bad = failed(ExpectationChecker::check(*e, outcome));
        QStringList lines;
        for (const CheckResult &r : bad)
            lines.append(r.check + ": " + r.message);
        QCOMPARE(lines,
                 QStringList({
                     "status: expected 200, got 500",
                     "header X-Hook: expected \"post ran\", got \"pre ran\"",
                     "header X-Missing: the reply has no X-Missing header",
                     "header X-Hook: expected no X-Hook header, got \"pre ran\"",
                     "body contains \"nope\": not found in the body: {\"args\": {\"a\": 1}}",
                     "json $.args.a: expected 2, got 1",
                     "json $.args.b: the path names nothing",
                     "time: took 12.5 ms, more than 5.0 ms",
                     "plugin MyPreHook called: expected 2 call(s), got 1",
                     "cache hit: the ID extractor's cache did not answer (the auth plugin ran)",
                 }));
    }

    void jsonChecksOnABodyThatIsNotJsonFailWithTheParseError()
    {
        const auto e = RequestExpectation::fromJson(object("{'json': [{'path': '$.a'}]}"));
        QVERIFY(e);
        const QList<CheckResult> results = ExpectationChecker::check(*e, reply(200, "<html>"));
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.at(0).passed);
        QVERIFY2(results.at(0).message.startsWith("the body is not JSON"),
                 qPrintable(results.at(0).message));
    }

    void expectThisReplyKeepsStatusHookCountsAndCacheOutcome()
    {
        HistoryEntry outcome = reply(403);
        outcome.sessionEvents = {"id_extracted", "cache_hit"};
        const RequestExpectation e = RequestExpectation::fromReply(outcome);
        QCOMPARE(e.toJson(),
                 object("{ 'status': 403, 'pluginCalls': [{'hook': 'pre:MyPreHook', 'times': 1}, "
                        "{'hook': 'response:MyResponse', 'times': 2}], 'cacheHit': true }"));
        // And the reply it was made from passes it.
        QVERIFY(ExpectationChecker::allPassed(ExpectationChecker::check(e, outcome)));
        // Without the cache the auth plugin ran, and is expected to.
        outcome.sessionEvents.clear();
        const RequestExpectation uncached = RequestExpectation::fromReply(outcome);
        QVERIFY(!uncached.cacheHit.has_value());
        QCOMPARE(uncached.pluginCalls.size(), 3);
        QCOMPARE(uncached.pluginCalls.at(1).hook, "auth_check:MyAuth");
    }

    void savedRequestKeepsItsExpectationAsWrittenInTheWorkspaceFile()
    {
        WorkspaceData data;
        SavedRequest r;
        r.name = "checked";
        r.url = "/keyless/get";
        // Even one that does not read as an expectation: the test run reports it, the
        // workspace never drops it.
        r.expect = object("{'status': 200, 'stauts': 201}");
        data.savedRequests = {r};
        const auto back = WorkspaceData::parse(data.serialize());
        QVERIFY(back);
        QCOMPARE(back->savedRequests.at(0).expect, r.expect);
        SavedRequest plain;
        QVERIFY(!plain.toJson().contains("expect"));
    }

    void historyRecordsTheSessionEventsOfItsRequest()
    {
        HistoryRecorder recorder;
        QList<HistoryEntry> recorded;
        connect(&recorder, &HistoryRecorder::entryRecorded, this,
                [&recorded](const HistoryEntry &e) { recorded.append(e); });
        auto event = [](Trace::TraceKind kind, quint64 id, const char *phase = "") {
            Trace::TraceEvent e;
            e.kind = kind;
            e.requestId = id;
            e.phase = QString::fromLatin1(phase);
            return e;
        };
        Http::HttpRequest request;
        request.method = "GET";
        request.target = "/auth/get";
        Trace::TraceEvent started = event(Trace::TraceKind::RequestStarted, 7);
        started.requestBefore = request;
        recorder.addEvents({started, event(Trace::TraceKind::Session, 7, "id_extracted"),
                            event(Trace::TraceKind::Session, 8, "cache_miss"),
                            event(Trace::TraceKind::Session, 7, "cache_hit"),
                            event(Trace::TraceKind::RequestFinished, 7)});
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).sessionEvents, QStringList({"id_extracted", "cache_hit"}));
        const HistoryEntry back = HistoryEntry::fromJson(recorded.at(0).toJson());
        QCOMPARE(back.sessionEvents, recorded.at(0).sessionEvents);
    }

    void junitReportCountsFailuresErrorsAndSkipsAndListsFailedChecks()
    {
        RequestTestResult pass{"passes", "GET", "/a", 10, 200, {{"status", true, {}}}, {}, false};
        RequestTestResult fail{"fails & <breaks>",
                               "POST",
                               "/b",
                               20,
                               500,
                               {{"status", false, "expected 200, got 500"},
                                {"json $.a", false, "the path names nothing"}},
                               {},
                               false};
        RequestTestResult error{"errors", "GET", "/c", 0, 0, {}, "expect: unknown key \"x\"",
                                false};
        RequestTestResult skip{"skipped", "GET", "/d", 1, 200, {}, {}, true};
        const QByteArray xml = JUnitReport::write("workspace", {pass, fail, error, skip});
        QXmlStreamReader reader(xml);
        QStringList seen;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = reader.attributes();
            if (reader.name() == u"testsuite") {
                QCOMPARE(a.value("tests"), u"4");
                QCOMPARE(a.value("failures"), u"1");
                QCOMPARE(a.value("errors"), u"1");
                QCOMPARE(a.value("skipped"), u"1");
                QCOMPARE(a.value("time"), u"0.031");
            } else if (reader.name() == u"testcase") {
                seen.append(a.value("name").toString());
            } else if (reader.name() == u"failure") {
                QCOMPARE(a.value("message"), u"status: expected 200, got 500");
                QCOMPARE(reader.readElementText(), "POST /b -> 500\nstatus: expected 200, got 500\n"
                                                   "json $.a: the path names nothing");
            } else if (reader.name() == u"error") {
                QCOMPARE(a.value("message"), u"expect: unknown key \"x\"");
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(seen, QStringList({"passes", "fails & <breaks>", "errors", "skipped"}));
    }
};

QTEST_GUILESS_MAIN(tst_RequestExpectation)
#include "tst_requestexpectation.moc"
