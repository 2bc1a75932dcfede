// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Hb::GoCompat {

// Go's unicode/utf8 decoding rules (utf8.go, DecodeRune and Valid): a sequence is
// well-formed only if it is the shortest encoding, is no surrogate (U+D800..U+DFFF) and is
// at most U+10FFFF. Stateless; every function is pure.
class GoUtf8
{
public:
    static constexpr char32_t RuneError = 0xFFFD;

    struct Rune
    {
        char32_t rune = RuneError;
        int size = 0; // bytes consumed

        // The byte at the position starts no well-formed sequence (a literal U+FFFD is
        // three bytes, so it is not this).
        bool isInvalid() const { return rune == RuneError && size == 1; }
    };

    // utf8.DecodeRune on the bytes of `text` from `at`: the rune and its length. A byte that
    // starts no well-formed sequence gives (RuneError, 1); no bytes left gives (RuneError, 0).
    static Rune decodeRune(QByteArrayView text, qsizetype at = 0);

    // utf8.Valid: every byte belongs to a well-formed sequence.
    static bool valid(QByteArrayView text);
};

} // namespace Hb::GoCompat
