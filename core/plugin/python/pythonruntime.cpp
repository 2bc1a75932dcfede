// SPDX-License-Identifier: GPL-3.0-or-later
// pybind11 (and so Python.h) comes before any Qt header: Python.h must be first, and Qt's
// `slots` keyword would clash with it (the build also sets QT_NO_KEYWORDS).
#include <pybind11/embed.h>
#include <pybind11/stl.h>

#include "core/plugin/python/pythonruntime.h"

#include "core/plugin/python/pythonenvironment.h"
#include "core/plugin/python/pythonhostmodule.h"
#include "core/plugin/python/pythonmemorycap.h"
#include "core/plugin/python/pythonobjecthandoff.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

#include <future>
#include <mutex>
#include <optional>

#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

namespace py = pybind11;

namespace Hb::Plugin {

// Hidden like the pybind11 objects it holds.
struct __attribute__((visibility("hidden"))) PythonRuntime::Impl
{
    // Signals the Python thread to stop the job with `serial` (see hookbench_dispatcher.py):
    // no GIL needed, as a hook stuck in C holds it.
    explicit Impl()
        : jobs([this](std::uint64_t serial) {
            PythonHost::requestInterrupt(serial);
            if (interruptSignal > 0)
                pthread_kill(pythonPthread, interruptSignal);
        })
    {}

    PythonJobQueue jobs;
    pthread_t pythonPthread{};
    std::atomic<int> interruptSignal{0};

    // Touched only with the GIL held.
    py::object loadFn;
    py::object dispatchFn;       // bytes in, bytes out (when there is no handoff)
    py::object dispatchObjectFn; // an Object changed in place
    std::optional<PythonObjectHandoff> handoff;
    py::object unloadFn;
};

namespace {
std::atomic<bool> g_pluginHost{false};
}

void PythonRuntime::runAsPluginHost()
{
    g_pluginHost.store(true);
}

std::shared_ptr<PythonRuntime> PythonRuntime::instance(const QString &runtimeDir)
{
    static std::mutex mutex;
    static std::shared_ptr<PythonRuntime> runtime;
    const std::lock_guard lock(mutex);
    if (!runtime) {
        // Never destroyed: see the class comment. The no-op deleter keeps the threads and
        // the interpreter alive until the process ends.
        runtime = std::shared_ptr<PythonRuntime>(new PythonRuntime(), [](PythonRuntime *) {});
        runtime->start(runtimeDir);
    }
    return runtime;
}

namespace {
struct ThreadStart
{
    std::function<void()> main;
};
} // namespace

void PythonRuntime::start(const QString &runtimeDir)
{
    d = new Impl;
    std::promise<void> ready;
    std::future<void> started = ready.get_future();
    // A pthread rather than std::thread for the stack size (PythonHost::stackBytes).
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, PythonHost::stackBytes);
    auto *startInfo = new ThreadStart{[this, runtimeDir] { threadMain(runtimeDir); }};
    const int created = pthread_create(
        &d->pythonPthread, &attr,
        [](void *arg) -> void * {
            const std::unique_ptr<ThreadStart> s(static_cast<ThreadStart *>(arg));
            s->main();
            return nullptr;
        },
        startInfo);
    pthread_attr_destroy(&attr);
    if (created != 0)
        qFatal("Python driver: cannot start the interpreter thread (error %d)", created);
    pthread_detach(d->pythonPthread);
    // threadMain signals readiness through the queue: wait for the first empty job.
    auto job = std::make_shared<PythonJob>();
    job->deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    job->label = QStringLiteral("starting the interpreter");
    job->run = [&ready](PythonJob &self) {
        self.finish();
        ready.set_value();
    };
    d->jobs.post(job);
    started.wait();
    d->jobs.setStuckHandler([this](const QString &reason) {
        if (g_pluginHost.load()) {
            // The parent reads this line as the reason its Python plugin host ended. _exit:
            // exit() would finalise Python, which waits for the GIL the stuck call holds.
            std::fprintf(stderr, "fatal: %s\n", reason.toLocal8Bit().constData());
            std::fflush(stderr);
            ::_exit(70);
        }
        m_abandoned.store(true);
        return QStringLiteral("; Python plugins now run in a fresh interpreter in a child "
                              "process (the Python plugin host)");
    });
    d->jobs.startWatchdog();
}

