// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace Hb::Plugin {

// One unit of work for the Python thread, raced against its deadline: exactly one of
// run() completing (finish()) and the watchdog's timedOut() wins.
struct PythonJob
{
    enum State { Pending, Running, Done, TimedOut };
    std::atomic<int> state{Pending};
    std::atomic<bool> ended{false}; // run() has returned (set through PythonJobQueue::ended)
    std::uint64_t serial = 0;       // set by post(): names the job to the interrupt
    std::chrono::steady_clock::time_point posted;
    std::chrono::steady_clock::time_point deadline;
    // How long past its deadline a running job that does not return may go on before the
    // runtime is declared stuck.
    std::chrono::milliseconds grace{2000};
    QString label; // "hook Name (bundle x)", for the log
    // On the Python thread, GIL held; it gets its own job to finish(). It must not capture
    // the job: a job answered without running (while the runtime is stuck) would then hold
    // itself, its Object and its callbacks forever.
    std::function<void(PythonJob &self)> run;
    // On the watchdog thread (or the posting one), no GIL: the job is answered without its
    // result. `stuck` is empty for a timeout; otherwise the runtime is stuck in C code and
    // `stuck` says so.
    std::function<void(const QString &stuck)> timedOut;

    // From run(): true when the job finished before its deadline (report the result).
    bool finish()
    {
        int expected = Running;
        return state.compare_exchange_strong(expected, Done);
    }
};

// The Python thread's queue of jobs and the watchdog that holds them to their deadlines.
// Nothing here touches Python, so the watchdog never waits for the GIL (a hook stuck in C
// code holds it): a job past its deadline is answered with timedOut() and, if it is running,
// stopped through `interrupt`, which signals the Python thread (PythonRuntime). A running
// job that is still there `grace` after its deadline is stuck in C code that does not check
// for signals: every queued and later job is then answered at once with the reason, until
// the stuck one returns.
class PythonJobQueue
{
public:
    // `interrupt(serial)`: on the watchdog thread; asks the Python thread to stop the job
    // with that serial. Called again every 100 ms until the job returns.
    explicit PythonJobQueue(std::function<void(std::uint64_t serial)> interrupt);

    // Starts the watchdog thread (detached: the queue lives as long as the process).
    void startWatchdog();
    // What happens when a job is declared stuck: `onStuck(reason)` runs on the watchdog
    // thread (it must not call back into the queue) and returns what the reason should add
    // (what happens next), or does not return (a plugin host process exits). Set before
    // startWatchdog().
    void setStuckHandler(std::function<QString(const QString &reason)> onStuck)
    {
        m_onStuck = std::move(onStuck);
    }

    // Any thread. Queues `job`, or answers it at once while the runtime is stuck.
    void post(std::shared_ptr<PythonJob> job);

    // Python thread: the next job still to run (now marked Running), or null when the
    // queue is empty and `wait` is false.
    std::shared_ptr<PythonJob> next(bool wait);
    // Python thread, after job.run() returned.
    void ended(PythonJob &job);

private:
    void watchdogMain();
    void expire(const std::shared_ptr<PythonJob> &job);
    void declareStuck();

    std::function<void(std::uint64_t)> m_interrupt;
    std::function<QString(const QString &)> m_onStuck;

    std::mutex m_queueMutex;
    std::condition_variable m_queueCv;
    std::deque<std::shared_ptr<PythonJob>> m_queue;

    std::mutex m_watchMutex; // guards everything below but the atomics
    std::condition_variable m_watchCv;
    std::vector<std::shared_ptr<PythonJob>> m_watched;
    // When the watchdog wakes next on its own (max: it waits for work); a job due later
    // does not need to wake it.
    std::chrono::steady_clock::time_point m_watchWakeAt =
        std::chrono::steady_clock::time_point::max();
    std::shared_ptr<PythonJob> m_overdue; // the running job past its deadline
    std::chrono::steady_clock::time_point m_nextInterruptAt;
    std::atomic<bool> m_stuck{false};
    QString m_stuckReason; // the answer every job gets while m_stuck
    std::atomic<std::uint64_t> m_nextSerial{1};
};

} // namespace Hb::Plugin
