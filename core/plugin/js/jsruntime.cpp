// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsruntime.h"

#include "core/plugin/js/jsheapmeter.h"
#include "core/plugin/js/jspagetouchmeter.h"
#include "core/plugin/js/jsworker.h"

#include <QJSEngine>

#include <algorithm>

namespace Hb::Plugin {

bool JsCallContext::post(std::function<void()> fn)
{
    const QMutexLocker lock(&mutex);
    if (!context)
        return false;
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
    return true;
}

void JsJob::attach(QJSEngine *engine)
{
    const std::lock_guard lock(m_engineMutex);
    m_engine = engine;
    m_threadId = JsPageTouchMeter::currentThreadId();
    m_faultsAtAttach = JsPageTouchMeter::minorFaults(m_threadId);
    m_residentAtAttach = JsPageTouchMeter::residentBytes();
    if (m_interrupted.load())
        engine->setInterrupted(true);
}

void JsJob::detach()
{
    const std::lock_guard lock(m_engineMutex);
    m_engine = nullptr;
}

void JsJob::interrupt()
{
    const std::lock_guard lock(m_engineMutex);
    m_interrupted = true;
    // QJSEngine::setInterrupted is the one engine call that is safe from another thread.
    if (m_engine)
        m_engine->setInterrupted(true);
}

bool JsJob::touchedBytesOverCap(std::size_t cap) const
{
    if (!m_faultsAtAttach || !m_residentAtAttach)
        return false;
    const auto faults = JsPageTouchMeter::minorFaults(m_threadId);
    const auto resident = JsPageTouchMeter::residentBytes();
    if (!faults || !resident)
        return false;
    const std::uint64_t touched =
        *faults > *m_faultsAtAttach ? (*faults - *m_faultsAtAttach) * JsPageTouchMeter::pageBytes()
                                    : 0;
    const std::uint64_t grown =
        *resident > *m_residentAtAttach ? *resident - *m_residentAtAttach : 0;
    return touched > cap && grown > cap;
}

bool JsJob::checkMemory(std::size_t cap, bool alone)
{
    const std::lock_guard lock(m_engineMutex);
    if (!m_engine || m_interrupted.load())
        return false;
    if (JsHeapMeter::usedBytes(m_engine) <= cap && !(alone && touchedBytesOverCap(cap))) {
        m_pollsOverCap = 0;
        return false;
    }
    if (++m_pollsOverCap < 2)
        return false;
    m_memoryExceeded = true;
    m_interrupted = true;
    m_engine->setInterrupted(true);
    return true;
}

JsRuntime::JsRuntime(int workers, std::size_t memoryCap)
    : m_memoryCap(memoryCap)
{
    for (int i = 0; i < std::max(1, workers); ++i) {
        m_workers.push_back(std::make_unique<JsWorker>(*this));
        m_workers.back()->setObjectName(QStringLiteral("hookbench-js-%1").arg(i));
        m_workers.back()->start();
    }
    m_watchdog = std::thread([this] { watchdogMain(); });
}

JsRuntime::~JsRuntime()
{
    {
        const std::lock_guard lock(m_queueMutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_queueCv.notify_all();
    {
        const std::lock_guard lock(m_watchMutex);
        for (const auto &job : m_watched)
            job->interrupt();
    }
    m_watchCv.notify_all();
    for (const auto &worker : m_workers)
        worker->wait();
    m_watchdog.join();
}

void JsRuntime::post(std::shared_ptr<JsJob> job)
{
    {
        const std::lock_guard lock(m_watchMutex);
        m_watched.push_back(job);
    }
    m_watchCv.notify_one();
    {
        const std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            return;
        m_queue.push_back(std::move(job));
    }
    m_queueCv.notify_one();
}

void JsRuntime::watch(std::shared_ptr<JsJob> job)
{
    {
        const std::lock_guard lock(m_watchMutex);
        if (m_stopping) {
            job->interrupt();
            return;
        }
        m_watched.push_back(std::move(job));
    }
    m_watchCv.notify_one();
}

bool JsRuntime::idle()
{
    const std::lock_guard lock(m_queueMutex);
    return m_queue.empty();
}

std::shared_ptr<JsJob> JsRuntime::take()
{
    std::unique_lock lock(m_queueMutex);
    m_queueCv.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    if (m_stopping)
        return nullptr;
    std::shared_ptr<JsJob> job = std::move(m_queue.front());
    m_queue.pop_front();
    return job;
}

void JsRuntime::watchdogMain()
{
    std::unique_lock lock(m_watchMutex);
    while (!m_stopping) {
        std::erase_if(m_watched, [](const auto &j) {
            const int s = j->state.load();
            return s == JsJob::Done || s == JsJob::TimedOut;
        });
        if (m_watched.empty()) {
            m_watchCv.wait(lock);
            continue;
        }
        auto earliest = m_watched.front()->deadline;
        for (const auto &j : m_watched)
            earliest = std::min(earliest, j->deadline);
        const auto now = std::chrono::steady_clock::now();
        if (now < earliest) {
            // Wake now and then to drop finished jobs before they pile up, and every
            // MemoryPoll while a job runs, to read its heap.
            auto wakeAt = std::min(earliest, now + std::chrono::seconds(1));
            if (pollMemory())
                wakeAt = std::min(wakeAt, now + MemoryPoll);
            m_watchCv.wait_until(lock, wakeAt);
            continue;
        }
        std::vector<std::shared_ptr<JsJob>> expired;
        for (const auto &j : m_watched)
            if (j->deadline <= now)
                expired.push_back(j);
        std::erase_if(m_watched, [&](const auto &j) { return j->deadline <= now; });
        lock.unlock();
        for (const auto &j : expired)
            expire(j);
        lock.lock();
    }
}

bool JsRuntime::pollMemory()
{
    if (m_memoryCap == 0)
        return false;
    bool live = false;
    const auto running = std::count_if(m_watched.cbegin(), m_watched.cend(), [](const auto &j) {
        return j->state.load() == JsJob::Running && !j->interrupted();
    });
    for (const auto &j : m_watched) {
        const int state = j->state.load();
        if (state == JsJob::Pending)
            live = true; // a worker takes it any moment
        if (state != JsJob::Running || j->interrupted())
            continue;
        // The job's code sees an interrupt; JsHookInvoker answers it as over its memory cap.
        if (!j->checkMemory(m_memoryCap, running == 1))
            live = true;
    }
    return live;
}

void JsRuntime::expire(const std::shared_ptr<JsJob> &job)
{
    int state = job->state.load();
    while (state == JsJob::Pending || state == JsJob::Running) {
        if (job->state.compare_exchange_weak(state, JsJob::TimedOut))
            break;
    }
    if (state != JsJob::Pending && state != JsJob::Running)
        return; // finished first
    if (job->timedOut)
        job->timedOut(); // the client is answered before the code is stopped
    if (state == JsJob::Running)
        job->interrupt();
}

} // namespace Hb::Plugin
