// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace Hb {

// A JSON number read as a 64-bit integer: floats are truncated and clamped to qint64's range
// (NaN is 0), unsigned values above its maximum clamp too. Tyk's json.Unmarshal refuses a
// float or an out-of-range number for an int64 field; Hookbench keeps a hand-written session
// or policy usable instead, but must not cast 1e72 to qint64, which is undefined behaviour
// (found by fuzz/fuzz_session). Callers check is_number() first; anything else reads as 0.
inline qint64 jsonToInt64(const nlohmann::json &value)
{
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        return u > std::uint64_t(std::numeric_limits<qint64>::max())
                   ? std::numeric_limits<qint64>::max()
                   : qint64(u);
    }
    if (value.is_number_integer())
        return value.get<qint64>();
    if (!value.is_number_float())
        return 0;
    const double d = value.get<double>();
    if (std::isnan(d))
        return 0;
    // 2^63 is exactly representable; every double below it converts without overflow.
    constexpr double limit = 9223372036854775808.0;
    if (d >= limit)
        return std::numeric_limits<qint64>::max();
    if (d < -limit)
        return std::numeric_limits<qint64>::min();
    return qint64(d);
}

} // namespace Hb
