// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luadriver.h"

#include "core/plugin/lua/luaworker.h"

#include <QElapsedTimer>

#include <future>
#include <mutex>

namespace Hb::Plugin {

namespace {
Error stuckError(const QString &origin)
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("Lua workers are stuck in C code: %1 Lua threads are still "
                                    "inside hooks that ran past their budget in a C function "
                                    "(a string pattern that backtracks, say); Lua calls fail "
                                    "until one of them returns")
                         .arg(LuaWorker::MaxStuck),
                     {origin});
}

// Closing a state on the Lua thread. It answers nobody.
class LuaClose final : public LuaJob
{
public:
    LuaClose(LuaModuleState *state, QString origin)
        : m_state(state)
        , m_origin(std::move(origin))
    {}
    void run(LuaWorker &) override { delete m_state; }
    // Refused (every thread stuck, or the driver stopped): it never ran, so no thread is in
    // the state; it is closed here rather than leaked. Stuck: the abandoned thread is
    // inside it (a __gc function stuck in C) and keeps it.
    void fail(LuaWorker &, Failure why) override
    {
        if (why == Failure::Refused)
            delete m_state;
    }
    QString what() const override { return QStringLiteral("closing a state of ") + m_origin; }

private:
    LuaModuleState *m_state;
    QString m_origin; // shared, not copied: the message is made only when it is needed
};

// One bundle's Lua code. As in Tyk, every call runs in a fresh state with the bundle's
// files loaded into it, so no global survives a call; the state for the next call is
// prepared on the driver's thread after each call, while the engine gets its answer.
class LuaModule final : public PluginModule
{
public:
    LuaModule(PluginCode code, QList<LuaSource> sources, std::shared_ptr<LuaWorker> worker,
              LuaBudget budget, std::unique_ptr<LuaModuleState> prepared)
        : PluginModule(std::move(code))
        , m_sources(std::move(sources))
        , m_worker(std::move(worker))
        , m_budget(budget)
        , m_prepared(std::move(prepared))
    {}
    ~LuaModule() override
    {
        // A state is closed on a Lua thread, after any queued call. When the worker refuses
        // (every thread stuck, or the driver stopped) it is closed on this thread instead
        // (LuaClose::fail): its __gc code may run here, which beats leaking the state.
        if (auto *state = m_prepared.release())
            m_worker->post(std::make_shared<LuaClose>(state, code().origin));
    }
    LuaWorker &worker() { return *m_worker; }
    // On a Lua thread: a fresh state with the bundle loaded. The prepared state is taken
    // under a lock: a thread abandoned in C may still be preparing one when it comes back.
    // `loaded` tells whether there was none, so the bundle was loaded (under one budget).
    Result<std::unique_ptr<LuaModuleState>> takeState(bool *loaded = nullptr)
    {
        {
            const std::lock_guard lock(m_preparedMutex);
            if (m_prepared)
                return std::move(m_prepared);
        }
        if (loaded)
            *loaded = true;
        auto state = std::make_unique<LuaModuleState>();
        if (Result<void> ok = state->load(m_sources, m_budget); !ok)
            return ok.error();
        return state;
    }
    // On a Lua thread, when it has nothing else to do for this module.
    void prepare()
    {
        {
            const std::lock_guard lock(m_preparedMutex);
            if (m_prepared)
                return;
        }
        if (Result<std::unique_ptr<LuaModuleState>> state = takeState(); state) {
            const std::lock_guard lock(m_preparedMutex);
            if (!m_prepared)
                m_prepared = std::move(*state);
        }
    }
    const LuaBudget &budget() const { return m_budget; }

private:
    const QList<LuaSource> m_sources; // read once, at load
    std::shared_ptr<LuaWorker> m_worker;
    LuaBudget m_budget;
    std::mutex m_preparedMutex;
    std::unique_ptr<LuaModuleState> m_prepared;
};

// Preparing the state for a module's next call, on the Lua thread. It answers nobody.
class LuaPrepare final : public LuaJob
{
public:
    explicit LuaPrepare(std::shared_ptr<LuaModule> module)
        : m_module(std::move(module))
    {}
    void run(LuaWorker &) override { m_module->prepare(); }
    QString what() const override
    {
        return QStringLiteral("preparing a state of ") + m_module->code().origin;
    }

private:
    std::shared_ptr<LuaModule> m_module;
};

