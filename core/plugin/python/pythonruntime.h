// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/replyposter.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Hb::Plugin {

class IPluginDataStore;

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

    // Runs `fn` on the context's thread, unless the driver is gone.
    void post(std::function<void()> fn) { replies->post(std::move(fn)); }
};

// One unit of work for the Python thread, raced against its deadline: exactly one of
// run() completing (finish()) and the watchdog's timedOut() wins.
struct PythonJob
{
    enum State { Pending, Running, Done, TimedOut };
    std::atomic<int> state{Pending};
    std::chrono::steady_clock::time_point deadline;
    std::function<void()> run;      // on the Python thread, GIL held
    std::function<void()> timedOut; // on the watchdog thread, no GIL
    bool interrupted = false;       // set under the GIL by the watchdog

    // From run(): true when the job finished before its deadline (report the result).
    bool finish()
    {
        int expected = Running;
        return state.compare_exchange_strong(expected, Done);
    }
};

// The process's one embedded CPython interpreter and the thread that owns it (Tyk also
// has one per process). Created on first use and kept until the process exits: CPython
// and the protobuf extension do not survive being finalised and started again.
class PythonRuntime
{
public:
    // The runtime, started with `runtimeDir` on sys.path the first time.
    static std::shared_ptr<PythonRuntime> instance(const QString &runtimeDir);

    // Queues `job`; the watchdog answers it with timedOut() if its deadline passes first
    // and interrupts it if it is running.
    void post(std::shared_ptr<PythonJob> job);

    // Load and call, as PythonDriver exposes them (pythonruntime.cpp has the Python side).
    Result<qint64> load(const PluginCode &code, QList<LoadProblem> *problems, int timeoutMs,
                        const std::shared_ptr<PythonCallContext> &ctx);
    // `encode`: hand the Object over as bytes even when PythonObjectHandoff could move it.
    void call(qint64 handle, coprocess::Object object, const QString &hookName, int timeoutMs,
              bool encode, const std::shared_ptr<PythonCallContext> &ctx,
              IPluginDriver::HookCallback done);
    void unload(qint64 handle);

    QString version() const { return m_version; }
    const QString &initError() const { return m_initError; }
    // Empty when calls hand the Object to Python in memory (see PythonObjectHandoff).
    const QString &objectEncodingReason() const { return m_objectEncodingReason; }

    struct Impl;

private:
    PythonRuntime() = default;
    void start(const QString &runtimeDir);
    void threadMain(QString runtimeDir);
    void watchdogMain();
    void expire(const std::shared_ptr<PythonJob> &job);

    Impl *d = nullptr; // leaked with the runtime, on purpose (see above)
    QString m_version;
    QString m_initError;
    QString m_objectEncodingReason;
};

} // namespace Hb::Plugin
