// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"

#include <QObject>
#include <QPointer>

#include <cstddef>
#include <memory>

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

class IPluginDataStore;
class PythonPluginHostClient;
class PythonRuntime;
struct PythonCallContext;

struct PythonDriverOptions
{
    int hookTimeoutMs = 5000;  // a hook that runs longer is interrupted
    int loadTimeoutMs = 30000; // module-level code of a bundle
    // A hook still running this long after its budget is stuck in C code that cannot be
    // interrupted: from then on every Python call is answered at once with an error saying
    // so (see PythonJobQueue), until it returns.
    int stuckGraceMs = 2000;
    // Memory a load or hook call may take on top of what the interpreter holds when it
    // starts (as LuaBudget::memoryBytes for Lua); past it the allocation fails, the code
    // gets MemoryError and the call fails. 0: no cap. Counts what Python allocates itself,
    // not what C extensions take straight from malloc.
    std::size_t memoryBytes = std::size_t(512) << 20;
    // Encode the Object to bytes for Python and parse the hook's bytes back, as Tyk does,
    // even where it could be handed over in memory: the baseline for bench_plugins and the
    // path every call takes on a protobuf backend without the C API.
    bool encodeObjects = false;
    // Where hookbench_dispatcher.py, the tyk package and the *_pb2 modules are; empty =
    // $HOOKBENCH_PYTHON_DIR, else an installed copy's share/hookbench/python, else the
    // build's directory.
    QString runtimeDir;
    std::shared_ptr<IPluginDataStore> dataStore; // store_data / get_data; may be null
    // The engine's clock: a plugin's time.time(), time.time_ns(), datetime.now() and the time
    // functions that default to now read it, so a clock moved forward (--clock-offset, the
    // GUI's Jump forward) reaches plugins too. Null: the real time. Must outlive the driver.
    const IClock *clock = nullptr;
    // Run plugins in the Python plugin host, a child process with an interpreter of its own
    // (docs/python-plugin-host.md), from the start: a plugin that crashes the interpreter, or
    // wedges it in C code, then fails its call without touching Hookbench, and the next call
    // runs in a fresh host. Without it, plugins run in this process until a call gets stuck
    // in C code, and in the host from then on.
    bool childProcess = false;
    // Where tyk.log lines go besides the call's own log (the gateway log); may be empty.
    std::function<void(const QString &level, const QString &message)> gatewayLog;
};

// Tyk's Python coprocess driver. One CPython interpreter per process, as in Tyk, owned by
// one thread for its whole life (PythonRuntime); neither the engine nor the GUI thread
// ever holds the GIL. Calls are queued to that thread and answered on the thread of
// `context`. Unlike Tyk, a call has a time and a memory budget: an overrunning hook is
// answered with a timeout at once and interrupted with an exception (in C code too, where it
// checks for signals); a hook that tries to end the process (os._exit, sys.exit, os.kill of
// itself) or recurses without bound fails instead. A hook stuck in C code that ignores
// signals cannot be stopped in process: from then on plugins run in a fresh interpreter in a
// child process (PythonPluginHostClient), where a second one is ended and replaced. Failing
// hooks and loads are logged to `gatewayLog` as Tyk logs them.
class PythonDriver final : public IPluginDriver
{
public:
    PythonDriver(QObject *context, PythonDriverOptions options);
    ~PythonDriver() override;

    QStringList languages() const override { return {QStringLiteral("python")}; }
    Result<std::shared_ptr<PluginModule>> load(const PluginCode &code,
                                               QList<LoadProblem> *problems) override;
    void call(const std::shared_ptr<PluginModule> &module, HookCall call,
              HookCallback done) override;

    // The interpreter's version ("3.11.2"), for diagnostics.
    QString pythonVersion() const;
    // Why hooks get their Object encoded to bytes and parsed back (Tyk's way) instead of
    // handed over in memory; empty when it is handed over (PythonObjectHandoff).
    QString objectEncodingReason() const;

    // The Python plugin host's pid while it runs (plugins run there: see childProcess),
    // else 0.
    qint64 pluginHostPid() const;

private:
    // Whether plugins run in the Python plugin host.
    bool inChildProcess() const;
    PythonPluginHostClient &host();

    std::shared_ptr<PythonRuntime> m_runtime;
    std::shared_ptr<PythonCallContext> m_context;
    PythonDriverOptions m_options;
    std::shared_ptr<PythonPluginHostClient> m_host; // made on first use
};

} // namespace Hb::Plugin
