// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythonpluginhostclient.h"

#include "core/common/iclock.h"
#include "core/plugin/python/pythonpluginhostprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <chrono>

namespace Hb::Plugin {

using nlohmann::json;
namespace Protocol = PythonPluginHostProtocol;

namespace {
// Time for a fresh host to start its interpreter, on top of a load's own budget.
constexpr int startupMs = 15000;
// How long past a call's budget and grace period, counted from when the host starts running
// it, the host may go without answering before it is taken to be wedged and ended; it
// normally ends itself at the grace period.
constexpr int wedgedAfterMs = 5000;

PluginHostProcess::Options hostOptions(const std::shared_ptr<PythonCallContext> &context,
                                       const QString &runtimeDir)
{
    PluginHostProcess::Options options;
    options.name = QStringLiteral("Python plugin host");
    options.binary = PythonPluginHostClient::binary();
    options.arguments = {QStringLiteral("--runtime-dir"), runtimeDir};
    options.fatalPrefixes = {QStringLiteral("fatal:"), QStringLiteral("Fatal Python error:")};
    options.tracebackFollowsFatalLine = true;
    // faulthandler's traceback of the crashing thread, most recent call first: the first
    // frame outside Python's library, installed packages and Hookbench's runtime is the
    // plugin's.
    options.crashLocation = [runtimeDir](const QStringList &lines) {
        static const QRegularExpression frame(
            QStringLiteral("^\\s*File \"(.+)\", line (\\d+) in (\\S+)$"));
        static const QRegularExpression library(
            QStringLiteral("/lib/python3[.0-9]*/|/(site|dist)-packages/"));
        const QString runtime = QDir(runtimeDir).absolutePath() + u'/';
        bool crashingThread = false;
        for (const QString &line : lines) {
            if (line.startsWith(u"Current thread ")) {
                crashingThread = true;
                continue;
            }
            if (crashingThread && line.trimmed().isEmpty())
                break; // the other threads follow
            const QRegularExpressionMatch m = frame.match(line);
            if (!crashingThread || !m.hasMatch() || m.captured(1).startsWith(runtime) ||
                m.captured(1).startsWith(u'<') || library.match(m.captured(1)).hasMatch())
                continue; // <frozen importlib._bootstrap> and the like are not files
            return QStringLiteral("%1:%2, in %3").arg(m.captured(1), m.captured(2), m.captured(3));
        }
        return QString();
    };
    std::weak_ptr<PythonCallContext> weak = context;
    options.requests = [weak](const json &request) -> std::optional<json> {
        if (request.value("op", std::string()) != "data")
            return std::nullopt;
        std::shared_ptr<IPluginDataStore> store;
        if (const auto ctx = weak.lock()) {
            const QMutexLocker lock(&ctx->mutex);
            store = ctx->dataStore;
        }
        return Protocol::answerDataRequest(store.get(), request);
    };
    return options;
}

PluginHostProcess::LogSink hostLog(const std::shared_ptr<PythonCallContext> &context)
{
    std::weak_ptr<PythonCallContext> weak = context;
    return [weak](const QString &level, const QString &text) {
        std::function<void(const QString &, const QString &)> log;
        if (const auto ctx = weak.lock()) {
            const QMutexLocker lock(&ctx->mutex);
            log = ctx->gatewayLog;
        }
        if (log)
            log(level, text);
        else
            qInfo("[python] %s: %s", qPrintable(level), qPrintable(text));
    };
}

qint64 realNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}
} // namespace

QString PythonPluginHostClient::binary()
{
    const QString env = qEnvironmentVariable("HOOKBENCH_PYTHON_HOST");
    if (!env.isEmpty())
        return env;
    if (QCoreApplication::instance()) {
        const QDir appDir(QCoreApplication::applicationDirPath());
        for (const char *relative :
             {"../libexec/hookbench/hookbench-python-host", "hookbench-python-host"}) {
            const QString candidate = appDir.absoluteFilePath(QString::fromLatin1(relative));
            if (QFileInfo(candidate).isExecutable())
                return QDir::cleanPath(candidate);
        }
    }
    return QStringLiteral(HB_PYTHON_HOST_BINARY);
}

PythonPluginHostClient::PythonPluginHostClient(std::shared_ptr<PythonCallContext> context,
                                               const QString &runtimeDir)
    : m_context(std::move(context))
    , m_process(hostOptions(m_context, runtimeDir), hostLog(m_context))
{}