// Starts the interpreter and imports the dispatcher; false (and m_initError) on failure.
bool PythonRuntime::initialize(const QString &runtimeDir)
{
    const QString version = QStringLiteral("%1.%2").arg(PY_MAJOR_VERSION).arg(PY_MINOR_VERSION);
    const PythonEnvironment env = PythonEnvironment::detect(version);
    for (const QString &note : env.notes)
        qInfo("Python driver: %s", qPrintable(note));
    if (!startInterpreter(env))
        return false;
    try {
        return importDispatcher(runtimeDir, env);
    } catch (const py::error_already_set &e) {
        m_initError = QStringLiteral("the Python runtime in %1 failed to start: %2")
                          .arg(runtimeDir, QString::fromUtf8(e.what()));
        m_objectEncodingReason = m_initError;
        return false;
    }
}

bool PythonRuntime::startInterpreter(const PythonEnvironment &env)
{
    // pymalloc, whatever PYTHONMALLOC says: PythonMemoryCap counts its arenas.
    PyPreConfig pre;
    PyPreConfig_InitIsolatedConfig(&pre);
    pre.isolated = 0;
    pre.use_environment = 1;
    pre.allocator = PYMEM_ALLOCATOR_PYMALLOC;
    PyStatus status = Py_PreInitialize(&pre);
    if (PyStatus_Exception(status)) {
        m_initError = QStringLiteral("the Python runtime failed to start: %1")
                          .arg(QString::fromUtf8(status.err_msg ? status.err_msg : "?"));
        return false;
    }
    PythonMemoryCap::install();

    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.isolated = 0;
    config.use_environment = 1;
    // No signal handlers: the programs that embed us handle SIGINT/SIGTERM themselves.
    config.install_signal_handlers = 0;
    config.faulthandler = g_pluginHost.load() ? 1 : 0;
    if (!env.home.isEmpty()) {
        const std::wstring home = env.home.toStdWString();
        const std::wstring program = env.programName.toStdWString();
        PyConfig_SetString(&config, &config.home, home.c_str());
        PyConfig_SetString(&config, &config.program_name, program.c_str());
    }
    try {
        py::initialize_interpreter(&config);
    } catch (const std::exception &e) {
        m_initError = QStringLiteral("the Python runtime (home %1) failed to start: %2")
                          .arg(env.home, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool PythonRuntime::importDispatcher(const QString &runtimeDir, const PythonEnvironment &env)
{
    py::module_ sys = py::module_::import("sys");
    m_version = QString::fromStdString(py::str(sys.attr("version")).cast<std::string>())
                    .section(u' ', 0, 0);
    if (!env.venvSitePackages.isEmpty())
        py::module_::import("site").attr("addsitedir")(env.venvSitePackages.toStdString());
    // Tyk's search path: the runtime, its tyk/ folder (so `import gateway` works), the
    // generated protobuf modules.
    py::list path = sys.attr("path");
    path.insert(0, QDir(runtimeDir).filePath(QStringLiteral("proto")).toStdString());
    path.insert(0, QDir(runtimeDir).filePath(QStringLiteral("tyk")).toStdString());
    path.insert(0, runtimeDir.toStdString());
    // Bundles are the user's folders: leave no __pycache__ in them.
    sys.attr("dont_write_bytecode") = true;
    try {
        py::module_::import("google.protobuf");
    } catch (const py::error_already_set &e) {
        m_initError =
            QStringLiteral("the Python runtime (Python %1 in %2) cannot import "
                           "google.protobuf, which every Tyk Python plugin needs: install "
                           "Debian's python3-protobuf (apt install python3-protobuf). "
                           "Python said: %3")
                .arg(m_version,
                     QString::fromStdString(py::str(sys.attr("prefix")).cast<std::string>()),
                     QString::fromUtf8(e.what()));
        m_objectEncodingReason = m_initError;
        return false;
    }
    py::module_ dispatcher = py::module_::import("hookbench_dispatcher");
    d->loadFn = dispatcher.attr("load");
    d->dispatchFn = dispatcher.attr("dispatch");
    d->dispatchObjectFn = dispatcher.attr("dispatch_object");
    d->handoff.emplace(py::module_::import("coprocess_object_pb2").attr("Object"));
    m_objectEncodingReason = d->handoff->unavailableReason();
    if (!d->handoff->available())
        qInfo("Python driver: hooks get their Object encoded, as %s",
              qPrintable(m_objectEncodingReason));
    d->unloadFn = dispatcher.attr("unload");
    d->interruptSignal = dispatcher.attr("INTERRUPT_SIGNAL").cast<int>();
    return true;
}

void PythonRuntime::threadMain(const QString &runtimeDir)
{
    if (initialize(runtimeDir)) {
        serveJobs();
        return;
    }
    qWarning("Python driver: %s", qPrintable(m_initError));
    if (Py_IsInitialized()) {
        serveJobs(); // load() answers with m_initError; only unloads of nothing come
        return;
    }
    // No interpreter: load() answers with m_initError, so only jobs without Python come
    // (the readiness job).
    for (;;) {
        const std::shared_ptr<PythonJob> job = d->jobs.next(true);
        if (job->run)
            job->run(*job);
        d->jobs.ended(*job);
    }
}

void PythonRuntime::serveJobs()
{
    PyThreadState *saved = PyEval_SaveThread(); // hold no GIL while idle
    for (;;) {
        std::shared_ptr<PythonJob> job = d->jobs.next(true);
        PyEval_RestoreThread(saved);
        // Jobs queued meanwhile run under the same GIL hold (one switch per batch).
        for (; job; job = d->jobs.next(false)) {
            PythonHost::setRunningJob(job->serial);
            try {
                job->run(*job);
            } catch (const std::exception &e) {
                PyErr_Clear();
                qWarning("Python driver: unexpected error: %s", e.what());
            }
            PythonHost::setRunningJob(0);
            d->jobs.ended(*job);
            // The watchdog may hold the job until its next sweep: let go of the call's
            // object and callbacks now.
            job->run = nullptr;
        }
        saved = PyEval_SaveThread();
    }
}

namespace {
// Sets the memory cap for the duration of a Python call (GIL held).
class MemoryCapScope
{
public:
    explicit MemoryCapScope(std::size_t bytes)
        : m_on(bytes > 0)
    {
        if (m_on)
            PythonMemoryCap::set(bytes);
    }
    ~MemoryCapScope()
    {
        if (m_on)
            PythonMemoryCap::lift();
    }
    bool hit() const { return m_on && PythonMemoryCap::wasHit(); }

private:
    bool m_on;
};

QString memoryCapMessage(const QString &what, std::size_t bytes)
{
    return QStringLiteral("%1 went over its memory cap of %2 MiB and was stopped (MemoryError)")
        .arg(what)
        .arg(qulonglong(bytes >> 20));
}

// Tyk logs a failing hook at error level with the prefix "python" (coprocess/python/
// dispatcher.py sets sys.excepthook to tyk.log_error; gateway/coprocess.go adds
// "Dispatch error"); Hookbench logs the same message once, with its file and line.
void logError(const PythonCallContext &ctx, const QString &message)
{
    if (ctx.gatewayLog)
        ctx.gatewayLog(QStringLiteral("error"), message);
    else
        qWarning("[python] error: %s", qPrintable(message));
}

QString located(const QString &message, const SourceLocation &where)
{
    if (where.file.isEmpty() || message.contains(where.file))
        return message;
    return QStringLiteral("%1 (%2:%3)").arg(message, where.file).arg(where.line);
}
} // namespace

Result<qint64> PythonRuntime::runLoad(const PluginCode &code, std::size_t memoryBytes,
                                      QList<LoadProblem> &problems)
{
    try {
        py::list files;
        for (const QString &f : code.files)
            files.append(f.toStdString());
        py::list hooks;
        for (const QString &h : code.hookNames)
            hooks.append(h.toStdString());
        MemoryCapScope cap(memoryBytes);
        // ("ok", handle, [(message, file) per undefined hook]) or
        // ("error", message, file, line, column), as hookbench_dispatcher.load returns.
        py::tuple r =
            d->loadFn(code.moduleId.toStdString(), code.directory.toStdString(), files, hooks);
        if (r[0].cast<std::string>() == "ok") {
            for (py::handle p : r[2].cast<py::list>()) {
                py::tuple t = p.cast<py::tuple>();
                problems.append({makeError(ErrorCode::NotFound,
                                           QString::fromStdString(t[0].cast<std::string>()),
                                           {QString::fromStdString(t[1].cast<std::string>())}),
                                 false});
            }
            return qint64(r[1].cast<long long>());
        }
        SourceLocation where;
        where.file = QString::fromStdString(r[2].cast<std::string>());
        where.line = r[3].cast<int>();
        where.column = r[4].cast<int>();
        QString message = QString::fromStdString(r[1].cast<std::string>());
        if (cap.hit())
            message = memoryCapMessage(QStringLiteral("Loading %1").arg(code.files.value(0)),
                                       memoryBytes);
        return makeError(ErrorCode::InvalidInput, message, where);
    } catch (const py::error_already_set &e) {
        return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
}

Result<qint64> PythonRuntime::load(const PluginCode &code, QList<LoadProblem> *problems,
                                   const PythonCallLimits &limits,
                                   const std::shared_ptr<PythonCallContext> &ctx)
{
    if (!m_initError.isEmpty())
        return makeError(ErrorCode::Unavailable, m_initError);
    struct Outcome
    {
        Result<qint64> handle = makeError(ErrorCode::Timeout, QString());
        QList<LoadProblem> problems;
        QList<PluginLogLine> logs;
        QString stuck;
    };
    auto outcome = std::make_shared<Outcome>();
    auto finished = std::make_shared<std::promise<void>>();
    std::future<void> done = finished->get_future();
    auto job = std::make_shared<PythonJob>();
    job->posted = std::chrono::steady_clock::now();
    job->deadline = job->posted + std::chrono::milliseconds(limits.timeoutMs);
    job->grace = std::chrono::milliseconds(limits.stuckGraceMs);
    job->label = QStringLiteral("loading %1 (%2)").arg(code.files.value(0), code.origin);
    job->run = [this, code, outcome, finished, ctx, limits](PythonJob &self) {
        PythonHost::setActiveCall(&outcome->logs, ctx.get());
        QList<LoadProblem> problems;
        Result<qint64> result = runLoad(code, limits.memoryBytes, problems);
        PythonHost::setActiveCall(nullptr, nullptr);
        if (self.finish()) {
            outcome->handle = std::move(result);
            outcome->problems = std::move(problems);
            finished->set_value();
        }
    };
    job->timedOut = [finished, outcome](const QString &stuck) {
        outcome->stuck = stuck;
        finished->set_value();
    };
    d->jobs.post(job);
    done.wait(); // bounded: the watchdog answers at the deadline
    if (job->state.load() == PythonJob::TimedOut) {
        const QString message =
            !outcome->stuck.isEmpty()
                ? outcome->stuck
                : QStringLiteral("loading %1 took longer than %2 ms; its module-level code "
                                 "was interrupted")
                      .arg(code.files.value(0))
                      .arg(limits.timeoutMs);
        logError(*ctx, message);
        return makeError(ErrorCode::Timeout, message, {code.files.value(0)});
    }
    if (problems)
        problems->append(outcome->problems);
    if (!outcome->handle)
        logError(*ctx, located(outcome->handle.error().message, outcome->handle.error().where));
    return outcome->handle;
}

namespace {
// A failed hook's (message, file, line, function, traceback) as the reply's error.
void setHookError(HookReply &reply, const py::tuple &err)
{
    reply.where.file = QString::fromStdString(err[1].cast<std::string>());
    reply.where.line = err[2].cast<int>();
    const std::string function = err[3].cast<std::string>();
    const std::string tb = err[4].cast<std::string>();
    if (!tb.empty())
        reply.logs.append({QStringLiteral("error"), QString::fromStdString(tb)});
    QString message = QString::fromStdString(err[0].cast<std::string>());
    if (!reply.where.file.isEmpty())
        message += QStringLiteral(" (%1:%2, in %3)")
                       .arg(reply.where.file)
                       .arg(reply.where.line)
                       .arg(QString::fromStdString(function));
    reply.object = makeError(ErrorCode::InvalidInput, message, reply.where);
}
} // namespace

// Runs the hook on the Python thread (GIL held) and returns its reply.
HookReply PythonRuntime::runHook(qint64 handle, coprocess::Object &object, bool encode,
                                 std::size_t memoryBytes)
{
    HookReply reply;
    try {
        MemoryCapScope cap(memoryBytes);
        if (!encode && d->handoff && d->handoff->available()) {
            py::object pyObject = d->handoff->toPython(object);
            py::object err = d->dispatchObjectFn(handle, pyObject);
            if (err.is_none())
                reply.object = d->handoff->fromPython(pyObject);
            else
                setHookError(reply, err.cast<py::tuple>());
        } else {
            std::string bytes;
            object.SerializeToString(&bytes);
            py::tuple r = d->dispatchFn(handle, py::bytes(bytes));
            if (r[0].is_none()) {
                setHookError(reply, r[1].cast<py::tuple>());
            } else {
                coprocess::Object parsed;
                if (parsed.ParseFromString(r[0].cast<std::string>()))
                    reply.object = std::move(parsed);
                else
                    reply.object = makeError(ErrorCode::Internal,
                                             QStringLiteral("the plugin's Object did not parse"));
            }
        }
        if (!reply.object && cap.hit()) {
            Error e = reply.object.error();
            e.message = memoryCapMessage(
                QStringLiteral("Hook '%1'").arg(QString::fromStdString(object.hook_name())),
                memoryBytes);
            e.message = located(e.message, e.where);
            reply.object = std::move(e);
        }
    } catch (const py::error_already_set &e) {
        reply.object = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    } catch (const std::runtime_error &e) {
        reply.object = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
    return reply;
}

void PythonRuntime::call(qint64 handle, coprocess::Object object, const QString &origin,
                         const PythonCallLimits &limits, bool encode,
                         const std::shared_ptr<PythonCallContext> &ctx,
                         IPluginDriver::HookCallback done)
{
    const QString hookName = QString::fromStdString(object.hook_name());
    auto job = std::make_shared<PythonJob>();
    job->posted = std::chrono::steady_clock::now();
    job->deadline = job->posted + std::chrono::milliseconds(limits.timeoutMs);
    job->grace = std::chrono::milliseconds(limits.stuckGraceMs);
    job->label = QStringLiteral("hook %1 (%2)").arg(hookName, origin);
    job->run = [this, handle, object = std::move(object), encode, ctx, done,
                memoryBytes = limits.memoryBytes](PythonJob &self) mutable {
        QElapsedTimer timer;
        timer.start();
        QList<PluginLogLine> logs;
        PythonHost::setActiveCall(&logs, ctx.get());
        HookReply reply = runHook(handle, object, encode, memoryBytes);
        PythonHost::setActiveCall(nullptr, nullptr);
        logs.append(reply.logs);
        reply.logs = std::move(logs);
        reply.pluginNs = timer.nsecsElapsed();
        if (!self.finish())
            return;
        ctx->post([reply = std::move(reply), done, ctx]() mutable {
            if (!reply.object)
                logError(*ctx, reply.object.error().message);
            done(std::move(reply));
        });
    };
    job->timedOut = [ctx, done, hookName, timeoutMs = limits.timeoutMs](const QString &stuck) {
        ctx->post([ctx, done, hookName, timeoutMs, stuck] {
            HookReply reply;
            const QString message =
                !stuck.isEmpty()
                    ? stuck
                    : QStringLiteral("hook %1 did not return within its %2 ms budget; it was "
                                     "interrupted")
                          .arg(hookName)
                          .arg(timeoutMs);
            logError(*ctx, message);
            reply.object = makeError(ErrorCode::Timeout, message);
            done(std::move(reply));
        });
    };
    d->jobs.post(std::move(job));
}

void PythonRuntime::unload(qint64 handle)
{
    auto job = std::make_shared<PythonJob>();
    job->deadline = std::chrono::steady_clock::now() + std::chrono::hours(24);
    job->label = QStringLiteral("unloading module %1").arg(handle);
    job->run = [this, handle](PythonJob &self) {
        try {
            d->unloadFn(handle);
        } catch (const py::error_already_set &) {
        }
        self.finish();
    };
    d->jobs.post(std::move(job));
}

} // namespace Hb::Plugin
