// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/systemclock.h"

#include <chrono>

namespace Hb {

qint64 SystemClock::realNowNs()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
}

qint64 SystemClock::nowNs() const
{
    const std::lock_guard lock(m_mutex);
    return m_paused ? m_pausedAtNs : realNowNs() + m_offsetNs;
}

qint64 SystemClock::offsetNs() const
{
    const std::lock_guard lock(m_mutex);
    return m_paused ? m_pausedAtNs - realNowNs() : m_offsetNs;
}

void SystemClock::setOffsetNs(qint64 offset)
{
    const std::lock_guard lock(m_mutex);
    if (m_paused)
        m_pausedAtNs = realNowNs() + offset;
    else
        m_offsetNs = offset;
}

void SystemClock::advanceNs(qint64 delta)
{
    const std::lock_guard lock(m_mutex);
    if (m_paused)
        m_pausedAtNs += delta;
    else
        m_offsetNs += delta;
}

void SystemClock::pause()
{
    const std::lock_guard lock(m_mutex);
    if (m_paused)
        return;
    m_pausedAtNs = realNowNs() + m_offsetNs;
    m_paused = true;
}

void SystemClock::resume()
{
    const std::lock_guard lock(m_mutex);
    if (!m_paused)
        return;
    // Carry on from the frozen instant rather than jumping by the time spent paused.
    m_offsetNs = m_pausedAtNs - realNowNs();
    m_paused = false;
}

bool SystemClock::isPaused() const
{
    const std::lock_guard lock(m_mutex);
    return m_paused;
}

} // namespace Hb
