// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jshookinvoker.h"

#include "core/plugin/js/jscallobjects.h"
#include "core/plugin/js/jsmodule.h"
#include "core/plugin/js/jsreturndecoder.h"
#include "core/plugin/js/jsruntime.h"
#include "core/plugin/js/jssyntaxhint.h"
#include "core/plugin/js/jsvm.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace Hb::Plugin {

namespace {
JsNativeSetup nativeSetup(const JsModule &module, const JsVmSetup &setup, JsJob &job,
                          QList<PluginLogLine> *logs)
{
    JsNativeSetup ns;
    ns.logs = logs;
    ns.ctx = setup.ctx;
    ns.runtime = setup.runtime;
    ns.deadline = job.deadline;
    ns.keepInvalidBytes = !module.goja();
    ns.storageBindings = module.goja();
    return ns;
}

// The object a handler name refers to. Tyk evaluates "<name>.DoProcessRequest(...)", so a
// top-level `const`/`let` binding counts as well as a property of the global object.
QJSValue lookup(JsVm &vm, const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    QJSValue v = vm.engine().globalObject().property(name);
    if (v.isUndefined() && identifier.match(name).hasMatch()) {
        const QJSValue bound = vm.engine().evaluate(
            QStringLiteral("typeof %1 === 'undefined' ? undefined : %1").arg(name));
        if (!bound.isError())
            v = bound;
    }
    return v;
}

// VMs this worker thread prepared for the next call of a module, most recent last.
struct PreparedVm
{
    std::weak_ptr<const JsModule> module;
    std::shared_ptr<JsJob> preparation; // the job the VM was prepared under (finished)
    std::unique_ptr<JsVm> vm;
};
constexpr size_t maxPrepared = 4; // modules per worker
thread_local std::vector<PreparedVm> t_prepared;

// The prelude, then the module's programs, with logging off. An error other than an
// interrupt is left to the call (Tyk replays and logs).
std::optional<JsError> replay(JsVm &vm, const JsModule &module, const JsVmSetup &setup)
{
    vm.natives().setSilenced(true);
    if (auto e = vm.setUp(setup.userLibrary, setup.userLibraryFile); e && e->interrupted)
        return e;
    for (const JsSource &source : module.sources()) {
        if (source.skip)
            continue;
        if (auto e = vm.evaluate(source.text, source.file, source.firstLine); e && e->interrupted)
            return e;
    }
    return std::nullopt;
}

std::unique_ptr<JsVm> takePrepared(const std::shared_ptr<const JsModule> &module,
                                   const JsNativeSetup &natives, JsJob &job)
{
    std::erase_if(t_prepared, [](const PreparedVm &p) { return p.module.expired(); });
    for (auto it = t_prepared.begin(); it != t_prepared.end(); ++it) {
        if (it->module.lock() != module)
            continue;
        std::unique_ptr<JsVm> vm = std::move(it->vm);
        vm->rebind(natives, job);
        t_prepared.erase(it);
        return vm;
    }
    return nullptr;
}

void prepare(const std::shared_ptr<const JsModule> &module, const JsVmSetup &setup)
{
    if (!setup.runtime || setup.runtime->stopping() || !setup.runtime->idle())
        return;
    for (const PreparedVm &p : t_prepared)
        if (p.module.lock() == module)
            return;
    // Top-level code runs here too, so the preparation has the call budget and the watchdog.
    auto preparation = std::make_shared<JsJob>();
    preparation->state = JsJob::Running;
    preparation->deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(setup.budgetMs);
    setup.runtime->watch(preparation);
    JsNativeSetup natives;
    natives.ctx = setup.ctx;
    natives.runtime = setup.runtime;
    natives.deadline = preparation->deadline;
    natives.keepInvalidBytes = !module->goja();
    natives.storageBindings = module->goja();
    auto vm = std::make_unique<JsVm>(natives, *preparation);
    const auto e = replay(*vm, *module, setup);
    if ((e && e->interrupted) || !preparation->finish() || preparation->interrupted())
        return;
    t_prepared.push_back({module, std::move(preparation), std::move(vm)});
    if (t_prepared.size() > maxPrepared)
        t_prepared.erase(t_prepared.begin());
}

QString sourceLine(const JsSource &source, int line)
{
    return source.text.section(u'\n', line - source.firstLine, line - source.firstLine);
}

// A job the watchdog stopped for its heap: the engine saw an interrupt, which `e` reports.
Error memoryError(const Error &e, const JsVmSetup &setup)
{
    const std::size_t cap = setup.runtime ? setup.runtime->memoryCap() : 0;
    QString message = QStringLiteral("JS middleware used more than %1 MiB of memory (the "
                                     "driver's memory cap) and was stopped")
                          .arg(qulonglong(cap >> 20));
    if (!e.where.file.isEmpty())
        message += QStringLiteral(" (%1:%2)").arg(e.where.file).arg(e.where.line);
    return makeError(ErrorCode::Unavailable, message, e.where);
}

Error callError(const JsError &e, const QString &context)
{
    QString message = context + e.message;
    if (!e.file.isEmpty())
        message += QStringLiteral(" (%1:%2)").arg(e.file).arg(e.line);
    return makeError(e.interrupted ? ErrorCode::Timeout : ErrorCode::InvalidInput, message,
                     {e.file, e.line, e.column});
}
} // namespace

