// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/python/pythonjobqueue.h"
#include "core/plugin/replyposter.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

class IPluginDataStore;
struct PythonEnvironment;

// What calls made for one PythonDriver share with the Python thread: where answers go and
// what store_data/get_data use. The driver clears `context` when it goes, under `mutex`,
// so the Python thread never posts to a destroyed object.
struct PythonCallContext
{
    QMutex mutex;
    QObject *context = nullptr;
    std::shared_ptr<IPluginDataStore> dataStore;
    std::function<void(const QString &, const QString &)> gatewayLog;
    std::shared_ptr<ReplyPoster> replies; // to `context`
    // The engine's clock, which plugins' time.time() and datetime.now() follow (may be null:
    // the real time). Read under `mutex`; the driver clears it when it goes.
    const IClock *clock = nullptr;

    // Runs `fn` on the context's thread, unless the driver is gone.
    void post(std::function<void()> fn) { replies->post(std::move(fn)); }
};

// The limits one load or hook call runs under (PythonDriverOptions has their meaning).
struct PythonCallLimits
{
    int timeoutMs = 5000;
    int stuckGraceMs = 2000;
    std::size_t memoryBytes = 0; // 0: no cap
};

// The process's one embedded CPython interpreter and the thread that owns it (Tyk also
// has one per process). Created on first use and kept until the process exits: CPython
// and the protobuf extension do not survive being finalised and started again. The thread
// has a 256 MiB stack (address space; pages are used as it grows) and plugins may raise the
// recursion limit only as far as it holds; PythonJobQueue holds each job to its deadline.
class PythonRuntime
{
public:
    // The runtime, started with `runtimeDir` on sys.path the first time.
    static std::shared_ptr<PythonRuntime> instance(const QString &runtimeDir);
    // For the Python plugin host (a child process of Hookbench's): a runtime stuck in C code
    // ends the process, with the reason on stderr, so that its parent starts a fresh one, and
    // a crash in C code writes the plugin's Python traceback to stderr (faulthandler) for the
    // parent's log. Called before the first instance().
    static void runAsPluginHost();

    // True once a call stuck in C code made this runtime unusable: PythonDriver then runs
    // Python plugins in a fresh interpreter in a child process (PythonPluginHostClient).
    // Stays true if the stuck call returns after all: it may have left the interpreter in
    // any state.
    bool abandoned() const { return m_abandoned.load(); }

    // Queues `job`; the watchdog answers it with timedOut() if its deadline passes first
    // and interrupts it if it is running. While the runtime is stuck the job is answered at
    // once, on the calling thread.
    void post(std::shared_ptr<PythonJob> job);

    // Load and call, as PythonDriver exposes them (pythonruntime.cpp has the Python side).
    Result<qint64> load(const PluginCode &code, QList<LoadProblem> *problems,
                        const PythonCallLimits &limits,
                        const std::shared_ptr<PythonCallContext> &ctx);
    // `encode`: hand the Object over as bytes even when PythonObjectHandoff could move it.
    // `origin`: the code's PluginCode::origin, for the log.
    void call(qint64 handle, coprocess::Object object, const QString &origin,
              const PythonCallLimits &limits, bool encode,
              const std::shared_ptr<PythonCallContext> &ctx, IPluginDriver::HookCallback done);
    void unload(qint64 handle);

    QString version() const { return m_version; }
    const QString &initError() const { return m_initError; }
    // Empty when calls hand the Object to Python in memory (see PythonObjectHandoff).
    const QString &objectEncodingReason() const { return m_objectEncodingReason; }

    struct Impl;

private:
    PythonRuntime() = default;
    void start(const QString &runtimeDir);
    void threadMain(const QString &runtimeDir);
    bool initialize(const QString &runtimeDir);
    // The steps of initialize(), on the Python thread; false with m_initError set.
    bool startInterpreter(const PythonEnvironment &env);
    bool importDispatcher(const QString &runtimeDir, const PythonEnvironment &env); // may throw
    // The dispatcher's load on the Python thread (GIL held): the module handle, and in
    // `problems` the hooks the code does not define.
    Result<qint64> runLoad(const PluginCode &code, std::size_t memoryBytes,
                           QList<LoadProblem> &problems);
    void serveJobs();
    HookReply runHook(qint64 handle, coprocess::Object &object, bool encode,
                      std::size_t memoryBytes);

    Impl *d = nullptr; // leaked with the runtime, on purpose (see above)
    std::atomic<bool> m_abandoned{false};
    QString m_version;
    QString m_initError;
    QString m_objectEncodingReason;
};

} // namespace Hb::Plugin
