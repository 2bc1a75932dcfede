// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/js/jsdriveroptions.h"

#include <sys/types.h>

#include <QMutex>
#include <QObject>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

class QJSEngine;

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

class JsWorker;

// What the calls of one JsDriver share with its worker threads: where answers go, the key
// services and the gateway log. The driver clears `context` when it goes, under `mutex`, so
// a worker never posts to a destroyed object.
struct JsCallContext
{
    QMutex mutex;
    QObject *context = nullptr;
    JsKeyServices keys;
    std::shared_ptr<IPluginDataStore> storage; // thread-safe; called on the workers
    std::function<void(const QString &, const QString &)> gatewayLog;
    const IClock *clock = nullptr; // set once by the driver; null: the real time

    // Runs `fn` on the context's thread; false when the driver is gone.
    bool post(std::function<void()> fn);
};

// One unit of work for a JS worker, raced against its deadline: exactly one of run()
// completing (finish()) and the watchdog's timedOut() wins.
class JsJob
{
public:
    enum State { Pending, Running, Done, TimedOut };

    std::atomic<int> state{Pending};
    std::chrono::steady_clock::time_point deadline;
    std::function<void(JsJob &)> run; // on a worker thread
    std::function<void()> timedOut;   // on the watchdog thread

    // From run(): true when the job finished before its deadline (report the result).
    bool finish()
    {
        int expected = Running;
        return state.compare_exchange_strong(expected, Done);
    }
    // The engine running this job's code (set by the worker around each VM it creates), so
    // the watchdog can stop it; an interrupt that came first applies as soon as one attaches.
    void attach(QJSEngine *engine);
    void detach();
    void interrupt();
    bool interrupted() const { return m_interrupted.load(); }
    // On the watchdog thread: whether the attached engine has held more than `cap` bytes for
    // two polls in a row; if so the job is interrupted and memoryExceeded() is set. Its heap
    // as JsHeapMeter reads it; and, when it is the only job running (`alone`), the memory its
    // thread touched since the engine was attached, if the process's resident set grew by as
    // much meanwhile (QV4's huge items). Both must hold: a thread that frees and maps again
    // does not grow the process, and with other jobs running the growth may be theirs.
    bool checkMemory(std::size_t cap, bool alone);
    bool memoryExceeded() const { return m_memoryExceeded.load(); }

private:
    // Under m_engineMutex, with an engine attached.
    bool touchedBytesOverCap(std::size_t cap) const;

    std::mutex m_engineMutex;
    QJSEngine *m_engine = nullptr;
    std::atomic<bool> m_interrupted{false};
    std::atomic<bool> m_memoryExceeded{false};
    int m_pollsOverCap = 0; // the watchdog's
    // Taken by attach() on the worker thread, read under m_engineMutex.
    pid_t m_threadId = 0;
    std::optional<std::uint64_t> m_faultsAtAttach; // nothing when /proc could not tell
    std::optional<std::uint64_t> m_residentAtAttach;
};

// The worker threads of one JsDriver and their watchdog. Jobs are taken in order by the
// first free worker, so a runaway call holds one worker until its deadline while the others
// keep serving. Each job builds and drops its own QJSEngine on its worker (Tyk gives every
// call a fresh VM), so an interrupted engine is never reused.
class JsRuntime
{
public:
    // The watchdog polls the heap of each running job's engine every MemoryPoll and stops
    // the job once it holds more than `memoryCap` bytes (0: no cap). Each poll takes the
    // mutex post() takes, so not much more often than this.
    static constexpr std::chrono::milliseconds MemoryPoll{10};
    explicit JsRuntime(int workers, std::size_t memoryCap = 0);
    // Stops: running code is interrupted, queued jobs are dropped unanswered, the threads
    // are joined (a native call in progress returns within its call's budget).
    ~JsRuntime();

    // Queues `job`; the watchdog answers it with timedOut() if its deadline passes first and
    // interrupts it if it is running.
    void post(std::shared_ptr<JsJob> job);
    // Puts a job a worker runs by itself (already Running, not queued) under the
    // watchdog: it is interrupted at its deadline.
    void watch(std::shared_ptr<JsJob> job);
    bool stopping() const { return m_stopping.load(); }
    std::size_t memoryCap() const { return m_memoryCap; }
    // Whether no job is waiting for a worker (workers then do idle work).
    bool idle();

private:
    friend class JsWorker;
    std::shared_ptr<JsJob> take(); // blocks; null once stopping
    void watchdogMain();
    static void expire(const std::shared_ptr<JsJob> &job);
    bool pollMemory(); // with m_watchMutex held: true while a job waits or runs under the cap

    const std::size_t m_memoryCap;

    std::mutex m_queueMutex;
    std::condition_variable m_queueCv;
    std::deque<std::shared_ptr<JsJob>> m_queue;

    std::mutex m_watchMutex;
    std::condition_variable m_watchCv;
    std::vector<std::shared_ptr<JsJob>> m_watched;

    std::atomic<bool> m_stopping{false};
    std::vector<std::unique_ptr<JsWorker>> m_workers;
    std::thread m_watchdog;
};

} // namespace Hb::Plugin