QString PythonPluginHostClient::newModuleKey()
{
    return QStringLiteral("m%1").arg(++m_nextKey);
}

int PythonPluginHostClient::pendingLoads()
{
    const std::lock_guard lock(m_loadsMutex);
    return int(m_loads.size());
}

json PythonPluginHostClient::loadMessage(const QString &key, const PluginCode &code,
                                         const PythonCallLimits &limits)
{
    m_loadBudgetMs = std::max(m_loadBudgetMs, limits.timeoutMs + limits.stuckGraceMs);
    return {{"op", "load"},
            {"module", key.toStdString()},
            {"code", Protocol::toJson(code)},
            {"limits", Protocol::toJson(limits)}};
}

Result<void> PythonPluginHostClient::load(const QString &key, const PluginCode &code,
                                          QList<LoadProblem> *problems,
                                          const PythonCallLimits &limits)
{
    const json message = loadMessage(key, code, limits);
    Result<json> answer =
        m_process.sendAndWait(message, limits.timeoutMs + limits.stuckGraceMs + startupMs, true);
    if (!answer)
        return answer.error();
    try {
        if (problems)
            problems->append(Protocol::problemsFromJson(answer->value("problems", json::array())));
        if (!answer->at("ok").get<bool>())
            return Protocol::errorFromJson(answer->at("error"));
    } catch (const json::exception &e) {
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the Python plugin host's answer to a load is "
                                        "unreadable: %1")
                             .arg(QString::fromUtf8(e.what())));
    }
    {
        const std::lock_guard lock(m_loadsMutex);
        m_loads.insert(key, message);
    }
    m_process.replayAfterRestart(message);
    return {};
}

void PythonPluginHostClient::loadLater(const QString &key, const PluginCode &code,
                                       const PythonCallLimits &limits)
{
    const json message = loadMessage(key, code, limits);
    {
        const std::lock_guard lock(m_loadsMutex);
        m_loads.insert(key, message);
    }
    // Its failure shows in the calls that follow (the host has no such module).
    m_process.send(message, [](Result<json>) {});
    m_process.replayAfterRestart(message);
}

void PythonPluginHostClient::call(const QString &key, coprocess::Object object,
                                  const QString &origin, const PythonCallLimits &limits,
                                  IPluginDriver::HookCallback done)
{
    qint64 clockOffsetNs = 0;
    {
        const QMutexLocker lock(&m_context->mutex);
        if (m_context->clock)
            clockOffsetNs = m_context->clock->nowNs() - realNowNs();
    }
    std::string bytes;
    object.SerializeToString(&bytes);
    json message = {{"op", "call"},
                    {"module", key.toStdString()},
                    {"object", Protocol::toBase64(bytes)},
                    {"origin", origin.toStdString()},
                    {"limits", Protocol::toJson(limits)},
                    {"clockOffsetNs", clockOffsetNs}};
    const std::weak_ptr<PythonCallContext> weak = m_context;
    const QString hookName = QString::fromStdString(object.hook_name());
    m_process.send(
        std::move(message),
        [weak, done = std::move(done), hookName](Result<json> answer) {
            HookReply reply;
            if (!answer) {
                Error error = answer.error();
                error.message = QStringLiteral("hook %1: %2").arg(hookName, error.message);
                reply.object = std::move(error);
            } else {
                try {
                    reply = Protocol::replyFromJson(*answer);
                } catch (const json::exception &e) {
                    reply.object = makeError(ErrorCode::Internal,
                                             QStringLiteral("the Python plugin host's answer is "
                                                            "unreadable: %1")
                                                 .arg(QString::fromUtf8(e.what())));
                }
            }
            if (const auto ctx = weak.lock())
                ctx->post([done, reply = std::move(reply)]() mutable { done(std::move(reply)); });
        },
        // Until it runs: a fresh host's start and the loads queued before it (each within its
        // budget and grace).
        {limits.timeoutMs + limits.stuckGraceMs + wedgedAfterMs, true,
         startupMs + m_loadBudgetMs * std::max(1, pendingLoads()) + wedgedAfterMs});
}

void PythonPluginHostClient::unload(const QString &key)
{
    json message;
    {
        const std::lock_guard lock(m_loadsMutex);
        message = m_loads.take(key);
    }
    if (message.is_null())
        return;
    m_process.forgetReplay(message);
    // A host started after a crash has not loaded it: nothing to unload there.
    m_process.sendIfRunning({{"op", "unload"}, {"module", key.toStdString()}});
}

} // namespace Hb::Plugin
