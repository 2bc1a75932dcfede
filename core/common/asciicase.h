// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cctype>
#include <string_view>

namespace Hb {

// Equal but for the case of ASCII letters: how Go's encoding/json and mapstructure match a
// key to a field name when no exact match exists (strings.EqualFold, on the ASCII names Tyk's
// structs use).
inline bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

} // namespace Hb
