// SPDX-License-Identifier: GPL-3.0-or-later
// The Lua and JS drivers' watchdogs: a Lua hook stuck inside a C function, a JS call that
// keeps allocating, and plugin failures in the log of `hookbench-cli serve`.
#include "tests/core/plugin/plugintestkit.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>

using namespace Hb;
using namespace Hb::Test;

namespace {
// string.find backtracks through every way n lazy "a-" can split n a's before it sees that
// no "b" follows, inside C, where the count hook never runs: about a second for n = 14,
// four times as long for each a more. ?stuck=15 outlasts a test's budget by seconds and
// still ends while the test runs on; ?stuck=40 runs for longer than anyone waits.
const QByteArray stuckLua = "function Stuck(request, session, spec)\n"
                            "  local n = request.params and request.params['stuck']\n"
                            "  if n ~= nil then\n"
                            "    string.find(string.rep('a', n), string.rep('a-', n) .. 'b')\n"
                            "  end\n"
                            "  return request, session\n"
                            "end\n";

const QByteArray growJs = "var Grow = new TykJS.TykMiddleware.NewMiddleware({});\n"
                          "Grow.NewProcessRequest(function(request, session) {\n"
                          "    if (request.Params['grow']) {\n"
                          "        var a = [];\n"
                          "        while (true) a.push('x'.repeat(1e6) + a.length);\n"
                          "    }\n"
                          "    return Grow.ReturnData(request, {});\n"
                          "});\n";

void stuckWorkspace(Workspace &ws)
{
    ws.bundle(QStringLiteral("stuck"), stuckLua, "\"pre\": [{\"name\": \"Stuck\"}]", {}, "lua",
              QStringLiteral("plugin.lua"));
    ws.write(QStringLiteral("apps/api.json"),
             apiJson(QStringLiteral("s"), QStringLiteral("/s/"), QStringLiteral("stuck")));
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+)"));
    return hwm.match(QString::fromLatin1(f.readAll())).captured(1).toLongLong();
}

// `hookbench-cli serve` on a workspace, its stderr (the gateway log) collected.
class Serve
{
public:
    bool start(const Workspace &ws, const QStringList &extra = {})
    {
        m_process.setProgram(qEnvironmentVariable("HOOKBENCH_CLI"));
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--apps"),
                                           ws.path(QStringLiteral("apps")),
                                           QStringLiteral("--bundles"),
                                           ws.path(QStringLiteral("bundles"))} +
                               extra);
        m_process.start();
        if (!m_process.waitForStarted(5000) ||
            !QTest::qWaitFor(
                [&] { return m_process.canReadLine() || m_process.state() != QProcess::Running; },
                20000)) {
            qWarning("serve did not start: %s (exit %d) %s", qPrintable(m_process.errorString()),
                     m_process.exitCode(), m_process.readAllStandardError().constData());
            return false;
        }
        static const QRegularExpression line(QStringLiteral("listening on http://[^:]+:(\\d+)"));
        const QString first = QString::fromUtf8(m_process.readLine());
        port = quint16(line.match(first).captured(1).toUInt());
        if (port == 0)
            qWarning("serve did not start: %s %s", qPrintable(first),
                     m_process.readAllStandardError().constData());
        return port != 0;
    }
    Http::HttpResponse get(const QByteArray &target)
    {
        std::optional<Http::HttpResponse> reply;
        getAsync(target, [&](Http::HttpResponse r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
            return {};
        return *reply;
    }
    void getAsync(const QByteArray &target, std::function<void(Http::HttpResponse)> done)
    {
        Http::HttpRequest request;
        request.target = target;
        request.headers.add("Host", "127.0.0.1:" + QByteArray::number(port));
        m_client.send(QStringLiteral("127.0.0.1"), port, request, 20000,
                      [done = std::move(done)](Result<Http::HttpResponse> r) {
                          Http::HttpResponse failed;
                          failed.status = -1;
                          done(r ? *r : failed);
                      });
    }
    // Waits until the log has a line matching `pattern`.
    bool logHas(const QRegularExpression &pattern, int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                m_log += QString::fromUtf8(m_process.readAllStandardError());
                return pattern.match(m_log).hasMatch();
            },
            timeoutMs);
    }
    QString log() const { return m_log; }
    // SIGTERM; the milliseconds until the process ended (-1: it did not within `waitMs`).
    qint64 terminate(int waitMs)
    {
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(waitMs))
            return -1;
        return timer.elapsed();
    }
    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port = 0;

