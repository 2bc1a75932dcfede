// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/iclock.h"

#include <atomic>

namespace Hb {

// A clock that stands still until told to move; for tests and a paused UI clock.
class ManualClock final : public IClock
{
public:
    explicit ManualClock(qint64 startNs = 1700000000LL * 1000000000LL)
        : m_nowNs(startNs)
    {}
    qint64 nowNs() const override { return m_nowNs.load(); }
    void setNowNs(qint64 ns) { m_nowNs.store(ns); }
    void advanceNs(qint64 delta) { m_nowNs.fetch_add(delta); }
    void advanceSecs(qint64 secs) { advanceNs(secs * 1000000000LL); }

private:
    std::atomic<qint64> m_nowNs;
};

} // namespace Hb
