// SPDX-License-Identifier: GPL-3.0-or-later
// Python plugins that misbehave (stuck in C, ending the process, deep recursion, unbounded
// memory) and interpreters found through PATH or VIRTUAL_ENV, in the real engine with the
// embedded CPython. The interpreter is one per process and starts once, so tests that may
// leave it stuck or crash the process, or that set its environment, run again in a child
// process of their own (runInChild).
#include "tests/core/plugin/plugintestkit.h"

#include "core/plugin/python/pythondriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>

using namespace Hb;
using namespace Hb::Test;

namespace {

const char childVariable[] = "HB_PYTHON_RELIABILITY_CHILD";

bool isChild()
{
    return qEnvironmentVariableIsSet(childVariable);
}

// Runs `function` (with its data tag) in a child process of this test executable and
// fails unless it passes there.
void runInChild(const QString &function)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    QVERIFY(child.waitForStarted());
    const bool finished = child.waitForFinished(150000);
    if (!finished)
        child.kill();
    child.waitForFinished(5000);
    const QByteArray output = child.readAll();
    const bool passed =
        finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!passed) // in full: QTest shortens long messages
        fprintf(stderr, "---- child %s ----\n%s---- end of child ----\n", qPrintable(function),
                output.constData());
    QVERIFY2(finished, "the child hung");
    QVERIFY2(passed, qPrintable(QStringLiteral("the child failed (exit status %1, code %2)")
                                    .arg(int(child.exitStatus()))
                                    .arg(child.exitCode())));
}

#define HB_IN_CHILD_PROCESS()                                                                      \
    do {                                                                                           \
        if (!isChild()) {                                                                          \
            QString f = QString::fromLatin1(QTest::currentTestFunction());                         \
            if (QTest::currentDataTag())                                                           \
                f += u':' + QString::fromLatin1(QTest::currentDataTag());                          \
            runInChild(f);                                                                         \
            return;                                                                                \
        }                                                                                          \
    } while (false)

// A workspace with one API at /t/ whose pre hook `hook` is `code`.
void writeApi(Workspace &ws, const QByteArray &code, const QByteArray &hook)
{
    ws.bundle(QStringLiteral("plugin"), code, "\"pre\": [{\"name\": \"" + hook + "\"}]");
    ws.write(QStringLiteral("apps/api.json"),
             apiJson(QStringLiteral("t"), QStringLiteral("/t/"), QStringLiteral("plugin")));
}

QString lastMessage(const Gateway &gw, const QString &phase)
{
    const auto events = gw.phaseEvents(phase);
    return events.isEmpty() ? QString() : events.last().message;
}

// "X.Y" of the system Python, the one the driver links (Debian's libpython).
QString systemPythonVersion()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys; print('%d.%d' % sys.version_info[:2])")});
    python.waitForFinished(30000);
    return QString::fromLatin1(python.readAllStandardOutput()).trimmed();
}

// A directory laid out like a pyenv or python.org install whose python3 comes first on
// PATH: bin/python3 and lib/python3.X (the system's library, so that Python starts, but
// without Debian's dist-packages and so without google.protobuf).
bool makeForeignPythonFirstOnPath(const QString &root)
{
    const QString version = systemPythonVersion();
    QDir(root).mkpath(QStringLiteral("bin"));
    QDir(root).mkpath(QStringLiteral("lib"));
    QFile script(QDir(root).filePath(QStringLiteral("bin/python3")));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("#!/bin/sh\nexec /usr/bin/python3 \"$@\"\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    if (!QFile::link(QStringLiteral("/usr/lib/python") + version,
                     QDir(root).filePath(QStringLiteral("lib/python") + version)))
        return false;
    qputenv("PATH",
            QDir(root).filePath(QStringLiteral("bin")).toLocal8Bit() + ':' + qgetenv("PATH"));
    return true;
}

// `python3 -m venv --without-pip` of the system Python in `dir`, with a module
// hb_venv_probe in its site-packages; VIRTUAL_ENV names it. Returns the venv or empty.
QString makeVenv(const QString &dir)
{
    const QString venv = QDir(dir).filePath(QStringLiteral("venv"));
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-m"), QStringLiteral("venv"),
                                                      QStringLiteral("--without-pip"), venv});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("venv: %s", python.readAll().constData());
        return {};
    }
    const QString site = QDir(venv).filePath(
        QStringLiteral("lib/python%1/site-packages").arg(systemPythonVersion()));
    QFile probe(QDir(site).filePath(QStringLiteral("hb_venv_probe.py")));
    if (!probe.open(QIODevice::WriteOnly))
        return {};
    probe.write("WHERE = 'from the venv'\n");
    qputenv("VIRTUAL_ENV", venv.toLocal8Bit());
    return venv;
}

