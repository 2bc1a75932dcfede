// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/systemclockcontrol.h"

#include "core/common/systemclock.h"

namespace Hb {

SystemClockControl::SystemClockControl(SystemClock &clock, std::function<void()> moved)
    : m_clock(clock)
    , m_moved(std::move(moved))
{}

qint64 SystemClockControl::offsetSecs() const
{
    return m_clock.offsetNs() / 1000000000;
}

bool SystemClockControl::setOffsetSecs(qint64 offset)
{
    if (!SystemClock::isOffsetInRange(offset))
        return false;
    m_clock.setOffsetNs(offset * 1000000000);
    m_moved();
    return true;
}

bool SystemClockControl::advanceSecs(qint64 seconds)
{
    if (!SystemClock::isOffsetInRange(seconds) ||
        !SystemClock::isOffsetInRange(offsetSecs() + seconds))
        return false;
    // advanceNs rather than setOffset(offset + s): a paused clock's offset is not whole
    // seconds, and rounding it would move the frozen time backwards.
    m_clock.advanceNs(seconds * 1000000000);
    m_moved();
    return true;
}

void SystemClockControl::setPaused(bool paused)
{
    if (paused)
        m_clock.pause();
    else
        m_clock.resume();
}

bool SystemClockControl::isPaused() const
{
    return m_clock.isPaused();
}

} // namespace Hb
