// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythonjobqueue.h"

#include <QDateTime>

#include <thread>

namespace Hb::Plugin {

namespace {
using Clock = std::chrono::steady_clock;
// How often an overdue job is interrupted again: a hook may catch the first HookTimeout,
// or the signal may land just before its job is marked as running.
constexpr auto interruptEvery = std::chrono::milliseconds(100);

qint64 msSince(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
}
} // namespace

PythonJobQueue::PythonJobQueue(std::function<void(std::uint64_t)> interrupt)
    : m_interrupt(std::move(interrupt))
{}

void PythonJobQueue::startWatchdog()
{
    std::thread([this] { watchdogMain(); }).detach();
}

void PythonJobQueue::post(std::shared_ptr<PythonJob> job)
{
    job->serial = m_nextSerial.fetch_add(1, std::memory_order_relaxed);
    if (job->posted == Clock::time_point())
        job->posted = Clock::now();
    bool wakeWatchdog = false;
    {
        std::unique_lock lock(m_watchMutex);
        if (m_stuck.load()) {
            // Nothing runs until the stuck job returns: answer now rather than queue.
            const QString reason = m_stuckReason;
            lock.unlock();
            int expected = PythonJob::Pending;
            if (job->state.compare_exchange_strong(expected, PythonJob::TimedOut) && job->timedOut)
                job->timedOut(reason);
            return;
        }
        m_watched.push_back(job);
        // Only a job due before the watchdog's next wake needs it now (calls share one
        // budget, so that is the first one after a quiet spell); finished jobs are swept
        // every 1,024 posts so the list stays short under load.
        wakeWatchdog = job->deadline < m_watchWakeAt || m_watched.size() % 1024 == 0;
        // Queued before m_watchMutex is let go (declareStuck()'s lock order): otherwise the
        // runtime could be declared stuck in between and the job, queued after the swap,
        // would wait for its own deadline instead of being answered with the reason.
        const std::lock_guard queueLock(m_queueMutex);
        m_queue.push_back(std::move(job));
    }
    if (wakeWatchdog)
        m_watchCv.notify_one();
    m_queueCv.notify_one();
}

std::shared_ptr<PythonJob> PythonJobQueue::next(bool wait)
{
    std::unique_lock lock(m_queueMutex);
    for (;;) {
        if (m_queue.empty()) {
            if (!wait)
                return nullptr;
            m_queueCv.wait(lock, [this] { return !m_queue.empty(); });
        }
        std::shared_ptr<PythonJob> job = std::move(m_queue.front());
        m_queue.pop_front();
        int expected = PythonJob::Pending;
        if (job->state.compare_exchange_strong(expected, PythonJob::Running))
            return job;
        job->run = nullptr; // answered by the watchdog while it waited
    }
}

void PythonJobQueue::ended(PythonJob &job)
{
    // Paired with declareStuck(): each side writes its flag, then reads the other's, so a
    // job that returns as it is declared stuck never leaves the runtime marked stuck.
    job.ended.store(true);
    if (!m_stuck.load())
        return;
    const std::lock_guard lock(m_watchMutex);
    if (m_stuck.exchange(false))
        qWarning("Python driver: %s returned after %lld ms; the Python runtime runs calls "
                 "again",
                 qPrintable(job.label), msSince(job.posted));
}

void PythonJobQueue::watchdogMain()
{
    std::unique_lock lock(m_watchMutex);
    for (;;) {
        const auto now = Clock::now();
        auto wake = Clock::time_point::max();
        if (m_overdue && m_overdue->ended.load())
            m_overdue.reset();
        if (m_overdue) {
            if (now >= m_nextInterruptAt) {
                m_interrupt(m_overdue->serial);
                m_nextInterruptAt = now + interruptEvery;
            }
            wake = m_nextInterruptAt;
            const auto stuckAt = m_overdue->deadline + m_overdue->grace;
            if (!m_stuck.load() && now >= stuckAt)
                declareStuck();
            else if (!m_stuck.load())
                wake = std::min(wake, stuckAt);
        }
        std::erase_if(m_watched, [](const auto &j) {
            const int s = j->state.load();
            return s == PythonJob::Done || s == PythonJob::TimedOut;
        });
        std::vector<std::shared_ptr<PythonJob>> expired;
        for (const auto &j : m_watched) {
            if (j->deadline <= now)
                expired.push_back(j);
            else
                wake = std::min(wake, j->deadline);
        }
        if (!expired.empty()) {
            std::erase_if(m_watched, [&](const auto &j) { return j->deadline <= now; });
            lock.unlock();
            for (const auto &j : expired)
                expire(j);
            lock.lock();
            continue;
        }
        // Wake early enough to notice finished jobs piling up.
        if (!m_watched.empty())
            wake = std::min(wake, now + std::chrono::seconds(1));
        m_watchWakeAt = wake;
        if (wake == Clock::time_point::max())
            m_watchCv.wait(lock);
        else
            m_watchCv.wait_until(lock, wake);
    }
}

void PythonJobQueue::expire(const std::shared_ptr<PythonJob> &job)
{
    int state = job->state.load();
    while (state == PythonJob::Pending || state == PythonJob::Running) {
        if (job->state.compare_exchange_weak(state, PythonJob::TimedOut))
            break;
    }
    if (state != PythonJob::Pending && state != PythonJob::Running)
        return; // finished first
    if (job->timedOut)
        job->timedOut({}); // the client is answered before we try to stop the code
    if (state != PythonJob::Running)
        return;
    const std::lock_guard lock(m_watchMutex);
    m_overdue = job;
    m_interrupt(job->serial);
    m_nextInterruptAt = Clock::now() + interruptEvery;
}

// m_overdue runs on past its grace period: it is stuck in C code that does not check for
// signals (a C loop, a blocking library call that retries on EINTR) and holds the GIL, so no
// other Python can run. A second interpreter thread cannot help: the process has one GIL
// and the stuck thread holds it; a fresh interpreter would need the GIL to start too. So
// every job still queued, and every one posted until the stuck one returns (if ever), is
// answered at once with an error; m_onStuck moves later calls elsewhere (PythonDriver: to a
// fresh interpreter in a child process). Called with m_watchMutex held.
void PythonJobQueue::declareStuck()
{
    PythonJob &job = *m_overdue;
    m_stuck.store(true);
    if (job.ended.load()) { // returned just now (see ended())
        m_stuck.store(false);
        return;
    }
    const qint64 runningMs = msSince(job.posted);
    const QString since =
        QDateTime::currentDateTime().addMSecs(-runningMs).toString(QStringLiteral("HH:mm:ss"));
    m_stuckReason = QStringLiteral("the Python runtime is stuck in C code: %1 has been running "
                                   "since %2 (%3 ms) and cannot be interrupted")
                        .arg(job.label, since)
                        .arg(runningMs);
    m_stuckReason += m_onStuck ? m_onStuck(m_stuckReason)
                               : QStringLiteral("; Python plugins need hookbench to be restarted");
    qWarning("Python driver: %s", qPrintable(m_stuckReason));
    std::deque<std::shared_ptr<PythonJob>> queued;
    {
        const std::lock_guard lock(m_queueMutex);
        queued.swap(m_queue);
    }
    for (const auto &j : queued) {
        int expected = PythonJob::Pending;
        if (j->state.compare_exchange_strong(expected, PythonJob::TimedOut) && j->timedOut)
            j->timedOut(m_stuckReason);
    }
}

} // namespace Hb::Plugin
