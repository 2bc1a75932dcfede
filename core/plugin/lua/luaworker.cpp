// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luaworker.h"

#include <QtGlobal>

namespace Hb::Plugin {

// One OS thread serving the queue. Its fields are under LuaWorker::m_mutex.
struct LuaWorker::Thread
{
    std::thread thread;
    std::shared_ptr<LuaJob> job; // the job it runs, null between jobs
    std::chrono::steady_clock::time_point deadline;
    bool abandoned = false; // stuck in C code: it exits when its job returns
    bool finished = false;  // it left its loop (stop)
};

std::shared_ptr<LuaWorker> LuaWorker::create(QObject *context, std::chrono::milliseconds budget)
{
    std::shared_ptr<LuaWorker> worker(new LuaWorker(context, budget));
    {
        const std::lock_guard lock(worker->m_mutex);
        worker->startThread();
    }
    worker->m_watchdog = std::thread([w = worker.get()] { w->watchdogMain(); });
    return worker;
}

LuaWorker::LuaWorker(QObject *context, std::chrono::milliseconds budget)
    : m_budget(budget)
    , m_replies(std::make_shared<ReplyPoster>(context))
{}

LuaWorker::~LuaWorker()
{
    // stop() joined or detached every thread; a worker never stopped (a driver that was
    // never destroyed) has none left that refers to it, since threads hold it alive.
    if (m_watchdog.joinable())
        m_watchdog.detach();
}

void LuaWorker::startThread()
{
    auto thread = std::make_shared<Thread>();
    m_active = thread;
    // The thread holds the worker: an abandoned thread may come back after the driver went.
    thread->thread = std::thread([self = shared_from_this(), thread] { self->threadMain(thread); });
}

bool LuaWorker::post(std::shared_ptr<LuaJob> job)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_active && m_stuck < MaxStuck && !m_stopping)
            startThread(); // a stuck thread came back since the last refusal
        if (m_active) {
            m_jobs.push_back(std::move(job));
            job = nullptr;
        }
    }
    if (job) {
        if (job->settle())
            job->fail(*this, LuaJob::Failure::Refused);
        return false;
    }
    m_wake.notify_one();
    return true;
}

void LuaWorker::restartDeadline(const LuaJob &job)
{
    const std::lock_guard lock(m_mutex);
    // Only the active thread's job: an abandoned one has already been answered as stuck.
    if (m_active && m_active->job.get() == &job)
        m_active->deadline = std::chrono::steady_clock::now() + m_budget + Grace;
}

int LuaWorker::stuckThreads()
{
    const std::lock_guard lock(m_mutex);
    return m_stuck;
}

