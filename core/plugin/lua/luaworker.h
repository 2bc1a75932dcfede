// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/replyposter.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Hb::Plugin {

class LuaWorker;

// One unit of work for the Lua thread: a hook call, a load, or housekeeping on a state.
// run() and fail() race for the job's answer through settle(): exactly one of them gives it.
class LuaJob
{
public:
    enum class Failure {
        Stuck,   // run() did not return by its deadline: it is stuck inside a C function
        Refused, // every worker the driver may have is stuck: the job never ran
    };
    virtual ~LuaJob() = default;
    // On a Lua worker thread. A job that answers someone calls settle() first and answers
    // only when it returns true.
    virtual void run(LuaWorker &worker) = 0;
    // On the watchdog thread (Stuck), or (Refused) on the posting thread, the watchdog's or
    // the one in stop(), after settle() returned true there: answer with an error. A refused
    // job never ran, so no thread is inside it. Jobs that answer nobody do nothing.
    virtual void fail(LuaWorker &worker, Failure why) { (void)worker, (void)why; }
    // For the log: "hook 'Pre' of bundle x.zip".
    virtual QString what() const = 0;
    // True for the first caller only.
    bool settle() { return !m_settled.exchange(true, std::memory_order_acq_rel); }

private:
    std::atomic<bool> m_settled{false};
};

// The Lua driver's thread, its queue and its watchdog. Shared with the modules, which post
// their states' disposal here and may outlive the driver by a little.
//
// Lua code is stopped at its budget by the states' count hook, which only runs between VM
// instructions. A C function that runs for minutes (a string pattern that backtracks,
// string.find(("a"):rep(40), ("a-"):rep(40) .. "b")) never returns to it, and it cannot be
// interrupted from outside. The watchdog answers such a job at its deadline and abandons its
// thread: the thread is detached (never joined; it keeps its state and memory until the C
// function ends) and a fresh thread takes the queue. At most MaxStuck threads may be stuck
// at once; past that, jobs are refused at once until one of them comes back.
//
// The watchdog costs the common path no wake-up: it sleeps until the deadline of the job
// that runs (or, between jobs, one budget ahead), and a worker only wakes it when a job
// starts after a quiet spell of a whole budget (every job shares one budget, so a later job
// is due later).
//
// No LuaJob is ever dropped with m_mutex held: a job may own a module, and a module's
// destructor posts its state's closing here.
class LuaWorker : public std::enable_shared_from_this<LuaWorker>
{
public:
    static constexpr int MaxStuck = 4;
    // The count hook stops Lua code at the budget itself; a job still running this much
    // later is inside a C function.
    static constexpr std::chrono::milliseconds Grace{200};
    // How long stop() waits for queued work before it leaves a thread behind.
    static constexpr std::chrono::milliseconds ShutdownWait{300};

    // `budget` is how long a job may run (the driver's time budget). Replies go to
    // `context`'s thread. Starts the first thread and the watchdog.
    static std::shared_ptr<LuaWorker> create(QObject *context, std::chrono::milliseconds budget);
    ~LuaWorker();

    // Queues `job` (any thread). When every allowed worker is stuck the job is settled and
    // failed (Refused) at once, on this thread, and false is returned.
    bool post(std::shared_ptr<LuaJob> job);
    // On a Lua thread, from inside `job`'s run(): its deadline starts over now. For a call
    // that first loaded a fresh state under its own budget, so that a slow but legitimate
    // call (load, then hook) is stopped by the count hook, never taken for stuck in C.
    void restartDeadline(const LuaJob &job);
    // Runs `fn` on the context's thread (the engine), in order with other replies.
    void reply(std::function<void()> fn) { m_replies->post(std::move(fn)); }
    // Set when the driver is going; the states' count hook stops Lua code when it is set.
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
    // From the driver's destructor (the engine thread): stops Lua code, lets queued work
    // finish for up to ShutdownWait, joins the thread (or leaves it, if it is stuck in C),
    // stops the watchdog and refuses the jobs still queued (and every later one). No reply
    // is posted afterwards.
    void stop();
    // How many threads are stuck in C code now (for tests and messages).
    int stuckThreads();

private:
    struct Thread;
    LuaWorker(QObject *context, std::chrono::milliseconds budget);
    void startThread(); // with m_mutex held
    void threadMain(const std::shared_ptr<Thread> &self);
    void watchdogMain();
    void abandon(const std::shared_ptr<Thread> &thread, const std::shared_ptr<LuaJob> &job);
    void refuse(std::deque<std::shared_ptr<LuaJob>> jobs);
    using Rep = std::chrono::steady_clock::rep;

    const std::chrono::milliseconds m_budget;
    std::shared_ptr<ReplyPoster> m_replies;
    std::atomic<bool> m_cancel{false};

    std::mutex m_mutex;
    std::condition_variable m_wake; // threads: a job is queued, or stop
    std::condition_variable m_idle; // stop(): the active thread ended
    std::deque<std::shared_ptr<LuaJob>> m_jobs;
    std::shared_ptr<Thread> m_active; // null once every allowed thread is stuck
    int m_stuck = 0;                  // abandoned threads still inside their job
    quint64 m_started = 0;            // jobs taken so far (the watchdog tells busy from quiet)
    bool m_stopping = false;

    std::mutex m_watchMutex;
    std::condition_variable m_watchCv;
    // When the watchdog wakes next on its own (max: it waits to be woken).
    std::atomic<Rep> m_watchWakeAt{
        std::chrono::steady_clock::time_point::max().time_since_epoch().count()};
    bool m_watchStopping = false;
    std::thread m_watchdog;
};

} // namespace Hb::Plugin
