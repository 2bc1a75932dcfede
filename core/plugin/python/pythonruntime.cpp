// SPDX-License-Identifier: GPL-3.0-or-later
// pybind11 (and so Python.h) comes before any Qt header: Python.h must be first, and Qt's
// `slots` keyword would clash with it (the build also sets QT_NO_KEYWORDS).
#include <pybind11/embed.h>
#include <pybind11/stl.h>

#include "core/plugin/python/pythonruntime.h"

#include "core/plugin/iplugindatastore.h"
#include "core/plugin/python/pythonobjecthandoff.h"

#include <QDir>
#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>

#include <pthread.h>
#include <csignal>
#include <thread>
#include <vector>

namespace py = pybind11;

namespace Hb::Plugin {

namespace {

// The call the Python thread is running: where `tyk.log` lines and store_data go.
struct ActiveCall
{
    QList<PluginLogLine> *logs = nullptr;
    PythonCallContext *ctx = nullptr;
};
thread_local ActiveCall t_active;

void logLine(const std::string &level, const std::string &message)
{
    const QString l = QString::fromStdString(level);
    const QString m = QString::fromStdString(message);
    if (t_active.logs)
        t_active.logs->append({l, m});
    if (t_active.ctx && t_active.ctx->gatewayLog)
        t_active.ctx->gatewayLog(l, m);
}

std::shared_ptr<IPluginDataStore> activeStore()
{
    if (!t_active.ctx)
        return nullptr;
    const QMutexLocker lock(&t_active.ctx->mutex);
    return t_active.ctx->dataStore;
}

} // namespace

} // namespace Hb::Plugin

// The native half of `gateway.TykGateway` (pylib/tyk/gateway.py).
PYBIND11_EMBEDDED_MODULE(_hookbench, m)
{
    using namespace Hb::Plugin;
    m.def("log", [](const std::string &level, const std::string &message) {
        // Tyk: "debug", "error", "warning"; anything else is info.
        const std::string l =
            (level == "debug" || level == "error" || level == "warning" || level == "print")
                ? level
                : std::string("info");
        logLine(l, message);
    });
    m.def("store_data", [](const std::string &key, const py::bytes &value, long long ttl) {
        const auto store = activeStore();
        if (!store) {
            logLine("error", "store_data: no data store is configured");
            return;
        }
        const std::string v = value;
        Hb::Result<void> r = [&] {
            py::gil_scoped_release release; // Redis may take up to a second
            return store->set(QString::fromStdString(key), QByteArray::fromStdString(v), ttl);
        }();
        if (!r) // Tyk only logs store errors
            logLine("error", "store_data failed: " + r.error().message.toStdString());
    });
    m.def("get_data", [](const std::string &key) {
        const auto store = activeStore();
        if (!store)
            return py::bytes("");
        Hb::Result<QByteArray> r = [&] {
            py::gil_scoped_release release;
            return store->get(QString::fromStdString(key));
        }();
        if (!r) {
            logLine("error", "get_data failed: " + r.error().message.toStdString());
            return py::bytes("");
        }
        return py::bytes(r->constData(), size_t(r->size()));
    });
    m.def("trigger_event", [](const std::string &name, const std::string &payload) {
        // Tyk fires a gateway-level system event; Hookbench has no system event handlers,
        // so the event is shown in the log of the call that fired it.
        logLine("info", "event " + name + ": " + payload);
    });
}

namespace Hb::Plugin {

// Hidden like the pybind11 objects it holds.
struct __attribute__((visibility("hidden"))) PythonRuntime::Impl
{
    std::mutex queueMutex;
    std::condition_variable queueCv;
    std::deque<std::shared_ptr<PythonJob>> queue;

    std::mutex watchMutex;
    std::condition_variable watchCv;
    std::vector<std::shared_ptr<PythonJob>> watched;
    // When the watchdog wakes next on its own (max: it waits for work); a job due later
    // does not need to wake it.
    std::chrono::steady_clock::time_point watchWakeAt = std::chrono::steady_clock::time_point::max();

