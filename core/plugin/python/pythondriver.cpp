// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythondriver.h"

#include "core/common/installeddata.h"
#include "core/plugin/python/pythonpluginhostclient.h"
#include "core/plugin/python/pythonruntime.h"

#include <QDir>

#include <optional>

namespace Hb::Plugin {

namespace {
QString defaultRuntimeDir()
{
    const QString env = qEnvironmentVariable("HOOKBENCH_PYTHON_DIR");
    return env.isEmpty() ? installedDataDir(QStringLiteral("python"), QStringLiteral(HB_PYTHON_DIR))
                         : env;
}

// Code loaded into this process's interpreter (a handle), into the Python plugin host (a
// key), or into both: a module loaded here before the interpreter was abandoned is loaded
// into the host by its first call after that. Unloading is queued to where it is loaded.
class PythonModule final : public PluginModule
{
public:
    PythonModule(PluginCode code, std::shared_ptr<PythonRuntime> runtime,
                 std::optional<qint64> handle)
        : PluginModule(std::move(code))
        , m_runtime(std::move(runtime))
        , m_handle(handle)
    {}
    ~PythonModule() override
    {
        if (m_handle)
            m_runtime->unload(*m_handle);
        if (const auto host = m_host.lock())
            host->unload(m_hostKey);
    }
    std::optional<qint64> handle() const { return m_handle; }
    const QString &hostKey() const { return m_hostKey; }
    // Engine thread (loads and calls are made there).
    void setHostKey(const std::shared_ptr<PythonPluginHostClient> &host, QString key) const
    {
        m_host = host;
        m_hostKey = std::move(key);
    }

private:
    std::shared_ptr<PythonRuntime> m_runtime;
    std::optional<qint64> m_handle;
    mutable std::weak_ptr<PythonPluginHostClient> m_host;
    mutable QString m_hostKey;
};
} // namespace

PythonDriver::PythonDriver(QObject *context, PythonDriverOptions options)
    : m_context(std::make_shared<PythonCallContext>())
    , m_options(std::move(options))
{
    if (m_options.runtimeDir.isEmpty())
        m_options.runtimeDir = defaultRuntimeDir();
    m_context->context = context;
    m_context->replies = std::make_shared<ReplyPoster>(context);
    m_context->dataStore = m_options.dataStore;
    m_context->gatewayLog = m_options.gatewayLog;
    m_context->clock = m_options.clock;
    m_runtime = PythonRuntime::instance(m_options.runtimeDir);
}

PythonDriver::~PythonDriver()
{
    // Answers still on their way from the Python thread are dropped from now on.
    m_context->replies->detach();
    const QMutexLocker lock(&m_context->mutex);
    m_context->context = nullptr;
    m_context->dataStore.reset();
    m_context->gatewayLog = nullptr;
    m_context->clock = nullptr; // the engine's clock may go with the driver
}

QString PythonDriver::pythonVersion() const
{
    return m_runtime->version();
}

QString PythonDriver::objectEncodingReason() const
{
    return m_runtime->objectEncodingReason();
}

bool PythonDriver::inChildProcess() const
{
    return m_options.childProcess || m_runtime->abandoned();
}

PythonPluginHostClient &PythonDriver::host()
{
    if (!m_host)
        m_host = std::make_shared<PythonPluginHostClient>(m_context, m_options.runtimeDir);
    return *m_host;
}

qint64 PythonDriver::pluginHostPid() const
{
    return m_host ? m_host->pid() : 0;
}

Result<std::shared_ptr<PluginModule>> PythonDriver::load(const PluginCode &code,
                                                         QList<LoadProblem> *problems)
{
    const PythonCallLimits limits{m_options.loadTimeoutMs, m_options.stuckGraceMs,
                                  m_options.memoryBytes};
    if (inChildProcess()) {
        const QString key = host().newModuleKey();
        Result<void> loaded = m_host->load(key, code, problems, limits);
        if (!loaded)
            return loaded.error();
        auto module = std::make_shared<PythonModule>(code, m_runtime, std::nullopt);
        module->setHostKey(m_host, key);
        return std::shared_ptr<PluginModule>(std::move(module));
    }
    Result<qint64> handle = m_runtime->load(code, problems, limits, m_context);
    if (!handle)
        return handle.error();
    return std::shared_ptr<PluginModule>(std::make_shared<PythonModule>(code, m_runtime, *handle));
}

void PythonDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call,
                        HookCallback done)
{
    const auto *py = static_cast<const PythonModule *>(module.get());
    const PythonCallLimits limits{m_options.hookTimeoutMs, m_options.stuckGraceMs,
                                  m_options.memoryBytes};
    if (inChildProcess()) {
        if (py->hostKey().isEmpty()) {
            const QString key = host().newModuleKey();
            py->setHostKey(m_host, key);
            m_host->loadLater(
                py->hostKey(), py->code(),
                {m_options.loadTimeoutMs, m_options.stuckGraceMs, m_options.memoryBytes});
        }
        m_host->call(py->hostKey(), std::move(call.object), py->code().origin, limits,
                     std::move(done));
        return;
    }
    m_runtime->call(*py->handle(), std::move(call.object), py->code().origin, limits,
                    m_options.encodeObjects, m_context, std::move(done));
}

} // namespace Hb::Plugin