private:
    QProcess m_process;
    Http::HttpClient m_client;
    QString m_log;
};
} // namespace

class TestPluginWatchdogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aJsCallThatKeepsAllocatingIsStoppedAtItsMemoryCap()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("grow"), growJs,
                  "\"pre\": [{\"name\": \"Grow\", \"path\": \"plugin.js\"}]", {}, "otto",
                  QStringLiteral("plugin.js"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("g"), QStringLiteral("/g/"), QStringLiteral("grow")));
        App::EngineOptions options = ws.options();
        options.jsvmTimeoutMs = 3000;
        options.jsvmMemoryCapBytes = std::size_t(64) << 20;
        Gateway gw;
        QVERIFY(gw.start(options));
        QCOMPARE(gw.get("/g/x").status, 200);
        const qint64 peakBefore = peakRssKiB();
        QCOMPARE(gw.get("/g/x?grow=1").status, 500);
        const qint64 grownMiB = (peakRssKiB() - peakBefore) / 1024;
        qInfo("the process's peak memory grew by %lld MiB", grownMiB);
        QVERIFY2(grownMiB < 256, qPrintable(QString::number(grownMiB)));
        const auto events = gw.phaseEvents(QStringLiteral("pre:Grow"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"more than 64 MiB of memory"),
                 qPrintable(events.last().message));
        // The VM went with the call: later calls run.
        QCOMPARE(gw.get("/g/x").status, 200);
        QCOMPARE(gw.get("/g/x").status, 200);
    }

    void aHookStuckInCIsAnsweredAtItsBudgetAndLaterCallsRun()
    {
        Workspace ws;
        stuckWorkspace(ws);
        Gateway gw;
        QVERIFY(gw.start(ws.options(300)));
        QElapsedTimer timer;
        timer.start();
        std::optional<Http::HttpResponse> stuck;
        gw.getAsync("/s/x?stuck=15", [&](Http::HttpResponse r) { stuck = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stuck.has_value(), 10000);
        QCOMPARE(stuck->status, 500);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        const auto events = gw.phaseEvents(QStringLiteral("pre:Stuck"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"did not return within its 300 ms budget"),
                 qPrintable(events.last().message));
        // A fresh thread serves later calls.
        QCOMPARE(gw.get("/s/x").status, 200);
        QCOMPARE(gw.get("/s/x").status, 200);
    }

    void callsQueuedBehindAStuckHookRunOnAFreshThread()
    {
        Workspace ws;
        stuckWorkspace(ws);
        Gateway gw;
        QVERIFY(gw.start(ws.options(300)));
        std::optional<Http::HttpResponse> stuck;
        std::optional<Http::HttpResponse> queued;
        gw.getAsync("/s/x?stuck=15", [&](Http::HttpResponse r) { stuck = r; });
        QTest::qWait(50);
        QElapsedTimer timer;
        timer.start();
        gw.getAsync("/s/x", [&](Http::HttpResponse r) { queued = r; });
        QTRY_VERIFY_WITH_TIMEOUT(queued.has_value(), 10000);
        QCOMPARE(queued->status, 200);
        // Answered once the stuck hook was (at 300 + 200 ms), not when string.find ends.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(stuck.has_value());
        QCOMPARE(stuck->status, 500);
    }

    void pastFourStuckThreadsLuaCallsFailAtOnceWithAClearError()
    {
        Workspace ws;
        stuckWorkspace(ws);
        Gateway gw;
        QVERIFY(gw.start(ws.options(200)));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gw.get("/s/x?stuck=15").status, 500);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(gw.get("/s/x").status, 500);
        QVERIFY2(timer.elapsed() < 150, qPrintable(QString::number(timer.elapsed())));
        const auto events = gw.phaseEvents(QStringLiteral("pre:Stuck"));
        QVERIFY2(events.last().message.contains(u"Lua workers are stuck in C code"),
                 qPrintable(events.last().message));
    }

    void serveExitsPromptlyOnSigtermWhileAHookIsStuckInC()
    {
        Workspace ws;
        stuckWorkspace(ws);
        Serve serve;
        QVERIFY(serve.start(ws));
        bool answered = false;
        serve.getAsync("/s/x?stuck=40", [&](Http::HttpResponse) { answered = true; });
        QTest::qWait(300); // the hook is inside string.find now (its budget is 5 s)
        QVERIFY(!answered);
        const qint64 ms = serve.terminate(10000);
        QVERIFY2(ms >= 0 && ms < 4000, qPrintable(QString::number(ms)));
        QVERIFY2(serve.logHas(QRegularExpression(QStringLiteral("Stuck"))),
                 qPrintable(serve.log()));
    }

    void aStuckHookIsNamedInTheLog()
    {
        Workspace ws;
        stuckWorkspace(ws);
        Serve serve;
        QVERIFY(serve.start(ws, {QStringLiteral("--plugin-timeout"), QStringLiteral("200")}));
        QCOMPARE(serve.get("/s/x?stuck=15").status, 500);
        QVERIFY2(serve.logHas(QRegularExpression(
                     QStringLiteral("hook 'Stuck' of .*stuck.* is stuck in a C function"))),
                 qPrintable(serve.log()));
    }

    void loadFailuresReachTheServeLogWithTheirLocation()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("luabad"),
                  "function Broken(request, session, spec)\n"
                  "  return request,, session\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Broken\"}]", {}, "lua", QStringLiteral("broken.lua"));
        ws.write(QStringLiteral("apps/luabad.json"),
                 apiJson(QStringLiteral("b"), QStringLiteral("/b/"), QStringLiteral("luabad")));
        // grpc is a driver Tyk knows; hookbench-cli has none loaded.
        ws.bundle(QStringLiteral("nodriver"), "def Pre(): pass\n", "\"pre\": [{\"name\": \"Pre\"}]",
                  {}, "grpc", QStringLiteral("none.py"));
        ws.write(QStringLiteral("apps/nodriver.json"),
                 apiJson(QStringLiteral("n"), QStringLiteral("/n/"), QStringLiteral("nodriver")));
        Serve serve;
        QVERIFY(serve.start(ws));
        QVERIFY2(serve.logHas(QRegularExpression(QStringLiteral("broken\\.lua:2"))),
                 qPrintable(serve.log()));
        QVERIFY2(serve.logHas(QRegularExpression(
                     QStringLiteral("nodriver\\.json.*Driver 'grpc' isn't loaded"))),
                 qPrintable(serve.log()));
        QCOMPARE(serve.get("/n/x").status, 500);
    }

    void aLuaErrorReachesTheServeLogWithItsLine()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("luaerr"),
                  "function Fails(request, session, spec)\n"
                  "  local t = nil\n"
                  "  return t.field\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Fails\"}]", {}, "lua", QStringLiteral("failing.lua"));
        ws.write(QStringLiteral("apps/luaerr.json"),
                 apiJson(QStringLiteral("l"), QStringLiteral("/l/"), QStringLiteral("luaerr")));
        Serve serve;
        QVERIFY(serve.start(ws));
        QCOMPARE(serve.get("/l/x").status, 500);
        QVERIFY2(serve.logHas(QRegularExpression(QStringLiteral("\\[lua\\].*failing\\.lua:3"))),
                 qPrintable(serve.log()));
    }

    void aJsExceptionReachesTheServeLogWithItsLine()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("jserr"),
                  "var Throws = new TykJS.TykMiddleware.NewMiddleware({});\n"
                  "Throws.NewProcessRequest(function(request, session) {\n"
                  "    throw new Error('no way');\n"
                  "});\n",
                  "\"pre\": [{\"name\": \"Throws\", \"path\": \"throws.js\"}]", {}, "otto",
                  QStringLiteral("throws.js"));
        ws.write(QStringLiteral("apps/jserr.json"),
                 apiJson(QStringLiteral("j"), QStringLiteral("/j/"), QStringLiteral("jserr")));
        Serve serve;
        QVERIFY(serve.start(ws));
        QCOMPARE(serve.get("/j/x").status, 500);
        QVERIFY2(serve.logHas(QRegularExpression(
                     QStringLiteral("\\[jsvm\\] Failed to run JS middleware.*throws\\.js:3"))),
                 qPrintable(serve.log()));
    }
};

QTEST_GUILESS_MAIN(TestPluginWatchdogs)
#include "tst_pluginwatchdogs.moc"
