// SPDX-License-Identifier: GPL-3.0-or-later
// The Lua and JS drivers' watchdogs: a Lua hook stuck inside a C function, a JS call that
// keeps allocating, and plugin failures in the log of `hookbench-cli serve`.
#include "tests/core/plugin/plugintestkit.h"

#include "core/plugin/lua/luadriver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <future>
#include <list>
#include <thread>
#include <unistd.h>

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

// Arrays of 20,000 numbers: each one's storage is a QV4 "huge item" (over 64 KiB), memory
// the engine's heap counters do not see.
const QByteArray growHugeJs =
    "var GrowHuge = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "GrowHuge.NewProcessRequest(function(request, session) {\n"
    "    if (request.Params['grow']) {\n"
    "        var kept = [];\n"
    "        while (true) kept.push(new Array(20000).fill(kept.length));\n"
    "    }\n"
    "    return GrowHuge.ReturnData(request, {});\n"
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

// A Lua driver of the test's own (no engine), on bundles of one file each. The driver and
// the modules it keeps are left undestroyed when its thread hangs (their destructors would
// wait for it), so that a failing test fails instead of hanging.
class LuaRig
{
public:
    explicit LuaRig(Plugin::LuaBudget budget)
        : driver(new Plugin::LuaDriver(&m_context, budget))
    {}
    ~LuaRig()
    {
        if (m_hung) {
            (void)driver.release();
            (void)new std::list<std::shared_ptr<Plugin::PluginModule>>(std::move(m_kept));
        }
    }
    const std::shared_ptr<Plugin::PluginModule> &keep(std::shared_ptr<Plugin::PluginModule> m)
    {
        return m_kept.emplace_back(std::move(m));
    }
    // Loads `code` on another thread: nothing when the driver did not answer in 10 s.
    std::optional<std::shared_ptr<Plugin::PluginModule>> load(const QByteArray &code,
                                                              const QString &hook)
    {
        const QString file = m_dir.filePath(QStringLiteral("m%1.lua").arg(++m_files));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(code) != code.size())
            return std::nullopt;
        f.close();
        Plugin::PluginCode plugin;
        plugin.language = QStringLiteral("lua");
        plugin.moduleId = QStringLiteral("m%1").arg(m_files);
        plugin.files = {file};
        plugin.hookNames = {hook};
        plugin.origin = QStringLiteral("test module %1").arg(m_files);
        auto done = std::make_shared<std::promise<std::shared_ptr<Plugin::PluginModule>>>();
        std::future<std::shared_ptr<Plugin::PluginModule>> module = done->get_future();
        std::thread([d = driver.get(), plugin, done] {
            auto loaded = d->load(plugin, nullptr);
            done->set_value(loaded ? *loaded : nullptr);
        }).detach();
        if (module.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            m_hung = true;
            return std::nullopt;
        }
        return module.get();
    }
    void call(const std::shared_ptr<Plugin::PluginModule> &module, const char *hook,
              const char *param, std::function<void(Plugin::HookReply)> done,
              const char *value = "1")
    {
        Plugin::HookCall call;
        call.object.set_hook_name(hook);
        if (param)
            (*call.object.mutable_request()->mutable_params())[param] = value;
        driver->call(module, std::move(call), std::move(done));
    }
    std::unique_ptr<Plugin::LuaDriver> driver;

private:
    QObject m_context;
    QTemporaryDir m_dir;
    std::list<std::shared_ptr<Plugin::PluginModule>> m_kept;
    int m_files = 0;
    bool m_hung = false;
};

Plugin::LuaBudget budgetOf(int ms)
{
    Plugin::LuaBudget budget;
    budget.time = std::chrono::milliseconds(ms);
    budget.instructions = 20'000'000'000;
    return budget;
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
    // The last owner of a module can be the job that prepares its next state, when the API
    // was reloaded or unloaded while its hook ran. Dropping that job drops the module, whose
    // destructor posts the closing of its state to the same worker: the Lua thread must not
    // do that with the queue's lock held. The watchdog must not hold the job either: it
    // sleeps through the quick jobs that follow a long one (A below), so it holds none.
    void aModuleUnloadedWhileItsHookRunsIsClosedAndTheWorkerGoesOn()
    {
        LuaRig rig(budgetOf(300));
        const QByteArray spin = "function Spin(request, session, spec)\n"
                                "  while true do end\n"
                                "end\n";
        const QByteArray quick = "function Quick(request, session, spec)\n"
                                 "  return request, session\n"
                                 "end\n";
        auto loaded = rig.load(spin, QStringLiteral("Spin"));
        QVERIFY(loaded && *loaded);
        const std::shared_ptr<Plugin::PluginModule> &spinning = rig.keep(std::move(*loaded));
        for (int round = 0; round < 4; ++round) {
            // Also tells that the last round's jobs left the worker alive.
            auto unloaded = rig.load(quick, QStringLiteral("Quick"));
            QVERIFY2(unloaded, "the Lua worker hung after a module was unloaded mid-call");
            QVERIFY(*unloaded);
            QTest::qWait(1500); // the watchdog goes quiet: job A wakes it and it holds A
            int answers = 0;
            rig.call(spinning, "Spin", nullptr, [&](Plugin::HookReply) { ++answers; }); // A
            rig.call(*unloaded, "Quick", nullptr, [&](Plugin::HookReply) { ++answers; });
            unloaded->reset(); // the API went: the call and then its LuaPrepare own the module
            QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
        }
        QVERIFY2(rig.load(quick, QStringLiteral("Quick")),
                 "the Lua worker hung after a module was unloaded mid-call");
    }

    // A call that finds no prepared state loads one under a budget, then runs its hook under
    // another: pure Lua code that is slow but within each budget is not stuck in C.
    void aCallThatLoadsAndRunsWithinTwoBudgetsIsNotTakenForStuck()
    {
        LuaRig rig(budgetOf(3500));
        // Wall time, whatever the load on the machine: each wait ends when the clock's
        // second has moved on by 3, 2 to 3 s later, so loading and the hook each stay within
        // their 3500 ms, and together outlast one budget and the watchdog's 200 ms.
        const QByteArray slow = "local function wait()\n"
                                "  local t = os.time() + 3\n"
                                "  while os.time() < t do end\n"
                                "end\n"
                                "wait()\n"
                                "function Slow(request, session, spec)\n"
                                "  if request.params['slow'] == '1' then wait() else\n"
                                "    local t = os.clock() while os.clock() - t < 0.2 do end\n"
                                "  end\n"
                                "  return request, session\n"
                                "end\n";
        auto module = rig.load(slow, QStringLiteral("Slow"));
        QVERIFY(module && *module);
        std::optional<Plugin::HookReply> first;
        std::optional<Plugin::HookReply> second;
        // The first takes the prepared state and runs for 0.2 s: the second is queued before
        // the first's LuaPrepare, so it loads a state of its own, then runs its hook.
        rig.call(*module, "Slow", "brief", [&](Plugin::HookReply r) { first = std::move(r); });
        rig.call(*module, "Slow", "slow", [&](Plugin::HookReply r) { second = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 30000);
        QVERIFY2(first->object,
                 qPrintable(first->object ? QString() : first->object.error().message));
        QVERIFY2(second->object,
                 qPrintable(second->object ? QString() : second->object.error().message));
    }

    // A module may outlive its driver (the engine drops them in any order): the state it
    // holds is closed, not leaked, when the stopped worker refuses its closing. Its __gc
    // code writing to stdout shows that it was closed.
    void aModuleThatOutlivesItsDriverClosesItsState()
    {
        auto rig = std::make_unique<LuaRig>(budgetOf(1000));
        const QByteArray code = "closed = setmetatable({}, { __gc = function()\n"
                                "  io.stdout:write('state closed\\n')\n"
                                "  io.stdout:flush()\n"
                                "end })\n"
                                "function Quick(request, session, spec)\n"
                                "  return request, session\n"
                                "end\n";
        auto module = rig->load(code, QStringLiteral("Quick"));
        QVERIFY(module && *module);
        rig.reset(); // the driver stops
        QTemporaryFile out;
        QVERIFY(out.open());
        std::fflush(stdout);
        const int saved = ::dup(STDOUT_FILENO);
        ::dup2(out.handle(), STDOUT_FILENO);
        module->reset();
        std::fflush(stdout);
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        out.seek(0);
        QCOMPARE(out.readAll(), QByteArray("state closed\n"));
    }

    void aJsCallThatKeepsAllocatingIsStoppedAtItsMemoryCap()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("grow"), growJs,
                  "\"pre\": [{\"name\": \"Grow\", \"path\": \"plugin.js\"}]", {}, "otto",
                  QStringLiteral("plugin.js"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("g"), QStringLiteral("/g/"), QStringLiteral("grow")));
        Setup::EngineOptions options = ws.options();
        options.jsvmTimeoutMs = 3000;
        options.jsvmMemoryCapBytes = std::size_t(64) << 20;
        Gateway gw;
        QVERIFY(gw.start(options));
        QCOMPARE(gw.get("/g/x").status, 200);
        const qint64 peakBefore = peakRssKiB();
        QCOMPARE(gw.get("/g/x?grow=1").status, 500);
        const qint64 grownMiB = (peakRssKiB() - peakBefore) / 1024;
        qInfo("the process's peak memory grew by %lld MiB", grownMiB);
        // The cap is checked by polls a few ms apart; on a loaded machine a late poll lets
        // the call allocate on for a while (about 1 GiB/s here): a generous margin over the
        // cap still tells a stopped call from one that ran its whole 3 s.
        const qint64 capMiB = qint64(options.jsvmMemoryCapBytes >> 20);
        QVERIFY2(grownMiB < capMiB + 448, qPrintable(QString::number(grownMiB)));
        const auto events = gw.phaseEvents(QStringLiteral("pre:Grow"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"more than 64 MiB of memory"),
                 qPrintable(events.last().message));
        // The VM went with the call: later calls run.
        QCOMPARE(gw.get("/g/x").status, 200);
        QCOMPARE(gw.get("/g/x").status, 200);
    }

    void aJsCallThatKeepsAllocatingHugeArraysIsStoppedAtItsMemoryCap()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("growhuge"), growHugeJs,
                  "\"pre\": [{\"name\": \"GrowHuge\", \"path\": \"plugin.js\"}]", {}, "otto",
                  QStringLiteral("plugin.js"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("h"), QStringLiteral("/h/"), QStringLiteral("growhuge")));
        Setup::EngineOptions options = ws.options();
        options.jsvmTimeoutMs = 3000;
        options.jsvmMemoryCapBytes = std::size_t(64) << 20;
        Gateway gw;
        QVERIFY(gw.start(options));
        QCOMPARE(gw.get("/h/x").status, 200);
        const qint64 peakBefore = peakRssKiB();
        QCOMPARE(gw.get("/h/x?grow=1").status, 500);
        const qint64 grownMiB = (peakRssKiB() - peakBefore) / 1024;
        qInfo("the process's peak memory grew by %lld MiB", grownMiB);
        const qint64 capMiB = qint64(options.jsvmMemoryCapBytes >> 20);
        QVERIFY2(grownMiB < capMiB + 448, qPrintable(QString::number(grownMiB)));
        const auto events = gw.phaseEvents(QStringLiteral("pre:GrowHuge"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"more than 64 MiB of memory"),
                 qPrintable(events.last().message));
        QCOMPARE(gw.get("/h/x").status, 200);
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
                     QStringLiteral("manifest\\.json:1:\\d+: Driver 'grpc' isn't loaded"))),
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

    // The tests from here on leave threads spinning in string.find for good (abandoned,
    // never joined): they come last, so that they slow no other test.
    void pastFourStuckThreadsLuaCallsFailAtOnceWithAClearError()
    {
        Workspace ws;
        stuckWorkspace(ws);
        Gateway gw;
        QVERIFY(gw.start(ws.options(200)));
        // ?stuck=40: no thread may come back before the fourth is abandoned (4 x 400 ms).
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gw.get("/s/x?stuck=40").status, 500);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(gw.get("/s/x").status, 500);
        // Refused at once, not after a budget; four threads spin on two cores meanwhile.
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        const auto events = gw.phaseEvents(QStringLiteral("pre:Stuck"));
        QVERIFY2(events.last().message.contains(u"Lua workers are stuck in C code"),
                 qPrintable(events.last().message));
    }

    // Work queued behind a thread that stop() leaves in C is refused, not kept for ever: the
    // queued call lets go of its callback (no answer is posted once the driver is going).
    void workQueuedBehindAThreadStuckAtStopIsRefused()
    {
        auto rig = std::make_unique<LuaRig>(budgetOf(5000));
        auto module = rig->load(stuckLua, QStringLiteral("Stuck"));
        QVERIFY(module && *module);
        auto held = std::make_shared<int>(0);
        const std::weak_ptr<int> callback = held;
        rig->call(
            *module, "Stuck", "stuck", [](Plugin::HookReply) {}, "40"); // for good
        rig->call(*module, "Stuck", nullptr, [held](Plugin::HookReply) {});
        held.reset();
        QTest::qWait(300); // the first call is inside string.find
        QElapsedTimer timer;
        timer.start();
        rig.reset(); // stop(): waits ShutdownWait, then leaves the stuck thread
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        module->reset();
        QVERIFY(callback.expired());
    }
};

QTEST_GUILESS_MAIN(TestPluginWatchdogs)
#include "tst_pluginwatchdogs.moc"
