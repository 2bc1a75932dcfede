// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/pluginhostprocess.h"
#include "core/plugin/python/pythonruntime.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Hb::Plugin {

// Hookbench's side of the Python plugin host (docs/python-plugin-host.md): a fresh CPython in a
// child process (`hookbench-python-host`), used once the process's own interpreter is stuck in
// C code (PythonRuntime::abandoned), or from the start (PythonDriverOptions::childProcess).
// A plugin that crashes, ends or wedges that process fails its call; the next call starts a
// fresh host, which loads every module again first. Modules are named by keys made here, so
// they keep their names across restarts. Engine thread, except where said.
class PythonPluginHostClient
{
public:
    // `context`: where answers are posted (the driver's), and the data store and gateway log
    // the host's plugins use. `runtimeDir`: as PythonDriverOptions::runtimeDir.
    PythonPluginHostClient(std::shared_ptr<PythonCallContext> context, const QString &runtimeDir);

    // A key for a module not loaded yet.
    QString newModuleKey();
    // Loads `code` as `key` and waits for it (the engine's load step needs the outcome).
    Result<void> load(const QString &key, const PluginCode &code, QList<LoadProblem> *problems,
                      const PythonCallLimits &limits);
    // Loads `code` as `key` without waiting: a module the abandoned interpreter had loaded.
    // Calls made meanwhile wait for it in the host.
    void loadLater(const QString &key, const PluginCode &code, const PythonCallLimits &limits);
    // Runs the hook; `done` runs on the context's thread.
    void call(const QString &key, coprocess::Object object, const QString &origin,
              const PythonCallLimits &limits, IPluginDriver::HookCallback done);
    // Any thread.
    void unload(const QString &key);

    // The host's pid while it runs, else 0.
    qint64 pid() const { return m_process.pid(); }

    // Where `hookbench-python-host` is: $HOOKBENCH_PYTHON_HOST, else beside an installed copy
    // (<prefix>/libexec/hookbench), else the build tree's.
    static QString binary();

private:
    // Also notes the load's budget (loads and calls are made on the engine thread).
    nlohmann::json loadMessage(const QString &key, const PluginCode &code,
                               const PythonCallLimits &limits);

    std::shared_ptr<PythonCallContext> m_context;
    PluginHostProcess m_process;
    // The modules a fresh host loads before it runs a call.
    int pendingLoads();

    qint64 m_nextKey = 0;
    std::mutex m_loadsMutex;
    QHash<QString, nlohmann::json> m_loads; // what a restarted host loads again, by key
    int m_loadBudgetMs = 0;                 // the largest load budget and grace seen
};

} // namespace Hb::Plugin
