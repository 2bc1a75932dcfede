// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/systemclock.h"

#include <chrono>

namespace Hb {

qint64 SystemClock::nowNs() const
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::nanoseconds>(now).count() + m_offsetNs.load();
}

} // namespace Hb