    // Touched only with the GIL held.
    PythonJob *current = nullptr;
    unsigned long pythonThreadId = 0;
    PyObject *timeoutType = nullptr;
    py::object loadFn;
    py::object dispatchFn;       // bytes in, bytes out (when there is no handoff)
    py::object dispatchObjectFn; // an Object changed in place
    std::optional<PythonObjectHandoff> handoff;
    py::object unloadFn;
    py::object requestInterruptFn; // the dispatcher's request_interrupt / clear_interrupt
    py::object clearInterruptFn;
    int interruptSignal = 0;       // sent to the Python thread to end a blocking call
    pthread_t pythonPthread{};

    std::thread pythonThread;
    std::thread watchdogThread;
};

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

void PythonRuntime::start(const QString &runtimeDir)
{
    d = new Impl;
    std::promise<void> ready;
    std::future<void> started = ready.get_future();
    d->pythonThread = std::thread([this, runtimeDir] { threadMain(runtimeDir); });
    // threadMain signals readiness through the queue: wait for the first empty job.
    auto job = std::make_shared<PythonJob>();
    job->deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    job->run = [&ready, job] {
        job->finish();
        ready.set_value();
    };
    {
        const std::lock_guard lock(d->queueMutex);
        d->queue.push_back(job);
    }
    d->queueCv.notify_one();
    started.wait();
    d->pythonThread.detach();
    d->watchdogThread = std::thread([this] { watchdogMain(); });
    d->watchdogThread.detach();
}

void PythonRuntime::threadMain(QString runtimeDir)
{
    // No signal handlers: the programs that embed us handle SIGINT/SIGTERM themselves.
    py::initialize_interpreter(false);
    try {
        py::module_ sys = py::module_::import("sys");
        // Tyk's search path: the runtime, its tyk/ folder (so `import gateway` works), the
        // generated protobuf modules.
        py::list path = sys.attr("path");
        path.insert(0, QDir(runtimeDir).filePath(QStringLiteral("proto")).toStdString());
        path.insert(0, QDir(runtimeDir).filePath(QStringLiteral("tyk")).toStdString());
        path.insert(0, runtimeDir.toStdString());
        // Bundles are the user's folders: leave no __pycache__ in them.
        sys.attr("dont_write_bytecode") = true;
        m_version = QString::fromStdString(py::str(sys.attr("version")).cast<std::string>())
                        .section(u' ', 0, 0);
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
        d->timeoutType = dispatcher.attr("HookTimeout").ptr();
        Py_INCREF(d->timeoutType);
        d->requestInterruptFn = dispatcher.attr("request_interrupt");
        d->clearInterruptFn = dispatcher.attr("clear_interrupt");
        d->interruptSignal = dispatcher.attr("INTERRUPT_SIGNAL").cast<int>();
    } catch (const py::error_already_set &e) {
        m_initError = QStringLiteral("the Python runtime in %1 failed to start: %2")
                          .arg(runtimeDir, QString::fromUtf8(e.what()));
        m_objectEncodingReason = m_initError;
    }
    d->pythonThreadId = PyThread_get_thread_ident();
    d->pythonPthread = pthread_self();

    // The next job that is still to be run (not answered by the watchdog while it waited),
    // or null when the queue is empty; `wait` blocks until there is one.
    auto next = [this](bool wait) -> std::shared_ptr<PythonJob> {
        std::unique_lock lock(d->queueMutex);
        for (;;) {
            if (d->queue.empty()) {
                if (!wait)
                    return nullptr;
                d->queueCv.wait(lock, [this] { return !d->queue.empty(); });
            }
            std::shared_ptr<PythonJob> job = std::move(d->queue.front());
            d->queue.pop_front();
            int expected = PythonJob::Pending;
            if (job->state.compare_exchange_strong(expected, PythonJob::Running))
                return job;
            job->run = nullptr; // answered by the watchdog while it waited
        }
    };
    PyThreadState *saved = PyEval_SaveThread(); // hold no GIL while idle
    for (;;) {
        std::shared_ptr<PythonJob> job = next(true);
        PyEval_RestoreThread(saved);
        // Jobs queued meanwhile run under the same GIL hold (one switch per batch).
        for (; job; job = next(false)) {
            d->current = job.get();
            try {
                job->run();
            } catch (const std::exception &e) {
                PyErr_Clear();
                qWarning("Python driver: unexpected error: %s", e.what());
            }
            d->current = nullptr;
            // An interrupt that arrived as the job was returning would fire in the next job.
            if (job->interrupted) {
                PyThreadState_SetAsyncExc(d->pythonThreadId, nullptr);
                if (d->clearInterruptFn)
                    d->clearInterruptFn();
            }
            // The watchdog may hold the job until its next sweep: let go of the call's
            // object and callbacks now.
            job->run = nullptr;
        }
        saved = PyEval_SaveThread();
    }
}

void PythonRuntime::post(std::shared_ptr<PythonJob> job)
{
    bool wakeWatchdog = false;
    {
        const std::lock_guard lock(d->watchMutex);
        d->watched.push_back(job);
        // Only a job due before the watchdog's next wake needs it now (calls share one
        // budget, so that is the first one after a quiet spell); finished jobs are swept
        // every 1,024 posts so the list stays short under load.
        wakeWatchdog = job->deadline < d->watchWakeAt || d->watched.size() % 1024 == 0;
    }
    if (wakeWatchdog)
        d->watchCv.notify_one();
    {
        const std::lock_guard lock(d->queueMutex);
        d->queue.push_back(std::move(job));
    }
    d->queueCv.notify_one();
}

void PythonRuntime::watchdogMain()
{
    std::unique_lock lock(d->watchMutex);
    for (;;) {
        std::erase_if(d->watched, [](const auto &j) {
            const int s = j->state.load();
            return s == PythonJob::Done || s == PythonJob::TimedOut;
        });
        if (d->watched.empty()) {
            d->watchWakeAt = std::chrono::steady_clock::time_point::max();
            d->watchCv.wait(lock);
            continue;
        }
        auto earliest = d->watched.front()->deadline;
        for (const auto &j : d->watched)
            earliest = std::min(earliest, j->deadline);
        const auto now = std::chrono::steady_clock::now();
        if (now < earliest) {
            // Wake early enough to notice finished jobs piling up.
            d->watchWakeAt = std::min(earliest, now + std::chrono::seconds(1));
            d->watchCv.wait_until(lock, d->watchWakeAt);
            continue;
        }
        d->watchWakeAt = now;
        std::vector<std::shared_ptr<PythonJob>> expired;
        for (const auto &j : d->watched)
            if (j->deadline <= now)
                expired.push_back(j);
        lock.unlock();
        for (const auto &j : expired)
            expire(j);
        lock.lock();
        std::erase_if(d->watched, [&](const auto &j) { return j->deadline <= now; });
    }
}

void PythonRuntime::expire(const std::shared_ptr<PythonJob> &job)
{
    int state = job->state.load();
    while (state == PythonJob::Pending || state == PythonJob::Running) {
        if (job->state.compare_exchange_weak(state, PythonJob::TimedOut))
            break;
    }
    if (state != PythonJob::Pending && state != PythonJob::Running)
        return; // finished first
    if (job->timedOut)
        job->timedOut(); // the client is answered before we try to stop the code
    if (state == PythonJob::Running) {
        bool signal = false;
        const PyGILState_STATE gil = PyGILState_Ensure();
        if (d->current == job.get()) {
            PyThreadState_SetAsyncExc(d->pythonThreadId, d->timeoutType);
            job->interrupted = true;
            // We got the GIL while the hook runs: it may be blocked in C, where only a
            // signal reaches it (see hookbench_dispatcher.py).
            if (d->requestInterruptFn && d->interruptSignal > 0) {
                d->requestInterruptFn();
                signal = true;
            }
        }
        PyGILState_Release(gil);
        if (signal)
            pthread_kill(d->pythonPthread, d->interruptSignal);
    }
}

Result<qint64> PythonRuntime::load(const PluginCode &code, QList<LoadProblem> *problems,
                                   int timeoutMs, const std::shared_ptr<PythonCallContext> &ctx)
{
    if (!m_initError.isEmpty())
        return makeError(ErrorCode::Unavailable, m_initError);
    struct Outcome
    {
        Result<qint64> handle = makeError(ErrorCode::Timeout, QString());
        QList<LoadProblem> problems;
        QList<PluginLogLine> logs;
    };
    auto outcome = std::make_shared<Outcome>();
    auto finished = std::make_shared<std::promise<void>>();
    std::future<void> done = finished->get_future();
    auto job = std::make_shared<PythonJob>();
    job->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    job->run = [this, code, outcome, finished, job, ctx] {
        t_active = {&outcome->logs, ctx.get()};
        Result<qint64> result = makeError(ErrorCode::Internal, QString());
        QList<LoadProblem> problems;
        try {
            py::list files;
            for (const QString &f : code.files)
                files.append(f.toStdString());
            py::list hooks;
            for (const QString &h : code.hookNames)
                hooks.append(h.toStdString());
            py::tuple r =
                d->loadFn(code.moduleId.toStdString(), code.directory.toStdString(), files, hooks);
            if (r[0].cast<std::string>() == "ok") {
                result = qint64(r[1].cast<long long>());
                for (py::handle p : r[2].cast<py::list>()) {
                    py::tuple t = p.cast<py::tuple>();
                    problems.append({makeError(ErrorCode::NotFound,
                                               QString::fromStdString(t[0].cast<std::string>()),
                                               {QString::fromStdString(t[1].cast<std::string>())}),
                                     false});
                }
            } else {
                SourceLocation where;
                where.file = QString::fromStdString(r[2].cast<std::string>());
                where.line = r[3].cast<int>();
                where.column = r[4].cast<int>();
                result = makeError(ErrorCode::InvalidInput,
                                   QString::fromStdString(r[1].cast<std::string>()), where);
            }
        } catch (const py::error_already_set &e) {
            result = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
        t_active = {};
        if (job->finish()) {
            outcome->handle = std::move(result);
            outcome->problems = std::move(problems);
            finished->set_value();
        }
    };
    job->timedOut = [finished] { finished->set_value(); };
    post(job);
    done.wait(); // bounded: the watchdog answers at the deadline
    if (job->state.load() == PythonJob::TimedOut)
        return makeError(ErrorCode::Timeout,
                         QStringLiteral("loading %1 took longer than %2 ms; its module-level code "
                                        "was interrupted")
                             .arg(code.files.value(0))
                             .arg(timeoutMs),
                         {code.files.value(0)});
    if (problems)
        problems->append(outcome->problems);
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

void PythonRuntime::call(qint64 handle, coprocess::Object object, const QString &hookName,
                         int timeoutMs, bool encode,
                         const std::shared_ptr<PythonCallContext> &ctx,
                         IPluginDriver::HookCallback done)
{
    auto job = std::make_shared<PythonJob>();
    job->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    job->run = [this, handle, object = std::move(object), encode, ctx, done, job]() mutable {
        HookReply reply;
        QElapsedTimer timer;
        timer.start();
        t_active = {&reply.logs, ctx.get()};
        try {
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
        } catch (const py::error_already_set &e) {
            reply.object = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
        } catch (const std::runtime_error &e) {
            reply.object = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
        t_active = {};
        reply.pluginNs = timer.nsecsElapsed();
        if (!job->finish())
            return;
        ctx->post([reply = std::move(reply), done]() mutable { done(std::move(reply)); });
    };
    job->timedOut = [ctx, done, hookName, timeoutMs] {
        ctx->post([done, hookName, timeoutMs] {
            HookReply reply;
            reply.object =
                makeError(ErrorCode::Timeout,
                          QStringLiteral("hook %1 did not return within its %2 ms budget; it was "
                                         "interrupted")
                              .arg(hookName)
                              .arg(timeoutMs));
            done(std::move(reply));
        });
    };
    post(std::move(job));
}

void PythonRuntime::unload(qint64 handle)
{
    auto job = std::make_shared<PythonJob>();
    job->deadline = std::chrono::steady_clock::now() + std::chrono::hours(24);
    job->run = [this, handle, job] {
        try {
            d->unloadFn(handle);
        } catch (const py::error_already_set &) {
        }
        job->finish();
    };
    post(std::move(job));
}

} // namespace Hb::Plugin
