// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Hb::Plugin {

class IPluginDataStore;
class PythonRuntime;
struct PythonCallContext;

struct PythonDriverOptions
{
    int hookTimeoutMs = 5000;  // a hook that runs longer is interrupted
    int loadTimeoutMs = 30000; // module-level code of a bundle
    // Encode the Object to bytes for Python and parse the hook's bytes back, as Tyk does,
    // even where it could be handed over in memory: the baseline for bench_plugins and the
    // path every call takes on a protobuf backend without the C API.
    bool encodeObjects = false;
    // Where hookbench_dispatcher.py, the tyk package and the *_pb2 modules are; empty =
    // $HOOKBENCH_PYTHON_DIR, else the build's directory.
    QString runtimeDir;
    std::shared_ptr<IPluginDataStore> dataStore; // store_data / get_data; may be null
    // Where tyk.log lines go besides the call's own log (the gateway log); may be empty.
    std::function<void(const QString &level, const QString &message)> gatewayLog;
};

// Tyk's Python coprocess driver. One CPython interpreter per process, as in Tyk, owned by
// one thread for its whole life (PythonRuntime); neither the engine nor the GUI thread
// ever holds the GIL. Calls are queued to that thread and answered on the thread of
// `context`. Unlike Tyk, a call has a time budget: an overrunning hook is answered with a
// timeout at once and interrupted with an exception at its next Python instruction.
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

private:
    std::shared_ptr<PythonRuntime> m_runtime;
    std::shared_ptr<PythonCallContext> m_context;
    PythonDriverOptions m_options;
};

} // namespace Hb::Plugin
