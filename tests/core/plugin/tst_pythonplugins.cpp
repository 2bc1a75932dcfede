// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk Python plugins in the real engine: CPython embedded, bundles on disk, requests over
// real HTTP on loopback, the memory store and a real redis-server.
#include "tests/core/plugin/plugintestkit.h"
#include "core/bundle/bundlebuilder.h"
#include "core/plugin/python/pythondriver.h"

#include <google/protobuf/util/message_differencer.h>
#include "tests/support/redisserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>

using namespace Hb;
using namespace Hb::Test;

namespace {

const QByteArray authPlugin = "from tyk.decorators import *\n"
                              "from gateway import TykGateway as tyk\n"
                              "import time\n"
                              "calls = 0\n"
                              "@Hook\n"
                              "def FirstCallOnly(request, session, metadata, spec):\n"
                              "    global calls\n"
                              "    calls += 1\n"
                              "    tyk.log('auth call %d' % calls, 'info')\n"
                              "    if calls == 1:\n"
                              "        session.rate = 1000.0\n"
                              "        session.per = 1.0\n"
                              "        session.quota_max = -1\n"
                              "        session.id_extractor_deadline = int(time.time()) + 60\n"
                              "        metadata['token'] = 'granted'\n"
                              "    return request, session, metadata\n";

} // namespace

class TestPythonPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleBundleRunsEveryHookOverHttp()
    {
        Setup::EngineOptions o;
        const QString samples = qEnvironmentVariable("HOOKBENCH_SAMPLES");
        o.appsDir = samples + QStringLiteral("/workspace/apps");
        o.bundlesDir = samples + QStringLiteral("/workspace/bundles");
        QTemporaryDir cache;
        o.bundleCacheDir = cache.path();
        Gateway gw;
        QVERIFY(gw.start(o));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse r = gw.get("/python/get", {{"Authorization", "sample-token"}});
        QCOMPARE(r.status, 200);
        const QJsonObject h = echoedHeaders(r);
        QCOMPARE(h.value(QStringLiteral("X-Sample-Pre")).toString(), QStringLiteral("1"));
        QCOMPARE(h.value(QStringLiteral("X-Sample-User")).toString(),
                 QStringLiteral("sample user"));
        QCOMPARE(h.value(QStringLiteral("X-Sample-Post")).toString(), QStringLiteral("1"));
        QCOMPARE(h.value(QStringLiteral("X-Sample-Greeting")).toString(),
                 QStringLiteral("hello from config_data"));
        QCOMPARE(r.headers.value("X-Sample-Response"), QByteArray("1"));

        // Module-level state persists between calls.
        const Http::HttpResponse second =
            gw.get("/python/get", {{"Authorization", "sample-token"}});
        QCOMPARE(second.status, 200);
        QCOMPARE(echoedHeaders(second).value(QStringLiteral("X-Sample-Post")).toString(),
                 QStringLiteral("2"));

        const Http::HttpResponse refused = gw.get("/python/get", {{"Authorization", "wrong"}});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains("Forbidden"));

        const Http::HttpResponse denied =
            gw.get("/python/get?deny=1", {{"Authorization", "sample-token"}});
        QCOMPARE(denied.status, 403);
        QVERIFY(denied.body.contains("denied by the pre hook"));
    }

    void returnOverridesFollowTyksTable_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("overrideError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        const QByteArray json = "{\"foo\": \"bar\"}";
        const QByteArray templ = "{\n    \"error\": \"{\\\"foo\\\": \\\"bar\\\"}\"\n}";
        QTest::newRow("200 error text is a raw body")
            << 200 << QStringLiteral("response_error") << false << 200 << json;
        QTest::newRow("200 body") << 200 << QStringLiteral("response_body") << false << 200
                                  << QByteArray("foobar");
        QTest::newRow("400 error uses the template")
            << 400 << QStringLiteral("response_error") << false << 400 << templ;
        QTest::newRow("400 body uses the template")
            << 400 << QStringLiteral("response_body") << false << 400
            << QByteArray("{\n    \"error\": \"foobar\"\n}");
        QTest::newRow("401 error uses the template")
            << 401 << QStringLiteral("response_error") << false << 401 << templ;
        QTest::newRow("400 override_error raw")
            << 400 << QStringLiteral("response_error") << true << 400 << json;
        QTest::newRow("400 override_error body raw")
            << 400 << QStringLiteral("response_body") << true << 400 << QByteArray("foobar");
        QTest::newRow("401 override_error raw")
            << 401 << QStringLiteral("response_error") << true << 401 << json;
    }
    void returnOverridesFollowTyksTable()
    {
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(bool, overrideError);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        Workspace ws;
        const QByteArray value = field == u"response_error" ? "'{\"foo\": \"bar\"}'" : "'foobar'";
        ws.bundle(
            QStringLiteral("override"),
            "from tyk.decorators import *\n"
            "@Hook\n"
            "def Override(request, response, session, metadata, spec):\n"
            "    request.object.return_overrides.response_code = " +
                QByteArray::number(code) +
                "\n"
                "    request.object.return_overrides." +
                field.toUtf8() + " = " + value +
                "\n"
                "    request.object.return_overrides.headers['X-Foo'] = 'Bar'\n"
                "    request.object.return_overrides.headers['Content-Type'] = 'text/x-mine'\n"
                "    request.object.return_overrides.override_error = " +
                (overrideError ? "True" : "False") +
                "\n"
                "    return request, session\n",
            "\"pre\": [{\"name\": \"Override\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("o"), QStringLiteral("/o/"), QStringLiteral("override")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/o/x");
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        QCOMPARE(r.headers.value("X-Foo"), QByteArray("Bar"));
        // Through Tyk's error template its Content-Type wins; a raw reply keeps the plugin's.
        const bool templated = body.startsWith("{\n    \"error\"");
        QCOMPARE(r.headers.value("Content-Type"),
                 templated ? QByteArray("application/json") : QByteArray("text/x-mine"));
    }

    void hookThatRaisesAnswers500AndReportsTheTraceback()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("raises"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Broken(request, session, spec):\n"
                  "    x = 1\n"
                  "    raise ValueError('bad thing')\n",
                  "\"pre\": [{\"name\": \"Broken\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("r"), QStringLiteral("/r/"), QStringLiteral("raises")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/r/x");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"Middleware error\"\n}"));
        const auto events = gw.phaseEvents(QStringLiteral("pre:Broken"));
        QCOMPARE(events.size(), 1);
        QVERIFY2(events[0].message.contains(u"Hook 'Broken' returned an error: bad thing"),
                 qPrintable(events[0].message));
        QVERIFY(events[0].where.file.endsWith(u"middleware.py"));
        QCOMPARE(events[0].where.line, 5);
        QVERIFY(gw.logs().join(u'\n').contains(u"ValueError: bad thing"));
        // The engine goes on.
        QCOMPARE(gw.get("/r/x").status, 500);
    }

    void runawayHookIsStoppedAndTheInterpreterStaysUsable()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("loops"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Spin(request, session, spec):\n"
                  "    if request.object.params.get('spin') == '1':\n"
                  "        while True:\n"
                  "            pass\n"
                  "    request.add_header('X-Fine', 'yes')\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Spin\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("l"), QStringLiteral("/l/"), QStringLiteral("loops")));
        Gateway gw;
        QVERIFY(gw.start(ws.options(300)));
        QElapsedTimer timer;
        timer.start();
        const Http::HttpResponse r = gw.get("/l/x?spin=1");
        QCOMPARE(r.status, 500);
        QVERIFY2(timer.elapsed() < 5000, "the runaway hook was not stopped within its budget");
        const auto events = gw.phaseEvents(QStringLiteral("pre:Spin"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"300 ms"), qPrintable(events.last().message));
        // The interrupted interpreter serves the next call.
        const Http::HttpResponse ok = gw.get("/l/x");
        QCOMPARE(ok.status, 200);
        QCOMPARE(echoedHeaders(ok).value(QStringLiteral("X-Fine")).toString(),
                 QStringLiteral("yes"));
    }

    // A hook blocked in C (time.sleep) runs no bytecode: the budget must still end it, so the
    // next call does not wait behind the sleep.
    void hookBlockedInSleepIsStoppedAndTheInterpreterStaysUsable()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("sleeps"),
                  "import time\n"
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Nap(request, session, spec):\n"
                  "    if request.object.params.get('nap') == '1':\n"
                  "        time.sleep(60)\n"
                  "    request.add_header('X-Awake', 'yes')\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Nap\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("n"), QStringLiteral("/n/"), QStringLiteral("sleeps")));
        Gateway gw;
        QVERIFY(gw.start(ws.options(300)));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(gw.get("/n/x?nap=1").status, 500);
        const Http::HttpResponse ok = gw.get("/n/x");
        QCOMPARE(ok.status, 200);
        QCOMPARE(echoedHeaders(ok).value(QStringLiteral("X-Awake")).toString(),
                 QStringLiteral("yes"));
        QVERIFY2(timer.elapsed() < 5000, "the next call waited behind the sleeping hook");
    }

    void syntaxErrorIsReportedAtLoadWithFileAndLine()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("syntax"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Pre(request, session, spec)\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Pre\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("s"), QStringLiteral("/s/"), QStringLiteral("syntax")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"middleware.py:3"), qPrintable(all));
        QVERIFY2(all.contains(u"SyntaxError"), qPrintable(all));
        // As in Tyk, the API is served and its hooks fail.
        QCOMPARE(gw.get("/s/x").status, 500);
    }

    void missingHookIsALoadErrorNamingIt()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("missing"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Present(request, session, spec):\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Present\"}, {\"name\": \"Absent\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("m"), QStringLiteral("/m/"), QStringLiteral("missing")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"Hook is not defined: Absent"), qPrintable(all));
        const Http::HttpResponse r = gw.get("/m/x");
        QCOMPARE(r.status, 500);
        QVERIFY(gw.phaseEvents(QStringLiteral("pre:Absent")).value(0).message.contains(u"Absent"));
    }

    void reloadPicksUpChangedCodeWhileStateOfUnchangedBundlesStays()
    {
        Workspace ws;
        const QByteArray v1 = "from tyk.decorators import *\n"
                              "n = 0\n"
                              "@Hook\n"
                              "def Tag(request, session, spec):\n"
                              "    global n\n"
                              "    n += 1\n"
                              "    request.add_header('X-Version', 'one-%d' % n)\n"
                              "    return request, session\n";
        ws.bundle(QStringLiteral("changing"), v1, "\"pre\": [{\"name\": \"Tag\"}]");
        ws.bundle(QStringLiteral("steady"), QByteArray(v1).replace("one", "steady"),
                  "\"pre\": [{\"name\": \"Tag\"}]");
        ws.write(QStringLiteral("apps/a.json"),
                 apiJson(QStringLiteral("a"), QStringLiteral("/a/"), QStringLiteral("changing")));
        ws.write(QStringLiteral("apps/b.json"),
                 apiJson(QStringLiteral("b"), QStringLiteral("/b/"), QStringLiteral("steady")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        auto tag = [&](const QByteArray &path) {
            return echoedHeaders(gw.get(path)).value(QStringLiteral("X-Version")).toString();
        };
        QCOMPARE(tag("/a/x"), QStringLiteral("one-1"));
        QCOMPARE(tag("/b/x"), QStringLiteral("steady-1"));
        ws.bundle(QStringLiteral("changing"), QByteArray(v1).replace("one", "two"),
                  "\"pre\": [{\"name\": \"Tag\"}]");
        QVERIFY(gw.setup().reload().ok());
        QCOMPARE(tag("/a/x"), QStringLiteral("two-1"));
        QCOMPARE(tag("/b/x"), QStringLiteral("steady-2"));
    }

    void twoBundlesDoNotSeeEachOthersModules()
    {
        Workspace ws;
        const QByteArray main = "from tyk.decorators import *\n"
                                "import helper\n"
                                "@Hook\n"
                                "def Who(request, session, spec):\n"
                                "    request.add_header('X-Who', helper.NAME)\n"
                                "    return request, session\n";
        ws.bundle(QStringLiteral("first"), main, "\"pre\": [{\"name\": \"Who\"}]",
                  {{QStringLiteral("helper.py"), "NAME = 'first'\n"}});
        ws.bundle(QStringLiteral("second"), main, "\"pre\": [{\"name\": \"Who\"}]",
                  {{QStringLiteral("helper.py"), "NAME = 'second'\n"}});
        ws.write(QStringLiteral("apps/a.json"),
                 apiJson(QStringLiteral("a"), QStringLiteral("/a/"), QStringLiteral("first")));
        ws.write(QStringLiteral("apps/b.json"),
                 apiJson(QStringLiteral("b"), QStringLiteral("/b/"), QStringLiteral("second")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        QCOMPARE(echoedHeaders(gw.get("/a/x")).value(QStringLiteral("X-Who")).toString(),
                 QStringLiteral("first"));
        QCOMPARE(echoedHeaders(gw.get("/b/x")).value(QStringLiteral("X-Who")).toString(),
                 QStringLiteral("second"));
    }

    void requestChangesReachTheUpstream()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("edits"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Edit(request, session, spec):\n"
                  "    assert request.get_header('X-Remove') == 'me'\n"
                  "    assert request.get_header('x-remove') is None\n"
                  "    request.delete_header('X-Remove')\n"
                  "    request.add_header('X-Added', request.object.method)\n"
                  "    request.add_param('added', 'yes')\n"
                  "    request.delete_param('gone')\n"
                  "    request.object.raw_body = b'new body'\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Edit\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("e"), QStringLiteral("/e/"), QStringLiteral("edits")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r =
            gw.send("POST", "/e/x?gone=1&kept=2", {{"X-Remove", "me"}}, "old body");
        QCOMPARE(r.status, 200);
        const QJsonObject echo = QJsonDocument::fromJson(r.body).object();
        const QJsonObject h = echo.value(QStringLiteral("headers")).toObject();
        QVERIFY(!h.contains(QStringLiteral("X-Remove")));
        QCOMPARE(h.value(QStringLiteral("X-Added")).toString(), QStringLiteral("POST"));
        const QJsonObject args = echo.value(QStringLiteral("args")).toObject();
        QCOMPARE(args.value(QStringLiteral("added")).toString(), QStringLiteral("yes"));
        QCOMPARE(args.value(QStringLiteral("kept")).toString(), QStringLiteral("2"));
        QVERIFY(!args.contains(QStringLiteral("gone")));
        QCOMPARE(echo.value(QStringLiteral("data")).toString(), QStringLiteral("new body"));
    }

    // On Debian's python3-protobuf (C++ backend, the same libprotobuf as the engine) hooks
    // get the engine's Object in memory; encoding it as Tyk does would be a silent slowdown.
    void hooksGetTheObjectWithoutEncodingOnDebiansProtobuf()
    {
        QObject context;
        Plugin::PythonDriver driver(&context, Plugin::PythonDriverOptions{});
        QVERIFY2(driver.objectEncodingReason().isEmpty(),
                 qPrintable(driver.objectEncodingReason()));
    }

    // The in-memory handoff and Tyk's bytes-and-parse path give the engine the same Object
    // back, for a hook that changes the request, the session and its metadata.
    void handedOverAndEncodedObjectsComeBackTheSame()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("middleware.py"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from tyk.decorators import *\n"
                "@Hook\n"
                "def Edit(request, session, metadata, spec):\n"
                "    request.add_header('X-Added', spec['api_id'])\n"
                "    request.delete_header('X-Gone')\n"
                "    request.add_param('p', request.get_header('X-Kept'))\n"
                "    request.object.body = 'changed'\n"
                "    session.rate = 7.0\n"
                "    metadata['token'] = 'abc'\n"
                "    return request, session, metadata\n");
        f.close();
        Plugin::PluginCode code;
        code.language = QStringLiteral("python");
        code.moduleId = QStringLiteral("handoff");
        code.directory = dir.path();
        code.files = {file};
        code.hookNames = {QStringLiteral("Edit")};

        coprocess::Object in;
        in.set_hook_name("Edit");
        in.set_hook_type(coprocess::CustomKeyCheck);
        auto &headers = *in.mutable_request()->mutable_headers();
        for (int i = 0; i < 10; ++i)
            headers["X-Header-" + std::to_string(i)] = "value " + std::to_string(i);
        headers["X-Gone"] = "1";
        headers["X-Kept"] = "kept";
        in.mutable_request()->set_body("original");
        in.mutable_request()->set_url("/x?a=1");
        in.mutable_session()->set_rate(1.0);
        (*in.mutable_spec())["api_id"] = "api-1";

        QList<coprocess::Object> replies;
        for (const bool encode : {false, true}) {
            QObject context;
            Plugin::PythonDriverOptions options;
            options.encodeObjects = encode;
            Plugin::PythonDriver driver(&context, options);
            auto module = driver.load(code, nullptr);
            QVERIFY2(module, qPrintable(module ? QString() : module.error().toString()));
            Plugin::HookCall call;
            call.object = in;
            std::optional<Plugin::HookReply> reply;
            driver.call(*module, std::move(call),
                        [&reply](Plugin::HookReply r) { reply = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
            QVERIFY2(reply->object,
                     qPrintable(reply->object ? QString() : reply->object.error().message));
            replies.append(*reply->object);
        }
        const coprocess::Object &handedOver = replies[0];
        QCOMPARE(handedOver.request().set_headers().at("X-Added"), std::string("api-1"));
        QCOMPARE(handedOver.request().add_params().at("p"), std::string("kept"));
        QCOMPARE(handedOver.request().body(), std::string("changed"));
        QCOMPARE(handedOver.session().rate(), 7.0);
        QCOMPARE(handedOver.session().metadata().at("token"), std::string("abc"));
        QCOMPARE(handedOver.request().headers().size(), size_t(12));
        QVERIFY2(google::protobuf::util::MessageDifferencer::Equals(handedOver, replies[1]),
                 (handedOver.DebugString() + "\n----\n" + replies[1].DebugString()).c_str());
    }

    // A plugin may keep its request (or any part of the Object) in a global. It keeps a
    // copy of its own: reading it later shows that call's values, changing it later
    // reaches no request, and the engine frees its own Object safely.
    void aRequestKeptAfterItsCallIsTheHooksOwnCopy()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("keeper"),
                  "from tyk.decorators import *\n"
                  "kept = []\n"
                  "@Hook\n"
                  "def Keep(request, session, spec):\n"
                  "    if kept:\n"
                  "        old_request, old_headers = kept[-1]\n"
                  "        request.add_header('X-Previous', old_request.get_header('X-Call'))\n"
                  "        request.add_header('X-Previous-Map', old_headers['X-Call'])\n"
                  "        old_request.add_header('X-Late', 'too late')\n"
                  "    kept.append((request, request.object.headers))\n"
                  "    request.add_header('X-Seen', request.get_header('X-Call'))\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Keep\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("k"), QStringLiteral("/k/"), QStringLiteral("keeper")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        for (int call = 1; call <= 3; ++call) {
            const Http::HttpResponse r =
                gw.send("GET", "/k/x", {{"X-Call", QByteArray::number(call)}}, {});
            QCOMPARE(r.status, 200);
            const QJsonObject h = QJsonDocument::fromJson(r.body)
                                      .object()
                                      .value(QStringLiteral("headers"))
                                      .toObject();
            QCOMPARE(h.value(QStringLiteral("X-Seen")).toString(), QString::number(call));
            QVERIFY(!h.contains(QStringLiteral("X-Late")));
            if (call > 1) {
                QCOMPARE(h.value(QStringLiteral("X-Previous")).toString(),
                         QString::number(call - 1));
                QCOMPARE(h.value(QStringLiteral("X-Previous-Map")).toString(),
                         QString::number(call - 1));
            }
        }
    }

    // request_uri is the request-target the client sent (Go's RequestURI): a pre hook that
    // changes `url` leaves it alone for the hooks after it.
    void requestUriStaysTheClientsAfterAHookChangesTheUrl()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("uri"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Move(request, session, spec):\n"
                  "    request.object.url = '/u/moved'\n"
                  "    return request, session\n"
                  "@Hook\n"
                  "def Look(request, session, spec):\n"
                  "    request.add_header('X-Uri', request.object.request_uri)\n"
                  "    request.add_header('X-Url', request.object.url)\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Move\"}, {\"name\": \"Look\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("u"), QStringLiteral("/u/"), QStringLiteral("uri")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QJsonObject h = echoedHeaders(gw.get("/u/first?a=1"));
        QCOMPARE(h.value(QStringLiteral("X-Uri")).toString(), QStringLiteral("/u/first?a=1"));
        QCOMPARE(h.value(QStringLiteral("X-Url")).toString(), QStringLiteral("/u/moved?a=1"));
    }

    void responseHookReplacesStatusHeadersAndBody()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("resp"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Resp(request, response, session, metadata, spec):\n"
                  "    response.status_code = 201\n"
                  "    response.raw_body = b'replaced'\n"
                  "    response.headers['X-Plugin'] = '1'\n"
                  "    h = response.multivalue_headers.add()\n"
                  "    h.key = 'Set-Cookie'\n"
                  "    h.values.append('a=1')\n"
                  "    h.values.append('b=2')\n"
                  "    response.headers['Set-Cookie'] = 'a=1'\n"
                  "    return response\n",
                  "\"response\": [{\"name\": \"Resp\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("p"), QStringLiteral("/p/"), QStringLiteral("resp")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/p/x");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body, QByteArray("replaced"));
        QCOMPARE(r.headers.value("X-Plugin"), QByteArray("1"));
        QCOMPARE(r.headers.values("Set-Cookie"), (QList<QByteArray>{"a=1", "b=2"}));
    }

    void storeDataAndGetDataShareValues()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("data"),
                  "from tyk.decorators import *\n"
                  "from gateway import TykGateway as tyk\n"
                  "@Hook\n"
                  "def Data(request, session, spec):\n"
                  "    previous = tyk.get_data('visits')\n"
                  "    count = int(previous or b'0') + 1\n"
                  "    tyk.store_data('visits', str(count), 0)\n"
                  "    request.add_header('X-Visits', str(count))\n"
                  "    request.add_header('X-Type', type(previous).__name__)\n"
                  "    return request, session\n",
                  "\"pre\": [{\"name\": \"Data\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("d"), QStringLiteral("/d/"), QStringLiteral("data")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(echoedHeaders(gw.get("/d/x")).value(QStringLiteral("X-Visits")).toString(),
                 QStringLiteral("1"));
        const QJsonObject h = echoedHeaders(gw.get("/d/x"));
        QCOMPARE(h.value(QStringLiteral("X-Visits")).toString(), QStringLiteral("2"));
        QCOMPARE(h.value(QStringLiteral("X-Type")).toString(), QStringLiteral("bytes"));
    }

    // Tyk merges a four-parameter hook's returned metadata into the returned session with
    // protobuf's MergeFrom: the map itself works, a plain dict is an error.
    void returnedMetadataIsMergedAsTykMergesIt()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("merge"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Auth(request, session, metadata, spec):\n"
                  "    tok = request.get_header('Authorization')\n"
                  "    session.rate = 1000.0\n"
                  "    session.per = 1.0\n"
                  "    session.quota_max = -1\n"
                  "    if tok == 'as-dict':\n"
                  "        return request, session, {'token': tok}\n"
                  "    metadata['token'] = tok\n"
                  "    return request, session, metadata\n",
                  "\"auth_check\": {\"name\": \"Auth\"}");
        ws.write(
            QStringLiteral("apps/api.json"),
            apiJson(QStringLiteral("m"), QStringLiteral("/m/"), QStringLiteral("merge"), true));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/m/x", {{"Authorization", "as-map"}}).status, 200);
        QCOMPARE(gw.get("/m/x", {{"Authorization", "as-dict"}}).status, 403);
        QVERIFY2(gw.logs().join(u'\n').contains(u"Not a map field"),
                 qPrintable(gw.logs().join(u'\n')));
    }

    void authWithoutExtractorStoresTheSessionUnderTheToken()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("auth"),
                  "from tyk.decorators import *\n"
                  "@Hook\n"
                  "def Auth(request, session, metadata, spec):\n"
                  "    tok = request.get_header('Authorization')\n"
                  "    if tok == 'valid_token':\n"
                  "        session.rate = 1000.0\n"
                  "        session.per = 1.0\n"
                  "        session.quota_max = 1\n"
                  "        session.quota_renewal_rate = 60\n"
                  "        metadata['token'] = tok\n"
                  "    return request, session, metadata\n",
                  "\"auth_check\": {\"name\": \"Auth\"}");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("t"), QStringLiteral("/t/"), QStringLiteral("auth"), true));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/t/x", {{"Authorization", "valid_token"}}).status, 200);
        QCOMPARE(gw.get("/t/x", {{"Authorization", "invalid"}}).status, 403);
        // quota_max 1: the stored counter carries over, the second request is over quota.
        const Http::HttpResponse over = gw.get("/t/x", {{"Authorization", "valid_token"}});
        QCOMPARE(over.status, 403);
        QVERIFY(over.body.contains("Quota exceeded"));
        // Stored under the raw token: the Gateway API finds and deletes it.
        const Http::HttpResponse del =
            gw.send("DELETE", "/tyk/keys/valid_token",
                    {{"X-Tyk-Authorization", "352d20ee67be67f6340b4c0605b044b7"}});
        QCOMPARE(del.status, 200);
        QVERIFY(del.body.contains("\"action\":\"deleted\""));
    }

    void signedZipBundleLoadsAndATamperedOneIsRefused()
    {
        Workspace ws;
        // Sources outside bundles/: only the built zip goes there.
        ws.write(QStringLiteral("src/middleware.py"),
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Zipped(request, session, spec):\n"
                 "    request.add_header('X-From-Zip', 'yes')\n"
                 "    return request, session\n");
        ws.write(QStringLiteral("src/manifest.json"),
                 "{\"file_list\": [\"middleware.py\"], \"custom_middleware\": {\"driver\": "
                 "\"python\", \"pre\": [{\"name\": \"Zipped\"}]}}");
        const QString key = ws.path(QStringLiteral("private.pem"));
        const QString pub = ws.path(QStringLiteral("public.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("genrsa"), QStringLiteral("-out"), key,
                                    QStringLiteral("2048")}),
                 0);
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("rsa"), QStringLiteral("-in"), key,
                                    QStringLiteral("-pubout"), QStringLiteral("-out"), pub}),
                 0);
        Bundle::BuildOptions build;
        build.manifestPath = ws.path(QStringLiteral("src/manifest.json"));
        build.outputPath = ws.path(QStringLiteral("bundles/signed.zip"));
        build.privateKeyPath = key;
        QVERIFY(Bundle::BundleBuilder::build(build).ok());
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("z"), QStringLiteral("/z/"), QStringLiteral("signed.zip")));
        ws.write(QStringLiteral("tyk.conf"),
                 "{\"public_key_path\": \"public.pem\", \"app_path\": \"apps/\"}");
        Setup::EngineOptions options = ws.options();
        options.configFile = ws.path(QStringLiteral("tyk.conf"));
        {
            Gateway gw;
            QVERIFY(gw.start(options));
            QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
            QCOMPARE(echoedHeaders(gw.get("/z/x")).value(QStringLiteral("X-From-Zip")).toString(),
                     QStringLiteral("yes"));
        }
        // Change the code after signing: the checksum no longer matches; Tyk does not load
        // the API, and neither do we.
        ws.write(QStringLiteral("src/middleware.py"), "raise SystemExit('tampered')\n");
        build.privateKeyPath.clear();
        QVERIFY(Bundle::BundleBuilder::build(build).ok()); // unsigned now
        Gateway gw;
        QVERIFY(gw.start(options));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"isn't signed"), qPrintable(all));
        QCOMPARE(gw.get("/z/x").status, 404);
    }

    void pythonNamedByPathsLoadsWithoutABundle()
    {
        Workspace ws;
        ws.write(QStringLiteral("apps/plugins/hooks.py"),
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def ByPath(request, session, spec):\n"
                 "    request.add_header('X-By-Path', 'yes')\n"
                 "    return request, session\n");
        QJsonObject api =
            QJsonDocument::fromJson(apiJson(QStringLiteral("p"), QStringLiteral("/p/"), QString()))
                .object();
        api.insert(
            QStringLiteral("custom_middleware"),
            QJsonObject{{QStringLiteral("driver"), QStringLiteral("python")},
                        {QStringLiteral("pre"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("name"), QStringLiteral("ByPath")},
                             {QStringLiteral("path"), QStringLiteral("plugins/hooks.py")}}}}});
        ws.write(QStringLiteral("apps/api.json"), QJsonDocument(api).toJson());
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        QCOMPARE(echoedHeaders(gw.get("/p/x")).value(QStringLiteral("X-By-Path")).toString(),
                 QStringLiteral("yes"));
    }

    // Tyk's Python ID-extractor test, for every source and mode over real HTTP, with both
    // stores: the plugin grants only on its first call, so a second request with the same id
    // passes only if the cache serves it, and a request with another id is refused.
    void everySourceAndModeCachesByTheExtractedId_data()
    {
        QTest::addColumn<bool>("redis");
        QTest::addColumn<QByteArray>("extractor");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("first"); // target|header|body for the granted id
        QTest::addColumn<QByteArray>("other"); // the same for another id
        QTest::addColumn<bool>("shared");      // Tyk maps every request to one entry
        const QByteArray header = "\"extract_from\": \"header\", \"extractor_config\": "
                                  "{\"header_name\": \"X-Id\"";
        const QByteArray form = "\"extract_from\": \"form\", \"extractor_config\": "
                                "{\"param_name\": \"id\"";
        const QByteArray body = "\"extract_from\": \"body\", \"extractor_config\": {";
        for (const bool redis : {false, true}) {
            const char *store = redis ? " (redis)" : " (memory)";
            auto row = [&](const char *name) {
                const QByteArray tag = QByteArray(name) + store;
                return &QTest::newRow(tag.constData());
            };
            *row("header value") << redis << header + "}, \"extract_with\": \"value\""
                                 << QByteArray("GET") << QByteArray("/c/x|X-Id: abc|")
                                 << QByteArray("/c/x|X-Id: xyz|") << false;
            *row("header regex")
                << redis
                << header + ", \"regex_expression\": \"[0-9]+\", \"regex_match_index\": 0}, "
                            "\"extract_with\": \"regex\""
                << QByteArray("GET") << QByteArray("/c/x|X-Id: user-123|")
                << QByteArray("/c/x|X-Id: user-456|") << false;
            *row("header xpath")
                << redis
                << header + ", \"xpath_expression\": \"//id\"}, \"extract_with\": \"xpath\""
                << QByteArray("GET") << QByteArray("/c/x|X-Id: <a><id>1</id></a>|")
                << QByteArray("/c/x|X-Id: <a><id>2</id></a>|") << false;
            *row("form value (query)")
                << redis << form + "}, \"extract_with\": \"value\"" << QByteArray("GET")
                << QByteArray("/c/x?id=abc||") << QByteArray("/c/x?id=xyz||") << false;
            *row("form value (body)")
                << redis << form + "}, \"extract_with\": \"value\"" << QByteArray("POST")
                << QByteArray("/c/x||id=abc") << QByteArray("/c/x||id=xyz") << false;
            *row("form regex")
                << redis
                << form + ", \"regex_expression\": \"[a-z]+$\"}, \"extract_with\": \"regex\""
                << QByteArray("GET") << QByteArray("/c/x?id=1-abc||")
                << QByteArray("/c/x?id=1-xyz||") << false;
            *row("body regex")
                << redis
                << body + "\"regex_expression\": \"key=[a-z]+\"}, \"extract_with\": \"regex\""
                << QByteArray("POST") << QByteArray("/c/x||key=abc") << QByteArray("/c/x||key=xyz")
                << false;
            *row("body xpath")
                << redis
                << body + "\"xpath_expression\": \"//object/key\"}, \"extract_with\": \"xpath\""
                << QByteArray("POST") << QByteArray("/c/x||<object><key>a</key></object>")
                << QByteArray("/c/x||<object><key>b</key></object>") << false;
            // Tyk never implemented "value" for the body: every request gets the empty id.
            *row("body value (one shared entry)")
                << redis << body + "}, \"extract_with\": \"value\"" << QByteArray("POST")
                << QByteArray("/c/x||one") << QByteArray("/c/x||two") << true;
        }
    }
    void everySourceAndModeCachesByTheExtractedId()
    {
        QFETCH(bool, redis);
        QFETCH(QByteArray, extractor);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, other);
        QFETCH(bool, shared);
        TestStore testStore;
        QVERIFY2(testStore.start(redis), "redis-server did not start");
        const QString &store = testStore.option;
        Test::RedisServer *server = testStore.server.get();
        Workspace ws;
        ws.write(QStringLiteral("bundles/cached/middleware.py"), authPlugin);
        ws.write(QStringLiteral("bundles/cached/manifest.json"),
                 "{\"file_list\": [\"middleware.py\"], \"custom_middleware\": {\"driver\": "
                 "\"python\", \"auth_check\": {\"name\": \"FirstCallOnly\"}, \"id_extractor\": {" +
                     extractor + "}}}");
        ws.write(
            QStringLiteral("apps/api.json"),
            apiJson(QStringLiteral("c"), QStringLiteral("/c/"), QStringLiteral("cached"), true));
        Gateway gw;
        QVERIFY(gw.start(ws.options(5000, store)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        auto send = [&](const QByteArray &spec) {
            const QList<QByteArray> parts = spec.split('|');
            QList<std::pair<QByteArray, QByteArray>> headers;
            if (!parts[1].isEmpty()) {
                const qsizetype colon = parts[1].indexOf(':');
                headers.append({parts[1].left(colon), parts[1].mid(colon + 2)});
            }
            if (method == "POST")
                headers.append(
                    {"Content-Type", parts[2].startsWith('<')
                                         ? QByteArray("application/xml")
                                         : QByteArray("application/x-www-form-urlencoded")});
            return gw.send(method, parts[0], headers, parts[2]).status;
        };
        QCOMPARE(send(first), 200);
        QCOMPARE(send(first), 200); // from the cache: the plugin grants only once
        QCOMPARE(send(other), shared ? 200 : 403);
        QCOMPARE(gw.logs().filter(u"auth call").size(), shared ? 1 : 2);
        if (shared)
            QVERIFY(!gw.logs().filter(u"share ONE cache entry").isEmpty());
        if (redis && !shared) {
            // The key Tyk would use: apikey-<org><md5(id)> (hash_keys off).
            const QStringList keys =
                QString::fromUtf8(server->cli({QStringLiteral("KEYS"), QStringLiteral("apikey-*")}))
                    .split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(keys.size(), 1);
            QVERIFY2(keys.first().startsWith(u"apikey-default"), qPrintable(keys.first()));
            QCOMPARE(keys.first().size(), int(qstrlen("apikey-default")) + 32);
        }
    }

    void idExtractorCachesTheSessionUntilTheDeadline_data()
    {
        QTest::addColumn<bool>("redis");
        QTest::newRow("memory") << false;
        QTest::newRow("redis") << true;
    }
    void idExtractorCachesTheSessionUntilTheDeadline()
    {
        QFETCH(bool, redis);
        TestStore testStore;
        QVERIFY2(testStore.start(redis), "redis-server did not start");
        const QString &store = testStore.option;
        Workspace ws;
        ws.write(QStringLiteral("bundles/cached/middleware.py"), authPlugin);
        ws.write(QStringLiteral("bundles/cached/manifest.json"),
                 "{\"file_list\": [\"middleware.py\"], \"custom_middleware\": {\"driver\": "
                 "\"python\", \"auth_check\": {\"name\": \"FirstCallOnly\"}, \"id_extractor\": "
                 "{\"extract_from\": \"header\", \"extract_with\": \"value\", "
                 "\"extractor_config\": {\"header_name\": \"X-Id\"}}}}");
        ws.write(
            QStringLiteral("apps/api.json"),
            apiJson(QStringLiteral("c"), QStringLiteral("/c/"), QStringLiteral("cached"), true));
        Gateway gw;
        QVERIFY(gw.start(ws.options(5000, store)));
        QCOMPARE(gw.get("/c/x", {{"X-Id", "abc"}}).status, 200);
        // Served from the cache: the plugin (which grants only once) is not called.
        QCOMPARE(gw.get("/c/x", {{"X-Id", "abc"}}).status, 200);
        QCOMPARE(gw.get("/c/x", {{"X-Id", "abc"}}).status, 200);
        QCOMPARE(gw.logs().filter(u"auth call").size(), 1);
        // Another id: the plugin is called and refuses.
        QCOMPARE(gw.get("/c/x", {{"X-Id", "other"}}).status, 403);
        // No id at all: Tyk's 400, the plugin is not called.
        const Http::HttpResponse missing = gw.get("/c/x");
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.body.contains("Authorization field missing"));
        QCOMPARE(gw.logs().filter(u"auth call").size(), 2);
        // The cache as the inspector sees it: the entry for "abc" with its deadline.
        const QByteArray secret = "352d20ee67be67f6340b4c0605b044b7";
        const Http::HttpResponse cache =
            gw.get("/hookbench/session-cache", {{"X-Tyk-Authorization", secret}});
        QCOMPARE(cache.status, 200);
        const QJsonObject cacheJson = QJsonDocument::fromJson(cache.body).object();
        QJsonObject abc;
        for (const auto v : cacheJson.value(QStringLiteral("entries")).toArray())
            if (v.toObject().value(QStringLiteral("raw_id")).toString() == u"abc")
                abc = v.toObject();
        QCOMPARE(abc.value(QStringLiteral("hits")).toInt(), 2);
        QCOMPARE(abc.value(QStringLiteral("key")).toString(),
                 QStringLiteral("default") +
                     QString::fromLatin1(
                         QCryptographicHash::hash("abc", QCryptographicHash::Md5).toHex()));
        QVERIFY(abc.value(QStringLiteral("seconds_left")).toInt() > 50);
        QVERIFY(!abc.value(QStringLiteral("expired")).toBool());

        // Move the engine clock past the deadline through the Gateway-API-style endpoint.
        const Http::HttpResponse moved = gw.send("POST", "/hookbench/clock/advance?seconds=120",
                                                 {{"X-Tyk-Authorization", secret}});
        QCOMPARE(moved.status, 200);
        QVERIFY(sessionEvents(gw, QStringLiteral("cache_expired")) >= 1);
        // Past the deadline the plugin decides again (and now refuses).
        QCOMPARE(gw.get("/c/x", {{"X-Id", "abc"}}).status, 403);
        QCOMPARE(gw.logs().filter(u"auth call").size(), 3);
        QVERIFY(gw.logs().join(u'\n').contains(u"cache hit"));
        QCOMPARE(sessionEvents(gw, QStringLiteral("cache_hit")), 2);
        QVERIFY(sessionEvents(gw, QStringLiteral("session_stored")) >= 1);
        QVERIFY(sessionEvents(gw, QStringLiteral("plugin_called")) >= 3);
    }
};

QTEST_GUILESS_MAIN(TestPythonPlugins)
#include "tst_pythonplugins.moc"
