// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsdriver.h"

#include "core/plugin/js/jshookinvoker.h"
#include "core/plugin/js/jsmodule.h"
#include "core/plugin/js/jsruntime.h"
#include "core/plugin/js/jstestrunner.h"

#include <QFile>
#include <QLoggingCategory>

#include <future>
#include <mutex>

namespace Hb::Plugin {

namespace {
std::chrono::steady_clock::time_point after(int ms)
{
    return std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
}
} // namespace

namespace {
QLoggingCategory::CategoryFilter g_previousCategoryFilter = nullptr;

// QV4's code generator warns "Variable "x" is used before its declaration" (category
// qt.qml.compiler) for valid code such as webpack's output, and every call gets a fresh VM
// that compiles the module again, so one warning became one line per request. Those
// warnings are switched off; syntax errors are exceptions, reported at load as before.
void silenceJsCompilerWarnings(QLoggingCategory *category)
{
    if (g_previousCategoryFilter)
        g_previousCategoryFilter(category);
    if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0)
        category->setEnabled(QtWarningMsg, false);
}
} // namespace

JsDriver::JsDriver(QObject *context, JsDriverOptions options)
    : m_context(std::make_shared<JsCallContext>())
    , m_options(std::move(options))
    , m_runtime(std::make_unique<JsRuntime>(m_options.workers, m_options.memoryCapBytes))
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled, [] {
        g_previousCategoryFilter = QLoggingCategory::installFilter(&silenceJsCompilerWarnings);
    });
    m_context->context = context;
    m_context->keys = m_options.keys;
    m_context->storage = m_options.storage;
    m_context->gatewayLog = m_options.gatewayLog;
    m_context->clock = m_options.clock;
    if (!m_options.userLibraryFile.isEmpty()) {
        // Tyk ignores a tyk_js_path it cannot open.
        QFile f(m_options.userLibraryFile);
        if (f.open(QIODevice::ReadOnly))
            m_userLibrary = QString::fromUtf8(f.readAll());
    }
}

JsDriver::~JsDriver()
{
    {
        // Answers still on their way from the workers are dropped from now on.
        const QMutexLocker lock(&m_context->mutex);
        m_context->context = nullptr;
        m_context->keys = {};
        m_context->storage.reset();
        m_context->gatewayLog = nullptr;
    }
    m_runtime.reset();
}

Result<std::shared_ptr<PluginModule>> JsDriver::load(const PluginCode &code,
                                                     QList<LoadProblem> *problems)
{
    const std::shared_ptr<JsModule> module = JsModule::build(code, problems);
    struct Outcome
    {
        QList<LoadProblem> problems;
        QList<PluginLogLine> logs;
        QList<int> uncompiled;
    };
    auto outcome = std::make_shared<Outcome>();
    auto finished = std::make_shared<std::promise<void>>();
    std::future<void> done = finished->get_future();
    const JsVmSetup setup{m_context, m_runtime.get(), m_userLibrary, m_options.userLibraryFile,
                          m_options.hookTimeoutMs};
    auto job = std::make_shared<JsJob>();
    job->deadline = after(m_options.loadTimeoutMs);
    job->run = [module, setup, outcome, finished](JsJob &self) {
        Outcome result;
        result.problems =
            JsHookInvoker::check(*module, setup, self, &result.logs, &result.uncompiled);
        if (self.finish()) {
            *outcome = std::move(result);
            finished->set_value();
        }
    };
    job->timedOut = [finished] { finished->set_value(); };
    m_runtime->post(job);
    done.wait(); // bounded: the watchdog answers at the deadline
    if (job->state.load() == JsJob::TimedOut) {
        if (problems)
            problems->append(
                {makeError(ErrorCode::Timeout,
                           QStringLiteral("%1: evaluating the JS code took longer "
                                          "than %2 ms and was interrupted; every "
                                          "call will run out of time as well")
                               .arg(code.origin)
                               .arg(m_options.loadTimeoutMs),
                           {code.entries.isEmpty() ? code.origin : code.entries.first().file}),
                 false});
        return std::shared_ptr<PluginModule>(module);
    }
    for (const int i : std::as_const(outcome->uncompiled))
        module->sources()[i].skip = true;
    if (problems)
        problems->append(outcome->problems);
    return std::shared_ptr<PluginModule>(module);
}

void JsDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call, HookCallback done)
{
    auto js = std::static_pointer_cast<const JsModule>(module);
    const JsVmSetup setup{m_context, m_runtime.get(), m_userLibrary, m_options.userLibraryFile,
                          m_options.hookTimeoutMs};
    const QString hookName = QString::fromStdString(call.object.hook_name());
    const int budget = m_options.hookTimeoutMs;
    auto job = std::make_shared<JsJob>();
    job->deadline = after(budget);
    job->run = [js, call = std::move(call), setup, done](JsJob &self) {
        JsHookInvoker::call(js, call, setup, self, [&self, &setup, &done](HookReply reply) {
            if (!self.finish())
                return; // the watchdog has answered
            // Tyk logs a failed call in the gateway log (gateway/mw_js_plugin.go,
            // DynamicMiddleware.ProcessRequest: "Failed to run JS middleware"); our message
            // carries the plugin's file and line.
            if (!reply.object)
                qWarning("[jsvm] %s", qPrintable(reply.object.error().message));
            setup.ctx->post([reply = std::move(reply), done]() mutable { done(std::move(reply)); });
        });
    };
    job->timedOut = [ctx = m_context, done, hookName, budget] {
        // Tyk: "JS middleware timed out after" (gateway/mw_js_plugin.go).
        qWarning("[jsvm] JS middleware timed out after %d ms: hook %s was interrupted", budget,
                 qPrintable(hookName));
        ctx->post([done, hookName, budget] {
            HookReply reply;
            reply.object = makeError(ErrorCode::Timeout,
                                     QStringLiteral("JS middleware timed out after %1 ms: hook %2 "
                                                    "was interrupted")
                                         .arg(budget)
                                         .arg(hookName));
            done(std::move(reply));
        });
    };
    m_runtime->post(std::move(job));
}

void JsDriver::runPluginTest(const PluginTestRequest &request, Callback done)
{
    const JsVmSetup setup{m_context, m_runtime.get(), m_userLibrary, m_options.userLibraryFile,
                          m_options.hookTimeoutMs};
    const int budget = m_options.hookTimeoutMs;
    auto job = std::make_shared<JsJob>();
    job->deadline = after(budget);
    job->run = [input = request, setup, done](JsJob &self) {
        auto [status, body] = JsTestRunner::run(input, setup, self);
        if (!self.finish())
            return;
        setup.ctx->post([status = status, body = std::move(body), done] { done(status, body); });
    };
    job->timedOut = [ctx = m_context, done, budget] {
        ctx->post([done, budget] { done(200, JsTestRunner::timedOut(budget)); });
    };
    m_runtime->post(std::move(job));
}

} // namespace Hb::Plugin
