// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gocompat/goutf8.h"

namespace Hb::GoCompat {

GoUtf8::Rune GoUtf8::decodeRune(QByteArrayView text, qsizetype at)
{
    const qsizetype n = text.size();
    if (at >= n)
        return {RuneError, 0};
    const auto c = uchar(text[at]);
    if (c < 0x80)
        return {char32_t(c), 1};
    const Rune invalid{RuneError, 1};
    int len = 0;
    char32_t cp = 0;
    // 0x80..0xC1 are continuation bytes or would start an overlong two-byte form; 0xF5 and
    // up would encode more than U+10FFFF.
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return invalid;
    }
    if (at + len > n)
        return invalid;
    for (int k = 1; k < len; ++k) {
        const auto b = uchar(text[at + k]);
        if ((b & 0xC0) != 0x80)
            return invalid;
        cp = (cp << 6) | (b & 0x3F);
    }
    // Go checks the second byte's range (acceptRanges); rejecting the decoded value is the
    // same test: overlong three- and four-byte forms, surrogates, beyond U+10FFFF.
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return invalid;
    return {cp, len};
}

bool GoUtf8::valid(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size();) {
        const Rune r = decodeRune(text, i);
        if (r.isInvalid())
            return false;
        i += r.size;
    }
    return true;
}

} // namespace Hb::GoCompat
