// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hb::GoCompat {

// The value of one hexadecimal digit (either case), or -1 for any other byte: Go's unhex in
// net/url (url.go) and the digit test of encoding/json's getu4 (decode.go).
constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace Hb::GoCompat
