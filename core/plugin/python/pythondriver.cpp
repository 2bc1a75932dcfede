// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythondriver.h"

#include "core/common/installeddata.h"
#include "core/plugin/python/pythonruntime.h"

#include <QDir>

namespace Hb::Plugin {

namespace {
QString defaultRuntimeDir()
{
    const QString env = qEnvironmentVariable("HOOKBENCH_PYTHON_DIR");
    return env.isEmpty() ? installedDataDir(QStringLiteral("python"), QStringLiteral(HB_PYTHON_DIR))
                         : env;
}

// Code loaded into the interpreter; unloading is queued to the Python thread.
class PythonModule final : public PluginModule
{
public:
    PythonModule(PluginCode code, std::shared_ptr<PythonRuntime> runtime, qint64 handle)
        : PluginModule(std::move(code))
        , m_runtime(std::move(runtime))
        , m_handle(handle)
    {}
    ~PythonModule() override { m_runtime->unload(m_handle); }
    qint64 handle() const { return m_handle; }

private:
    std::shared_ptr<PythonRuntime> m_runtime;
    qint64 m_handle;
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

Result<std::shared_ptr<PluginModule>> PythonDriver::load(const PluginCode &code,
                                                         QList<LoadProblem> *problems)
{
    Result<qint64> handle = m_runtime->load(
        code, problems, {m_options.loadTimeoutMs, m_options.stuckGraceMs, m_options.memoryBytes},
        m_context);
    if (!handle)
        return handle.error();
    return std::shared_ptr<PluginModule>(std::make_shared<PythonModule>(code, m_runtime, *handle));
}

void PythonDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call,
                        HookCallback done)
{
    const auto *py = static_cast<const PythonModule *>(module.get());
    m_runtime->call(py->handle(), std::move(call.object), py->code().origin,
                    {m_options.hookTimeoutMs, m_options.stuckGraceMs, m_options.memoryBytes},
                    m_options.encodeObjects, m_context, std::move(done));
}

} // namespace Hb::Plugin
