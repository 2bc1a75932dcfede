// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/iclock.h"

#include <mutex>

namespace Hb {

// The real clock plus an adjustable offset, so a running engine can be moved forward
// (`serve --clock-offset`, the UI's clock controls) while time keeps flowing. It can also be
// paused: now() then stays where it was until resume(), which carries on from that instant
// (the time spent paused becomes part of the offset), so deadlines can be read at leisure.
class SystemClock final : public IClock
{
public:
    // How far the clock may be moved from real time, either way: a hundred years keeps every
    // nanosecond sum (now + offset) far inside qint64, whatever a user or a request asks.
    static constexpr qint64 kMaxOffsetSecs = 100LL * 365 * 24 * 3600;
    static bool isOffsetInRange(qint64 secs)
    {
        return secs >= -kMaxOffsetSecs && secs <= kMaxOffsetSecs;
    }

    qint64 nowNs() const override;
    // The distance from real time; while paused it grows more negative as real time passes.
    qint64 offsetNs() const;
    void setOffsetNs(qint64 offset);
    // Moves the clock by `delta`, paused or not.
    void advanceNs(qint64 delta);

    void pause();
    void resume();
    bool isPaused() const;

private:
    static qint64 realNowNs();

    mutable std::mutex m_mutex; // readers and writers may be on different threads
    qint64 m_offsetNs = 0;
    qint64 m_pausedAtNs = 0; // what now() answers while paused
    bool m_paused = false;
};

} // namespace Hb
