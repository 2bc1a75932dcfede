// SPDX-License-Identifier: GPL-3.0-or-later
// The Python plugin host (docs/python-plugin-host.md): with --python-child-process, Python
// plugins run in a child process with an interpreter of its own, behave as they do in process
// (the engine's data store, clock and gateway log), and a plugin that crashes or wedges that
// process fails its request only: the next one runs in a fresh host.
#include "tests/core/plugin/plugintestkit.h"

#include "core/common/manualclock.h"
#include "core/plugin/memoryplugindatastore.h"
#include "core/plugin/python/pythonpluginhostprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Hb;
using namespace Hb::Test;
namespace Protocol = Hb::Plugin::PythonPluginHostProtocol;

namespace {

// A hook that reports the process it runs in and does what the query asks.
const QByteArray hostPlugin = "import collections, ctypes, itertools, os, time\n"
                              "from tyk.decorators import *\n"
                              "from gateway import TykGateway as tyk\n"
                              "@Hook\n"
                              "def Probe(request, session, spec):\n"
                              "    what = request.object.params.get('do', '')\n"
                              "    if what == 'spin':\n"
                              "        collections.deque(itertools.count(), maxlen=0)\n"
                              "    if what == 'crash':\n"
                              "        ctypes.string_at(0)\n"
                              "    if what == 'raise':\n"
                              "        raise ValueError('bad thing')\n"
                              "    previous = tyk.get_data('visits')\n"
                              "    count = int(previous or b'0') + 1\n"
                              "    tyk.store_data('visits', str(count), 0)\n"
                              "    tyk.log('probe ran', 'info')\n"
                              "    request.add_header('X-Pid', str(os.getpid()))\n"
                              "    request.add_header('X-Visits', str(count))\n"
                              "    request.add_header('X-Time', str(int(time.time())))\n"
                              "    return request, session\n";

void writeApi(Workspace &ws)
{
    ws.bundle(QStringLiteral("probe"), hostPlugin, "\"pre\": [{\"name\": \"Probe\"}]");
    ws.write(QStringLiteral("apps/api.json"),
             apiJson(QStringLiteral("t"), QStringLiteral("/t/"), QStringLiteral("probe")));
}

Setup::EngineOptions childOptions(const Workspace &ws, int timeoutMs = 5000)
{
    Setup::EngineOptions options = ws.options(timeoutMs);
    options.pythonChildProcess = true;
    return options;
}

QString header(const Http::HttpResponse &r, const char *name)
{
    return echoedHeaders(r).value(QString::fromLatin1(name)).toString();
}

QString lastMessage(const Gateway &gw)
{
    const auto events = gw.phaseEvents(QStringLiteral("pre:Probe"));
    return events.isEmpty() ? QString() : events.last().message;
}

} // namespace

class TestPythonPluginHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installMessageCapture(); }

    void aHookRunsInAProcessOfItsOwnThatTheLogNames()
    {
        Workspace ws;
        writeApi(ws);
        Gateway gw;
        QVERIFY(gw.start(childOptions(ws)));
        const Http::HttpResponse r = gw.get("/t/x");
        QCOMPARE(r.status, 200);
        const QString pid = header(r, "X-Pid");
        QVERIFY(!pid.isEmpty());
        QVERIFY(pid != QString::number(QCoreApplication::applicationPid()));
        QVERIFY2(capturedMessages().contains(u"Python plugin host started (pid " + pid + u')'),
                 qPrintable(capturedMessages()));
        QVERIFY2(capturedMessages().contains(u"probe ran"), qPrintable(capturedMessages()));
    }

    // store_data/get_data reach the engine's own store, so plugins in process and in the
    // host share values as Tyk's share Redis.
    void storeDataAndGetDataUseTheEnginesStore()
    {
        Workspace ws;
        writeApi(ws);
        Gateway gw;
        QVERIFY(gw.start(childOptions(ws)));
        QCOMPARE(header(gw.get("/t/x"), "X-Visits"), QStringLiteral("1"));
        QCOMPARE(header(gw.get("/t/x"), "X-Visits"), QStringLiteral("2"));
    }

    void theHostFollowsTheEngineClock()
    {
        Workspace ws;
        writeApi(ws);
        Setup::EngineOptions options = childOptions(ws);
        constexpr qint64 ahead = 400 * 86400;
        options.clockOffsetSecs = ahead;
        Gateway gw;
        QVERIFY(gw.start(options));
        const qint64 seen = header(gw.get("/t/x"), "X-Time").toLongLong();
        const qint64 expected = QDateTime::currentSecsSinceEpoch() + ahead;
        QVERIFY2(std::abs(seen - expected) < 60,
                 qPrintable(QStringLiteral("%1 vs %2").arg(seen).arg(expected)));
    }

    void aFailingHookIsAnsweredAndLoggedWithItsFileAndLine()
    {
        Workspace ws;
        writeApi(ws);
        Gateway gw;
        QVERIFY(gw.start(childOptions(ws)));
        QCOMPARE(gw.get("/t/x?do=raise").status, 500);
        QVERIFY2(lastMessage(gw).contains(u"bad thing") &&
                     lastMessage(gw).contains(u"middleware.py:12, in Probe"),
                 qPrintable(lastMessage(gw)));
        QVERIFY2(capturedMessages().contains(
                     u"[python] error: Hook 'Probe' returned an error: bad thing"),
                 qPrintable(capturedMessages()));
        QCOMPARE(gw.get("/t/x").status, 200);
    }

    // A segfault in C code (here ctypes reading address 0) ends the host, not Hookbench.
    void aHookThatCrashesTheHostFailsItsRequestAndTheNextRunsInAFreshHost()
    {
        Workspace ws;
        writeApi(ws);
        Gateway gw;
        QVERIFY(gw.start(childOptions(ws)));
        const QString firstPid = header(gw.get("/t/x"), "X-Pid");
        QCOMPARE(gw.get("/t/x?do=crash").status, 500);
        // faulthandler's traceback names the plugin's line, in the error and in the log.
        QVERIFY2(lastMessage(gw).contains(u"the Python plugin host was killed (Fatal Python "
                                          u"error: Segmentation fault) at ") &&
                     lastMessage(gw).contains(u"middleware.py:10, in Probe"),
                 qPrintable(lastMessage(gw)));
        const Http::HttpResponse r = gw.get("/t/x");
        QCOMPARE(r.status, 200);
        QVERIFY(header(r, "X-Pid") != firstPid);
        QVERIFY2(capturedMessages().contains(u"Python plugin host restarted (pid " +
                                             header(r, "X-Pid") +
                                             u"); loading its 1 plugin(s) again"),
                 qPrintable(capturedMessages()));
    }

    // Code stuck in C that ignores signals cannot be stopped inside the host either: the call
    // is answered at its budget, and at the end of the grace period the host ends itself,
    // saying why, and a fresh one runs the next call.
    void aHookStuckInCCodeEndsTheHostAndTheNextCallRunsInAFreshOne()
    {
        Workspace ws;
        writeApi(ws);
        Gateway gw;
        QVERIFY(gw.start(childOptions(ws, 1500)));
        const QString firstPid = header(gw.get("/t/x"), "X-Pid");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(gw.get("/t/x?do=spin").status, 500);
        QVERIFY2(timer.elapsed() < 3500, "the stuck call was not answered at its budget");
        QVERIFY2(lastMessage(gw).contains(u"1500 ms"), qPrintable(lastMessage(gw)));
        // The default grace period is 2 s past the budget.
        QTRY_VERIFY2_WITH_TIMEOUT(
            capturedMessages().contains(u"the Python plugin host exited with "
                                        u"status 70 (fatal: the Python runtime "
                                        u"is stuck in C code: hook Probe"),
            qPrintable(capturedMessages()), 10000);
        const Http::HttpResponse r = gw.get("/t/x");
        QCOMPARE(r.status, 200);
        QVERIFY(header(r, "X-Pid") != firstPid);
    }

    // The protocol, one part at a time.
    void aHookReplyKeepsItsObjectLogsAndErrorAcrossTheProtocol()
    {
        Plugin::HookReply ok;
        coprocess::Object object;
        object.set_hook_name("Probe");
        (*object.mutable_request()->mutable_set_headers())["X-A"] = std::string(1, '1');
        ok.object = object;
        ok.logs.append({QStringLiteral("print"), QStringLiteral("hello"), 42});
        ok.pluginNs = 1234;
        const Plugin::HookReply back =
            Protocol::replyFromJson(nlohmann::json::parse(Protocol::toJson(ok).dump()));
        QVERIFY(back.object);
        QCOMPARE(back.object->hook_name(), std::string("Probe"));
        QCOMPARE(back.object->request().set_headers().at("X-A"), std::string("1"));
        QCOMPARE(back.logs.size(), 1);
        QCOMPARE(back.logs.first().message, QStringLiteral("hello"));
        QCOMPARE(back.logs.first().timeMs, 42);
        QCOMPARE(back.pluginNs, 1234);

        Plugin::HookReply failed;
        failed.object = makeError(ErrorCode::Timeout, QStringLiteral("too slow"),
                                  {QStringLiteral("m.py"), 3, 4, {}});
        failed.where = {QStringLiteral("m.py"), 3, 0, {}};
        const Plugin::HookReply failedBack = Protocol::replyFromJson(Protocol::toJson(failed));
        QVERIFY(!failedBack.object);
        QCOMPARE(failedBack.object.error().code, ErrorCode::Timeout);
        QCOMPARE(failedBack.object.error().message, QStringLiteral("too slow"));
        QCOMPARE(failedBack.object.error().where.line, 3);
        QCOMPARE(failedBack.object.error().where.column, 4);
        QCOMPARE(failedBack.where.file, QStringLiteral("m.py"));
    }

    void dataRequestsRunOnTheStoreTheyAreGiven()
    {
        ManualClock clock;
        Plugin::MemoryPluginDataStore store(clock);
        auto ask = [&store](nlohmann::json request) {
            request["op"] = "data";
            request["request"] = 7;
            const nlohmann::json answer = Protocol::answerDataRequest(&store, request);
            [&] { QCOMPARE(answer.at("request").get<int>(), 7); }();
            return answer;
        };
        QVERIFY(ask({{"action", "set"}, {"key", "k"}, {"value", "dg=="}, {"ttl", 60}})
                    .at("ok")
                    .get<bool>());
        QCOMPARE(*store.get(QStringLiteral("k")), QByteArray("v"));
        QCOMPARE(ask({{"action", "get"}, {"key", "k"}}).at("value").get<std::string>(),
                 std::string("dg=="));
        QCOMPARE(ask({{"action", "find"}, {"key", "absent"}}).at("found").get<bool>(), false);
        QCOMPARE(ask({{"action", "timeToLive"}, {"key", "k"}}).at("number").get<qint64>(), 60);
        QCOMPARE(ask({{"action", "increment"}, {"key", "n"}}).at("number").get<qint64>(), 1);
        QCOMPARE(ask({{"action", "setIfAbsent"}, {"key", "k"}, {"value", "dw=="}})
                     .at("stored")
                     .get<bool>(),
                 false);
        QVERIFY(ask({{"action", "remove"}, {"key", "k"}}).at("ok").get<bool>());
        QCOMPARE(ask({{"action", "get"}, {"key", "k"}}).at("value").get<std::string>(),
                 std::string());
        const nlohmann::json unknown = ask({{"action", "flush"}, {"key", "k"}});
        QCOMPARE(unknown.at("ok").get<bool>(), false);
        QVERIFY(unknown.at("error").at("message").get<std::string>().find("flush") !=
                std::string::npos);
        const nlohmann::json noStore =
            Protocol::answerDataRequest(nullptr, {{"request", 1}, {"action", "get"}});
        QCOMPARE(noStore.at("ok").get<bool>(), false);
    }
};

QTEST_GUILESS_MAIN(TestPythonPluginHost)
#include "tst_pythonpluginhost.moc"
