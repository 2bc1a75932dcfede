// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Hb {

// Moving a running engine's clock, so expiry (ID-extractor deadlines, quota windows, rate
// windows) can be watched without waiting. Implemented by whoever owns the clock (the
// composition root) and handed to those that offer the controls (the Gateway API's
// /hookbench/clock, the session inspector's buttons); an engine whose clock cannot move has
// none. Called on the engine thread.
class IClockControl
{
public:
    virtual ~IClockControl() = default;

    // The distance from real time, in whole seconds.
    virtual qint64 offsetSecs() const = 0;
    // Sets the distance from real time; false when `offset` is out of range.
    virtual bool setOffsetSecs(qint64 offset) = 0;
    // Moves the clock by `seconds`, paused or not; false when out of range.
    virtual bool advanceSecs(qint64 seconds) = 0;
    // Freezes the clock at its current time, or lets it run on from there.
    virtual void setPaused(bool paused) = 0;
    virtual bool isPaused() const = 0;
};

} // namespace Hb
