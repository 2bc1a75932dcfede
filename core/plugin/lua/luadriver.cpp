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
class LuaModule final : public PluginModule
{
public:
    LuaModule(PluginCode code, std::shared_ptr<LuaWorker> worker,
              std::unique_ptr<LuaModuleState> state)
        : PluginModule(std::move(code))
        , m_worker(std::move(worker))
        , m_state(std::move(state))
    {}
    ~LuaModule() override
    {
        // The state is closed on the thread that used it, after any queued call.
        auto *state = m_state.release();
        m_worker->post([state] { delete state; });
    }
    LuaModuleState &state() const { return *m_state; }

private:
    std::shared_ptr<LuaWorker> m_worker;
    std::unique_ptr<LuaModuleState> m_state;
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
    std::promise<Result<LuaModuleState *>> loaded;
    auto future = loaded.get_future();
    const LuaBudget budget = m_budget;
    QStringList missing;
    m_worker->post([&loaded, &missing, files = code.files, hooks = code.hookNames, budget] {
        auto state = std::make_unique<LuaModuleState>();
        Result<void> r = state->load(files, budget);
        if (!r) {
            loaded.set_value(r.error());
            return;
        }
        for (const QString &hook : hooks)
            if (!state->hasFunction(hook))
                missing.append(hook);
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
    return std::shared_ptr<PluginModule>(
        std::make_shared<LuaModule>(code, m_worker, std::move(owned)));
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
            reply.object = lua->state().dispatch(object, budget, &reply.logs, &reply.where);
            reply.pluginNs = timer.nsecsElapsed();
            worker->reply([reply = std::move(reply), done = std::move(done)]() mutable {
                done(std::move(reply));
            });
        });
}

} // namespace Hb::Plugin
