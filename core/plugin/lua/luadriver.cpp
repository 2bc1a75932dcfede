// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luadriver.h"

#include "core/plugin/replyposter.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace Hb::Plugin {

// The driver's thread and its queue. Shared with the modules, which must be destroyed
// on this thread (their states belong to it) and may outlive the driver by a little.
struct LuaWorker
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> jobs;
    bool stopping = false;
    std::thread thread;

    std::shared_ptr<ReplyPoster> replies; // to the driver's context (the engine)

    void post(std::function<void()> job)
    {
        {
            const std::lock_guard lock(mutex);
            jobs.push_back(std::move(job));
        }
        wake.notify_one();
    }
    void run()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !jobs.empty(); });
                if (jobs.empty())
                    return;
                job = std::move(jobs.front());
                jobs.pop_front();
            }
            job();
        }
    }
    void reply(std::function<void()> fn) { replies->post(std::move(fn)); }
};

namespace {
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
        // A state is closed on the thread that used it, after any queued call.
        auto *state = m_prepared.release();
        m_worker->post([state] { delete state; });
    }
    // On the driver's thread: a fresh state with the bundle loaded.
    Result<std::unique_ptr<LuaModuleState>> takeState()
    {
        if (m_prepared)
            return std::move(m_prepared);
        auto state = std::make_unique<LuaModuleState>();
        if (Result<void> loaded = state->load(m_sources, m_budget); !loaded)
            return loaded.error();
        return state;
    }
    // On the driver's thread, when it has nothing else to do for this module.
    void prepare()
    {
        if (m_prepared)
            return;
        if (Result<std::unique_ptr<LuaModuleState>> state = takeState(); state)
            m_prepared = std::move(*state);
    }

private:
    const QList<LuaSource> m_sources; // read once, at load
    std::shared_ptr<LuaWorker> m_worker;
    LuaBudget m_budget;
    std::unique_ptr<LuaModuleState> m_prepared; // used on the driver's thread only
};
} // namespace

LuaDriver::LuaDriver(QObject *context, LuaBudget budget)
    : m_worker(std::make_shared<LuaWorker>())
    , m_budget(budget)
{
    m_worker->replies = std::make_shared<ReplyPoster>(context);
    m_worker->thread = std::thread([worker = m_worker.get()] { worker->run(); });
}

LuaDriver::~LuaDriver()
{
    m_worker->replies->detach();
    {
        const std::lock_guard lock(m_worker->mutex);
        m_worker->stopping = true;
    }
    m_worker->wake.notify_one();
    // Queued work finishes first; every call is bounded by its budget.
    m_worker->thread.join();
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
    std::promise<Result<LuaModuleState *>> loaded;
    auto future = loaded.get_future();
    const LuaBudget budget = m_budget;
    QStringList missing;
    m_worker->post([&loaded, &missing, &sources, hooks = code.hookNames, budget] {
        auto state = std::make_unique<LuaModuleState>();
        Result<void> r = state->load(*sources, budget);
        if (!r) {
            loaded.set_value(r.error());
            return;
        }
        for (const QString &hook : hooks)
            if (!state->hasFunction(hook))
                missing.append(hook);
        // Loaded once from text; every later state loads the compiled chunks.
        if (Result<void> compiled = state->compile(*sources); !compiled) {
            loaded.set_value(compiled.error());
            return;
        }
        loaded.set_value(state.release());
    });
    // Bounded: loading runs under the same budget as a call.
    Result<LuaModuleState *> state = future.get();
    if (!state)
        return state.error();
    std::unique_ptr<LuaModuleState> owned(*state);
    // Tyk finds hooks by global name at call time and passes the Object through unchanged
    // when there is none: a missing hook is a warning, not a failure.
    for (const QString &hook : missing) {
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
        code, std::move(*sources), m_worker, m_budget, std::move(owned)));
}

void LuaDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call, HookCallback done)
{
    auto lua = std::static_pointer_cast<LuaModule>(module);
    const LuaBudget budget = m_budget;
    std::shared_ptr<LuaWorker> worker = m_worker;
    m_worker->post(
        [lua, object = std::move(call.object), budget, worker, done = std::move(done)]() mutable {
            HookReply reply;
            QElapsedTimer timer;
            timer.start();
            Result<std::unique_ptr<LuaModuleState>> state = lua->takeState();
            if (state)
                reply.object = (*state)->dispatch(object, budget, &reply.logs, &reply.where);
            else
                reply.object = state.error();
            reply.pluginNs = timer.nsecsElapsed();
            worker->reply([reply = std::move(reply), done = std::move(done)]() mutable {
                done(std::move(reply));
            });
            // The used state goes; the next call's is made after the calls already queued.
            if (state)
                state->reset();
            worker->post([lua] { lua->prepare(); });
        });
}

} // namespace Hb::Plugin
