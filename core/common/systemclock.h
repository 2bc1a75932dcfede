// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/iclock.h"

#include <atomic>

namespace Hb {

// The real clock plus an adjustable offset, so a running engine can be moved forward
// (`serve --clock-offset`, the UI's clock controls) while time keeps flowing.
class SystemClock final : public IClock
{
public:
    qint64 nowNs() const override;
    void setOffsetNs(qint64 offset) { m_offsetNs.store(offset); }
    void advanceNs(qint64 delta) { m_offsetNs.fetch_add(delta); }
    qint64 offsetNs() const { return m_offsetNs.load(); }

private:
    std::atomic<qint64> m_offsetNs{0};
};

} // namespace Hb