QList<LoadProblem> JsHookInvoker::check(const JsModule &module, const JsVmSetup &setup, JsJob &job,
                                        QList<PluginLogLine> *logs, QList<int> *uncompiled)
{
    QList<LoadProblem> problems;
    JsNativeSetup natives = nativeSetup(module, setup, job, logs);
    natives.engineThreadBusy = true; // load() blocks it until this returns
    JsVm vm(natives, job);
    if (auto e = vm.setUp(setup.userLibrary, setup.userLibraryFile)) {
        problems.append({callError(*e, QStringLiteral("Could not load user's TykJS: ")), false});
        if (e->interrupted)
            return problems;
    }
    for (int i = 0; i < module.sources().size(); ++i) {
        const JsSource &source = module.sources().at(i);
        const std::optional<JsError> e = vm.evaluate(source.text, source.file, source.firstLine);
        if (!e)
            continue;
        if (e->interrupted) {
            Error stopped = callError(*e, QStringLiteral("loading was stopped: "));
            if (job.memoryExceeded())
                stopped = memoryError(stopped, setup);
            problems.append({std::move(stopped), false});
            return problems;
        }
        const bool syntax = e->compileError;
        // Code that does not compile never runs; code that throws at the top level keeps
        // what it did up to the throw, in Tyk as here (it is replayed for every call).
        if (syntax)
            uncompiled->append(i);
        QString message = (syntax ? QStringLiteral("Failed to load JS middleware: ")
                                  : QStringLiteral("JS middleware threw while loading: ")) +
                          e->message;
        const QString hint = JsSyntaxHint::explain(e->message, sourceLine(source, e->line));
        if (!hint.isEmpty())
            message += QStringLiteral("; ") + hint;
        problems.append({makeError(ErrorCode::InvalidInput, message,
                                   {e->file.isEmpty() ? source.file : e->file, e->line, e->column}),
                         false});
    }
    for (const PluginEntry &entry : module.code().entries) {
        const QString handler = module.handlerFor(entry.name, entry.path, entry.code);
        const QString file = module.fileFor(entry.name, entry.path, entry.code);
        const QJSValue object = handler.isEmpty() ? QJSValue() : lookup(vm, handler);
        if (entry.hookType == u"virtual") {
            if (!object.isCallable())
                problems.append(
                    {makeError(
                         ErrorCode::NotFound,
                         QStringLiteral("virtual endpoint: no function named %1 is "
                                        "defined in %2; calls answer 500")
                             .arg(entry.name.isEmpty() ? QStringLiteral("(no name)") : entry.name,
                                  file),
                         {file}),
                     false});
            continue;
        }
        const char *method =
            entry.hookType == u"response" ? "DoProcessResponse" : "DoProcessRequest";
        if (object.isUndefined() || object.isNull()) {
            problems.append({makeError(ErrorCode::NotFound,
                                       QStringLiteral("%1 hook \"%2\": no object named %2 is "
                                                      "defined%3; calls answer 500")
                                           .arg(entry.hookType, entry.name,
                                                file.isEmpty() ? QString() : u" in " + file),
                                       {file.isEmpty() ? module.code().origin : file}),
                             false});
        } else if (!object.property(QString::fromLatin1(method)).isCallable()) {
            problems.append(
                {makeError(ErrorCode::InvalidInput,
                           QStringLiteral("%1 hook \"%2\": %2 has no %3 (create it with "
                                          "new TykJS.TykMiddleware.NewMiddleware)")
                               .arg(entry.hookType, entry.name, QString::fromLatin1(method)),
                           {file.isEmpty() ? module.code().origin : file}),
                 true});
        }
    }
    return problems;
}