// One hook call.
class LuaCall final : public LuaJob
{
public:
    LuaCall(std::shared_ptr<LuaModule> module, coprocess::Object object,
            IPluginDriver::HookCallback done)
        : m_module(std::move(module))
        , m_object(std::move(object))
        , m_done(std::move(done))
    {}
    void run(LuaWorker &worker) override
    {
        HookReply reply;
        QElapsedTimer timer;
        timer.start();
        bool loaded = false;
        Result<std::unique_ptr<LuaModuleState>> state = m_module->takeState(&loaded);
        // Loading spent up to one budget and the hook gets another: the watchdog's deadline
        // starts over, or a slow but legitimate call would be taken for stuck in C.
        if (state && loaded)
            worker.restartDeadline(*this);
        if (state)
            reply.object =
                (*state)->dispatch(m_object, m_module->budget(), &reply.logs, &reply.where);
        else
            reply.object = state.error();
        reply.pluginNs = timer.nsecsElapsed();
        if (!reply.object)
            logFailure(reply.object.error());
        if (settle())
            answer(worker, std::move(reply));
        // The used state goes; the next call's is made after the calls already queued.
        if (state)
            state->reset();
        worker.post(std::make_shared<LuaPrepare>(m_module));
    }
    void fail(LuaWorker &worker, Failure why) override
    {
        HookReply reply;
        if (why == Failure::Stuck)
            // The words of the count hook's budget stop (LuaModuleState::countHook).
            reply.object = makeError(
                ErrorCode::Timeout,
                QStringLiteral("Hook '%1' failed: the hook did not return within its %2 ms "
                               "budget and was stopped")
                    .arg(hookName())
                    .arg(m_module->budget().time.count()),
                {m_module->code().files.value(0)});
        else
            reply.object = stuckError(m_module->code().files.value(0));
        reply.where = reply.object.error().where;
        logFailure(reply.object.error());
        answer(worker, std::move(reply));
    }
    QString what() const override
    {
        return QStringLiteral("hook '%1' of %2").arg(hookName(), m_module->code().origin);
    }

private:
    QString hookName() const { return QString::fromStdString(m_object.hook_name()); }
    // Tyk's CoProcessMiddleware logs a failed dispatch in the gateway log (gateway/coprocess.go,
    // ProcessRequest); the message carries the plugin's file and line.
    void logFailure(const Error &error) const
    {
        qWarning("[lua] Dispatch error: %s (%s)", qPrintable(error.message),
                 qPrintable(m_module->code().origin));
    }
    void answer(LuaWorker &worker, HookReply reply)
    {
        worker.reply([reply = std::move(reply), done = std::move(m_done)]() mutable {
            done(std::move(reply));
        });
    }

    std::shared_ptr<LuaModule> m_module;
    coprocess::Object m_object;
    IPluginDriver::HookCallback m_done;
};

// Loading a bundle: its files run once in a first state, under the call budget.
class LuaLoad final : public LuaJob
{
public:
    struct Loaded
    {
        std::unique_ptr<LuaModuleState> state;
        QList<LuaSource> sources; // compiled
        QStringList missing;      // hooks the code does not define
    };

    LuaLoad(PluginCode code, QList<LuaSource> sources, LuaBudget budget)
        : m_code(std::move(code))
        , m_sources(std::move(sources))
        , m_budget(budget)
    {}
    std::future<Result<Loaded>> result() { return m_result.get_future(); }
    void run(LuaWorker &) override
    {
        Result<Loaded> loaded = load();
        if (settle())
            m_result.set_value(std::move(loaded));
    }
    void fail(LuaWorker &, Failure why) override
    {
        if (why == Failure::Refused)
            m_result.set_value(stuckError(m_code.files.value(0)));
        else
            m_result.set_value(makeError(
                ErrorCode::Timeout,
                QStringLiteral("loading %1 did not return within its %2 ms budget (it is stuck "
                               "in a C function) and was abandoned")
                    .arg(m_code.origin)
                    .arg(m_budget.time.count()),
                {m_code.files.value(0)}));
    }
    QString what() const override { return QStringLiteral("loading %1").arg(m_code.origin); }

private:
    Result<Loaded> load()
    {
        auto state = std::make_unique<LuaModuleState>();
        if (Result<void> r = state->load(m_sources, m_budget); !r)
            return r.error();
        Loaded out;
        for (const QString &hook : m_code.hookNames)
            if (!state->hasFunction(hook))
                out.missing.append(hook);
        // Loaded once from text; every later state loads the compiled chunks.
        if (Result<void> compiled = state->compile(m_sources); !compiled)
            return compiled.error();
        out.state = std::move(state);
        out.sources = m_sources;
        return out;
    }

    PluginCode m_code;
    QList<LuaSource> m_sources;
    LuaBudget m_budget;
    std::promise<Result<Loaded>> m_result;
};
} // namespace

LuaDriver::LuaDriver(QObject *context, LuaBudget budget)
    : m_worker(LuaWorker::create(context, budget.time))
    , m_budget(budget)
{
    m_budget.cancel = m_worker->cancelFlag();
}

LuaDriver::~LuaDriver()
{
    m_worker->stop();
}

Result<std::shared_ptr<PluginModule>> LuaDriver::load(const PluginCode &code,
                                                      QList<LoadProblem> *problems)
{
    if (code.files.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no Lua files to load for %1").arg(code.origin));
    Result<QList<LuaSource>> sources = LuaModuleState::readSources(code.files);
    if (!sources)
        return sources.error();
    auto job = std::make_shared<LuaLoad>(code, std::move(*sources), m_budget);
    std::future<Result<LuaLoad::Loaded>> future = job->result();
    m_worker->post(job);
    // Bounded: loading runs under the call budget, and the watchdog answers a load stuck in C.
    Result<LuaLoad::Loaded> loaded = future.get();
    if (!loaded)
        return loaded.error();
    // Tyk finds hooks by global name at call time and passes the Object through unchanged
    // when there is none: a missing hook is a warning, not a failure.
    for (const QString &hook : loaded->missing) {
        if (problems)
            problems->append(
                {makeError(ErrorCode::NotFound,
                           QStringLiteral("Hook is not defined: %1 (no global Lua function of "
                                          "that name; Tyk passes the request through unchanged)")
                               .arg(hook),
                           {code.files.value(0)}),
                 true});
    }
    return std::shared_ptr<PluginModule>(std::make_shared<LuaModule>(
        code, std::move(loaded->sources), m_worker, m_budget, std::move(loaded->state)));
}

void LuaDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call, HookCallback done)
{
    m_worker->post(std::make_shared<LuaCall>(std::static_pointer_cast<LuaModule>(module),
                                             std::move(call.object), std::move(done)));
}

} // namespace Hb::Plugin
