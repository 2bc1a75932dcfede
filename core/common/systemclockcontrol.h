// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/iclockcontrol.h"

#include <functional>

namespace Hb {

class SystemClock;

// Moves a SystemClock (the real clock plus an offset) and, after every move, runs `moved` so
// the engine notices the deadlines the jump passed at once. The composition root that owns
// the clock creates it. Called on the engine thread; the clock is not owned and outlives this.
class SystemClockControl final : public IClockControl
{
public:
    SystemClockControl(SystemClock &clock, std::function<void()> moved);

    qint64 offsetSecs() const override;
    bool setOffsetSecs(qint64 offset) override;
    bool advanceSecs(qint64 seconds) override;
    void setPaused(bool paused) override;
    bool isPaused() const override;

private:
    SystemClock &m_clock;
    std::function<void()> m_moved;
};

} // namespace Hb