void LuaWorker::threadMain(const std::shared_ptr<Thread> &self)
{
    for (;;) {
        std::shared_ptr<LuaJob> job;
        // The job that just ran, dropped after the lock: it may be the last owner of a
        // module, whose destructor posts its state's LuaClose (post() takes m_mutex).
        std::shared_ptr<LuaJob> ran;
        std::chrono::steady_clock::time_point deadline;
        {
            std::unique_lock lock(m_mutex);
            ran = std::move(self->job);
            if (self->abandoned) {
                --m_stuck;
                qInfo("Lua driver: a thread stuck in C code returned (%d still stuck)", m_stuck);
                return;
            }
            m_wake.wait(lock, [&] { return m_stopping || !m_jobs.empty() || self->abandoned; });
            if (self->abandoned)
                continue;
            if (m_jobs.empty()) {
                self->finished = true;
                m_idle.notify_all();
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_started;
            deadline = std::chrono::steady_clock::now() + m_budget + Grace;
            self->job = job;
            self->deadline = deadline;
        }
        // Only a watchdog that sleeps past this deadline (that is, waits for work) is woken.
        if (deadline.time_since_epoch().count() < m_watchWakeAt.load()) {
            const std::lock_guard lock(m_watchMutex);
            m_watchCv.notify_one();
        }
        job->run(*this);
    }
}

void LuaWorker::watchdogMain()
{
    using Clock = std::chrono::steady_clock;
    std::unique_lock watchLock(m_watchMutex);
    quint64 seen = 0; // m_started when we last looked
    while (!m_watchStopping) {
        // Set before looking, so a job that starts meanwhile wakes us (see threadMain).
        m_watchWakeAt = Clock::time_point::max().time_since_epoch().count();
        std::shared_ptr<Thread> thread;
        std::shared_ptr<LuaJob> job;
        Clock::time_point due = Clock::time_point::max();
        quint64 started = 0;
        {
            const std::lock_guard lock(m_mutex);
            started = m_started;
            if (m_active && m_active->job) {
                thread = m_active;
                job = m_active->job;
                due = m_active->deadline;
            }
        }
        if (job && Clock::now() >= due) {
            watchLock.unlock();
            abandon(thread, job);
            job = nullptr; // outside both locks: it may own a module (see threadMain)
            watchLock.lock();
            continue;
        }
        // Not held through the sleep: dropping it is safe here (post() never takes
        // m_watchMutex), while holding it could make this thread a module's last owner later.
        const bool running = job != nullptr;
        thread = nullptr;
        job = nullptr;
        const bool busy = started != seen;
        seen = started;
        if (!running && !busy) {
            m_watchCv.wait(watchLock); // quiet: the next job wakes us
            continue;
        }
        // Between jobs of a busy spell, sleep one budget: any job that starts meanwhile is
        // due after that, so it need not wake us (nor does any job of a spell, one each).
        if (!running)
            due = Clock::now() + m_budget + Grace;
        m_watchWakeAt = due.time_since_epoch().count();
        m_watchCv.wait_until(watchLock, due);
    }
}

void LuaWorker::abandon(const std::shared_ptr<Thread> &thread, const std::shared_ptr<LuaJob> &job)
{
    std::deque<std::shared_ptr<LuaJob>> refused;
    bool replaced = false;
    {
        const std::lock_guard lock(m_mutex);
        if (m_active != thread || thread->job != job ||
            std::chrono::steady_clock::now() < thread->deadline)
            return; // it returned meanwhile, or restartDeadline() gave it more time
        thread->abandoned = true;
        thread->thread.detach();
        m_active = nullptr;
        ++m_stuck;
        if (m_stopping) {
            m_idle.notify_all();
        } else if (m_stuck < MaxStuck) {
            startThread(); // it serves the queue, the calls that waited behind this job first
            replaced = true;
        } else {
            refused.swap(m_jobs);
        }
    }
    if (job->settle())
        job->fail(*this, LuaJob::Failure::Stuck);
    const QString what = job->what();
    if (replaced)
        qWarning("Lua driver: %s is stuck in a C function (a string pattern that backtracks, "
                 "say) %lld ms past its %lld ms budget; it was answered with an error and its "
                 "thread is abandoned, a fresh thread takes later calls (%d stuck)",
                 qPrintable(what), qlonglong(Grace.count()), qlonglong(m_budget.count()),
                 stuckThreads());
    else
        qWarning("Lua driver: %s is stuck in a C function %lld ms past its %lld ms budget; it "
                 "was answered with an error and its thread is abandoned. %d Lua threads are "
                 "stuck in C code: Lua calls fail until one of them returns",
                 qPrintable(what), qlonglong(Grace.count()), qlonglong(m_budget.count()),
                 stuckThreads());
    refuse(std::move(refused));
}

void LuaWorker::refuse(std::deque<std::shared_ptr<LuaJob>> jobs)
{
    for (const std::shared_ptr<LuaJob> &job : jobs)
        if (job->settle())
            job->fail(*this, LuaJob::Failure::Refused);
}

void LuaWorker::stop()
{
    m_replies->detach();
    m_cancel = true; // the count hook stops running Lua code now
    std::shared_ptr<Thread> active;
    std::deque<std::shared_ptr<LuaJob>> left;
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        m_wake.notify_all();
        // Queued work finishes first (each job stops at once now); a thread stuck in C is
        // not waited for.
        m_idle.wait_for(lock, ShutdownWait, [this] { return !m_active || m_active->finished; });
        active = m_active;
        if (active && !active->finished) {
            qWarning("Lua driver: %s did not return while the driver stopped; its thread is "
                     "left running",
                     active->job ? qPrintable(active->job->what()) : "a job");
            active->abandoned = true;
            ++m_stuck;
            active->thread.detach();
            active = nullptr;
        }
        m_active = nullptr;
        // Work queued behind a thread left in C: no thread will take it now (post() refuses
        // from here on), so it is refused rather than lost: a LuaClose frees its state, a
        // call's answer is dropped with its callback.
        left.swap(m_jobs);
    }
    if (active)
        active->thread.join();
    {
        const std::lock_guard lock(m_watchMutex);
        m_watchStopping = true;
    }
    m_watchCv.notify_one();
    m_watchdog.join();
    refuse(std::move(left));
}

} // namespace Hb::Plugin