const QByteArray venvProbePlugin = "from tyk.decorators import *\n"
                                   "@Hook\n"
                                   "def Probe(request, session, spec):\n"
                                   "    try:\n"
                                   "        import hb_venv_probe\n"
                                   "        where = hb_venv_probe.WHERE\n"
                                   "    except ImportError:\n"
                                   "        where = 'missing'\n"
                                   "    request.add_header('X-Probe', where)\n"
                                   "    return request, session\n";

} // namespace

class TestPythonReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installMessageCapture(); }

    // Catastrophic backtracking runs in sre's C loop with the GIL held: the watchdog must
    // stop it without taking the GIL, and the next calls must run.
    void aHookStuckInARegexIsStoppedAtItsBudgetAndLaterCallsRun()
    {
        HB_IN_CHILD_PROCESS();
        Workspace ws;
        writeApi(ws,
                 "import re\n"
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Backtrack(request, session, spec):\n"
                 "    if request.object.params.get('evil') == '1':\n"
                 "        re.match(r'(a+)+$', 'a' * 64 + '!')\n"
                 "    request.add_header('X-Fine', 'yes')\n"
                 "    return request, session\n",
                 "Backtrack");
        Gateway gw;
        QVERIFY(gw.start(ws.options(300)));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(gw.get("/t/x?evil=1").status, 500);
        QVERIFY2(lastMessage(gw, QStringLiteral("pre:Backtrack")).contains(u"300 ms"),
                 qPrintable(lastMessage(gw, QStringLiteral("pre:Backtrack"))));
        for (int i = 0; i < 3; ++i) {
            const Http::HttpResponse ok = gw.get("/t/x");
            QCOMPARE(ok.status, 200);
            QCOMPARE(echoedHeaders(ok).value(QStringLiteral("X-Fine")).toString(),
                     QStringLiteral("yes"));
        }
        QVERIFY2(timer.elapsed() < 4000, "the calls after the stuck regex waited for it");
    }

    // A C loop that never checks for signals cannot be interrupted in process: the calls are
    // answered at their budget; after the grace period the runtime is declared stuck, which
    // the log says, and from then on Python plugins run in a fresh interpreter in a child
    // process (the Python plugin host).
    void aHookStuckInCCodeMovesPythonPluginsToAFreshInterpreterInAChildProcess()
    {
        HB_IN_CHILD_PROCESS();
        Workspace ws;
        writeApi(ws,
                 "import collections, itertools, os\n"
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Spin(request, session, spec):\n"
                 "    if request.object.params.get('stuck') == '1':\n"
                 "        collections.deque(itertools.count(), maxlen=0)\n"
                 "    request.add_header('X-Pid', str(os.getpid()))\n"
                 "    return request, session\n",
                 "Spin");
        // A 3 s budget, so that the bounds below leave ~2 s for a loaded machine and still
        // fail if a call waits for its own budget.
        Gateway gw;
        QVERIFY(gw.start(ws.options(3000)));
        QElapsedTimer timer;
        timer.start();
        Http::HttpResponse stuck, queued;
        stuck.status = queued.status = 0;
        gw.getAsync("/t/x?stuck=1", [&](Http::HttpResponse r) { stuck = r; });
        QTest::qWait(50);
        gw.getAsync("/t/x", [&](Http::HttpResponse r) { queued = r; });
        // Both are answered at their budget, while the hook is still stuck.
        QVERIFY(QTest::qWaitFor([&] { return stuck.status != 0 && queued.status != 0; }, 8000));
        QCOMPARE(stuck.status, 500);
        QCOMPARE(queued.status, 500);
        QVERIFY2(timer.elapsed() < 4500, "the calls were not answered at their budget");

        // Made before the grace period (2 s after the budget) is over, due after it: it is
        // answered when the runtime is declared stuck, before its own budget.
        QTest::qWait(int(std::max<qint64>(0, 4500 - timer.elapsed())));
        QElapsedTimer waiting;
        waiting.start();
        const Http::HttpResponse beforeStuck = gw.get("/t/x");
        QVERIFY2(waiting.elapsed() < 2000,
                 "a queued call was not answered when the runtime got stuck");
        // Queued in process, it is answered with the reason; on a machine so loaded that it
        // came after the declaration, it ran in the Python plugin host instead.
        if (beforeStuck.status != 200) {
            QCOMPARE(beforeStuck.status, 500);
            const QString answer = lastMessage(gw, QStringLiteral("pre:Spin"));
            QVERIFY2(answer.contains(u"stuck in C code") && answer.contains(u"child process"),
                     qPrintable(answer));
        }

        // Later calls run, in the Python plugin host, while the stuck one still spins here.
        for (int i = 0; i < 3; ++i) {
            const Http::HttpResponse r = gw.get("/t/x");
            QCOMPARE(r.status, 200);
            const QString pid = echoedHeaders(r).value(QStringLiteral("X-Pid")).toString();
            QVERIFY(!pid.isEmpty());
            QVERIFY(pid != QString::number(QCoreApplication::applicationPid()));
        }
        const QString log = capturedMessages();
        QVERIFY2(log.contains(u"stuck in C code: hook Spin") && log.contains(u"running since") &&
                     log.contains(u"Python plugins now run in a fresh interpreter in a child "
                                  u"process") &&
                     log.contains(u"Python plugin host started (pid "),
                 qPrintable(log));
    }

    // Calls queued behind a call stuck in C are answered without running (at their budget,
    // then dropped when the runtime is declared stuck); calls made afterwards run in the
    // Python plugin host. Each must then let go of its Object and callbacks; a job that held
    // itself would keep them, and a runtime stuck in C under traffic would grow without
    // bound.
    void callsQueuedBehindAStuckCallAndMadeAfterItFreeTheirObjectsAndCallbacks()
    {
        HB_IN_CHILD_PROCESS();
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("middleware.py"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import collections, itertools\n"
                "from tyk.decorators import *\n"
                "@Hook\n"
                "def Spin(request, session, spec):\n"
                "    collections.deque(itertools.count(), maxlen=0)\n"
                "    return request, session\n"
                "@Hook\n"
                "def Fine(request, session, spec):\n"
                "    return request, session\n");
        f.close();
        Plugin::PluginCode code;
        code.language = QStringLiteral("python");
        code.moduleId = QStringLiteral("stuck");
        code.directory = dir.path();
        code.files = {file};
        code.hookNames = {QStringLiteral("Spin"), QStringLiteral("Fine")};
        QObject context;
        Plugin::PythonDriverOptions options;
        options.hookTimeoutMs = 300;
        options.stuckGraceMs = 300;
        // The later calls run in a fresh host, together: room for a loaded machine.
        options.loadTimeoutMs = 30000;
        Plugin::PythonDriver driver(&context, options);
        auto module = driver.load(code, nullptr);
        QVERIFY2(module, qPrintable(module ? QString() : module.error().toString()));

        // Held by every call's callback: back to one owner once every call is freed.
        const auto held = std::make_shared<int>(0);
        int answered = 0;
        QStringList messages;
        const auto callHook = [&](const char *hook, bool hold) {
            Plugin::HookCall call;
            call.object.set_hook_name(hook);
            call.object.set_hook_type(coprocess::Pre);
            call.object.mutable_request()->set_body(std::string(64 << 10, 'x'));
            driver.call(
                *module, std::move(call), [&, token = hold ? held : nullptr](Plugin::HookReply r) {
                    ++answered;
                    messages.append(r.object ? QStringLiteral("ok") : r.object.error().message);
                });
        };
        callHook("Spin", false);
        const int queuedCalls = 50;
        for (int i = 0; i < queuedCalls; ++i)
            callHook("Fine", true);
        // The queued calls are answered at their budget; the runtime is declared stuck 300 ms
        // later (the log says so).
        QTRY_VERIFY_WITH_TIMEOUT(answered == 1 + queuedCalls, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(capturedMessages().contains(u"stuck in C code: hook Spin"), 10000);
        const int laterCalls = 200;
        for (int i = 0; i < laterCalls; ++i)
            callHook("Fine", true);
        QTRY_VERIFY_WITH_TIMEOUT(answered == 1 + queuedCalls + laterCalls, 30000);
        // The later calls ran in the Python plugin host.
        QCOMPARE(messages.mid(1 + queuedCalls).count(QStringLiteral("ok")), laterCalls);
        QTRY_COMPARE_WITH_TIMEOUT(held.use_count(), 1L, 5000);
    }

    void aHookCannotEndTheProcess_data()
    {
        QTest::addColumn<QByteArray>("statement");
        QTest::addColumn<QString>("logged");
        QTest::newRow("os._exit") << QByteArray("os._exit(7)") << QStringLiteral("os._exit(7)");
        QTest::newRow("sys.exit") << QByteArray("sys.exit(3)") << QStringLiteral("sys.exit(3)");
        QTest::newRow("os.abort") << QByteArray("os.abort()") << QStringLiteral("os.abort()");
        QTest::newRow("os.kill self")
            << QByteArray("os.kill(os.getpid(), signal.SIGKILL)") << QStringLiteral("os.kill(");
        QTest::newRow("posix._exit")
            << QByteArray("__import__('posix')._exit(9)") << QStringLiteral("os._exit(9)");
        QTest::newRow("signal.raise_signal") << QByteArray("signal.raise_signal(signal.SIGTERM)")
                                             << QStringLiteral("signal.raise_signal(");
    }
    // The hook fails (Tyk's 500 for a failing hook), the log says what it tried, and the
    // gateway goes on.
    void aHookCannotEndTheProcess()
    {
        HB_IN_CHILD_PROCESS();
        QFETCH(QByteArray, statement);
        QFETCH(QString, logged);
        Workspace ws;
        writeApi(ws,
                 "import os, signal, sys\n"
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Quit(request, session, spec):\n"
                 "    if request.object.params.get('quit') == '1':\n"
                 "        " +
                     statement +
                     "\n"
                     "    return request, session\n",
                 "Quit");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/t/x?quit=1").status, 500);
        const QString answer = lastMessage(gw, QStringLiteral("pre:Quit"));
        QVERIFY2(answer.contains(u"not allowed in a plugin"), qPrintable(answer));
        const QString callLog = gw.logs().join(u'\n');
        QVERIFY2(callLog.contains(QStringLiteral("the plugin called ") + logged),
                 qPrintable(callLog));
        QCOMPARE(gw.get("/t/x").status, 200);
    }

    // With the limit raised to a million, a deep repr() would overflow the C stack and end
    // the process; it must end in RecursionError instead.
    void deepRecursionWithARaisedLimitFailsTheHookInsteadOfCrashing()
    {
        HB_IN_CHILD_PROCESS();
        Workspace ws;
        writeApi(ws,
                 "import sys\n"
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Deep(request, session, spec):\n"
                 "    if request.object.params.get('deep') == '1':\n"
                 "        sys.setrecursionlimit(10**6)\n"
                 "        nested = []\n"
                 "        for _ in range(500000):\n"
                 "            nested = [nested]\n"
                 "        repr(nested)\n"
                 "    return request, session\n",
                 "Deep");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/t/x?deep=1").status, 500);
        const QString answer = lastMessage(gw, QStringLiteral("pre:Deep"));
        QVERIFY2(answer.contains(u"recursion"), qPrintable(answer));
        QVERIFY2(gw.logs().join(u'\n').contains(u"sys.setrecursionlimit(1000000) lowered"),
                 qPrintable(gw.logs().join(u'\n')));
        QCOMPARE(gw.get("/t/x").status, 200);
    }

    // 16 blocks of 64 MiB (calloc'ed: address space until touched) against the default
    // 512 MiB cap.
    void aHookPastItsMemoryCapFailsAndTheNextCallRuns()
    {
        Workspace ws;
        writeApi(ws,
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Hog(request, session, spec):\n"
                 "    if request.object.params.get('hog') == '1':\n"
                 "        blocks = [bytes(64 << 20) for _ in range(16)]\n"
                 "        request.add_header('X-Blocks', str(len(blocks)))\n"
                 "    return request, session\n",
                 "Hog");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/t/x?hog=1").status, 500);
        const QString answer = lastMessage(gw, QStringLiteral("pre:Hog"));
        QVERIFY2(answer.contains(u"memory cap of 512 MiB") && answer.contains(u"middleware.py:5"),
                 qPrintable(answer));
        QCOMPARE(gw.get("/t/x").status, 200);
    }

    // A pyenv-like python3 first on PATH does not choose the interpreter's library, and
    // VIRTUAL_ENV naming a venv of the same Python adds its site-packages.
    void pluginsImportPackagesFromAVenvOfTheSamePythonWhateverPathHolds()
    {
        HB_IN_CHILD_PROCESS();
        QTemporaryDir dir;
        QVERIFY(makeForeignPythonFirstOnPath(dir.filePath(QStringLiteral("pyenv"))));
        QVERIFY(!makeVenv(dir.path()).isEmpty());
        Workspace ws;
        writeApi(ws, venvProbePlugin, "Probe");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString diagnostics = gw.diagnostics().join(u'\n');
        QVERIFY2(!diagnostics.contains(u"Python") && !diagnostics.contains(u"google"),
                 qPrintable(diagnostics));
        const Http::HttpResponse r = gw.get("/t/x");
        QCOMPARE(r.status, 200);
        QCOMPARE(echoedHeaders(r).value(QStringLiteral("X-Probe")).toString(),
                 QStringLiteral("from the venv"));
        QVERIFY2(capturedMessages().contains(u"VIRTUAL_ENV " + qEnvironmentVariable("VIRTUAL_ENV") +
                                             u": plugins can import"),
                 qPrintable(capturedMessages()));
    }

    void aVenvOfAnotherPythonVersionIsIgnoredWithALogLine()
    {
        HB_IN_CHILD_PROCESS();
        QTemporaryDir dir;
        QVERIFY(makeForeignPythonFirstOnPath(dir.filePath(QStringLiteral("pyenv"))));
        const QString venv = makeVenv(dir.path());
        QVERIFY(!venv.isEmpty());
        QFile cfg(QDir(venv).filePath(QStringLiteral("pyvenv.cfg")));
        QVERIFY(cfg.open(QIODevice::ReadOnly));
        QByteArray text = cfg.readAll();
        cfg.close();
        text.replace(QByteArray("version = " + systemPythonVersion().toLatin1()), "version = 3.7");
        QVERIFY(text.contains("version = 3.7"));
        QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cfg.write(text);
        cfg.close();
        Workspace ws;
        writeApi(ws, venvProbePlugin, "Probe");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/t/x");
        QCOMPARE(r.status, 200);
        QCOMPARE(echoedHeaders(r).value(QStringLiteral("X-Probe")).toString(),
                 QStringLiteral("missing"));
        QVERIFY2(capturedMessages().contains(u"VIRTUAL_ENV " + venv +
                                             u" ignored: it is a Python 3.7 venv"),
                 qPrintable(capturedMessages()));
    }

    void aMissingProtobufIsAStartupErrorNamingTheDebianPackage()
    {
        HB_IN_CHILD_PROCESS();
        // A regular package named google first on the path hides Debian's namespace one.
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("google"));
        QFile init(dir.filePath(QStringLiteral("google/__init__.py")));
        QVERIFY(init.open(QIODevice::WriteOnly));
        init.close();
        qputenv("PYTHONPATH", dir.path().toLocal8Bit());
        Workspace ws;
        writeApi(ws, venvProbePlugin, "Probe");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString diagnostics = gw.diagnostics().join(u'\n');
        QVERIFY2(diagnostics.contains(u"google.protobuf") &&
                     diagnostics.contains(u"install Debian's python3-protobuf"),
                 qPrintable(diagnostics));
        QVERIFY2(capturedMessages().contains(u"python3-protobuf"), qPrintable(capturedMessages()));
    }

    // As Tyk logs a failing Python hook (error level, prefix "python"), with the file and
    // line, in the log `hookbench-cli serve` prints.
    void aFailingHookIsLoggedWithItsFileAndLine()
    {
        Workspace ws;
        writeApi(ws,
                 "from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Broken(request, session, spec):\n"
                 "    x = 1\n"
                 "    raise ValueError('bad thing')\n",
                 "Broken");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/t/x").status, 500);
        const QString log = capturedMessages();
        QVERIFY2(log.contains(u"[python] error: Hook 'Broken' returned an error: bad thing ("),
                 qPrintable(log));
        QVERIFY2(log.contains(u"middleware.py:5, in Broken)"), qPrintable(log));
    }

    void aBundleThatFailsToLoadIsLoggedWithItsFileAndLine()
    {
        Workspace ws;
        writeApi(ws,
                 "from tyk.decorators import *\n"
                 "raise RuntimeError('no config')\n",
                 "Never");
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString log = capturedMessages();
        QVERIFY2(log.contains(u"[python] error: Middleware initialization error: RuntimeError: "
                              u"no config ("),
                 qPrintable(log));
        QVERIFY2(log.contains(u"middleware.py:2)"), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestPythonReliability)
#include "tst_pythonreliability.moc"