void JsHookInvoker::call(const std::shared_ptr<const JsModule> &module, const HookCall &call,
                         const JsVmSetup &setup, JsJob &job,
                         const std::function<void(HookReply)> &deliver)
{
    HookReply reply;
    QElapsedTimer timer;
    timer.start();
    const bool response = call.object.hook_type() == coprocess::Response;
    const QString name = QString::fromStdString(call.object.hook_name());
    auto finish = [&](Error error) {
        if (job.memoryExceeded())
            error = memoryError(error, setup);
        reply.where = error.where;
        reply.object = std::move(error);
        reply.pluginNs = timer.nsecsElapsed();
        deliver(std::move(reply));
    };

    const JsNativeSetup natives = nativeSetup(*module, setup, job, &reply.logs);
    std::unique_ptr<JsVm> vm = takePrepared(module, natives, job);
    if (!vm) {
        vm = std::make_unique<JsVm>(natives, job);
        if (const auto e = replay(*vm, *module, setup); e && e->interrupted)
            return finish(callError(*e, QStringLiteral("JS middleware timed out: ")));
    }
    vm->natives().setSilenced(false);

    const QString handler = module->handlerFor(name, call.entryPath, call.entryCode);
    const QString file = module->fileFor(name, call.entryPath, call.entryCode);
    const QJSValue target = handler.isEmpty() ? QJSValue() : lookup(*vm, handler);
    // Tyk evaluates "<name>(request, session, config);" for a virtual endpoint, else
    // <name>.DoProcessRequest / DoProcessResponse.
    const QString method = call.virtualEndpoint ? QString()
                           : response           ? QStringLiteral("DoProcessResponse")
                                                : QStringLiteral("DoProcessRequest");
    if (target.isUndefined() || target.isNull())
        return finish(makeError(ErrorCode::NotFound,
                                QStringLiteral("Failed to run JS middleware: ReferenceError: %1 "
                                               "is not defined%2")
                                    .arg(name.isEmpty() ? QStringLiteral("(no name)") : name,
                                         file.isEmpty() ? QString() : u" in " + file),
                                {file}));
    QJSValue fn = method.isEmpty() ? target : target.property(method);
    if (!fn.isCallable())
        return finish(makeError(ErrorCode::InvalidInput,
                                QStringLiteral("Failed to run JS middleware: TypeError: %1 is "
                                               "not a function")
                                    .arg(method.isEmpty() ? name : name + u'.' + method),
                                {file}));

    QJSValueList args;
    if (call.virtualEndpoint)
        args << vm->parseJson(JsCallObjects::virtualRequest(call));
    else if (response)
        args << vm->parseJson(JsCallObjects::response(call));
    if (!call.virtualEndpoint)
        args << vm->parseJson(JsCallObjects::request(call, !response));
    args << vm->parseJson(JsCallObjects::session(call))
         << vm->parseJson(JsCallObjects::config(call));
    const QJSValue result = method.isEmpty() ? fn.call(args) : fn.callWithInstance(target, args);
    if (result.isError()) {
        const JsError e = vm->errorOf(result);
        return finish(callError(e, e.interrupted
                                       ? QStringLiteral("JS middleware timed out: ")
                                       : QStringLiteral("Failed to run JS middleware: ")));
    }
    const QByteArray text = result.toString().toUtf8();
    const Result<void> decoded = call.virtualEndpoint
                                     ? JsReturnDecoder::virtualEndpoint(text, reply)
                                 : response ? JsReturnDecoder::response(text, reply)
                                            : JsReturnDecoder::request(text, reply);
    if (!decoded)
        return finish(decoded.error());
    reply.pluginNs = timer.nsecsElapsed();
    deliver(std::move(reply));
    // The answer is on its way: drop the used VM and get the next one ready.
    vm.reset();
    prepare(module, setup);
}

void JsHookInvoker::releasePrepared()
{
    t_prepared.clear();
}

} // namespace Hb::Plugin
