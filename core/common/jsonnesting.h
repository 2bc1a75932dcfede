// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace Hb {

// How deep untrusted JSON may nest. Hookbench refuses deeper documents before parsing, which
// bounds every recursive walk (nlohmann's copy, dump and compare, JsonLocator) of a parsed
// tree. Go's encoding/json stops at 10,000 (scanner.go, maxNestingDepth), but a 10,000-deep
// copy overflowed the 8 MiB main-thread stack in the AddressSanitizer build; 1,000 leaves
// every thread a wide margin and matches Python's json (what httpbin, the echo's model, uses).
// Only documents nested more than 1,000 levels deep are treated differently from Tyk.
inline constexpr int kMaxJsonNesting = 1000;

// A place in a text: 0-based byte offset, 1-based line and column (a column counts UTF-8
// code points, as the editors and JsonLocator do).
struct TextPosition
{
    qsizetype offset = 0;
    int line = 1;
    int column = 1;
};

// The position of the first '[' or '{' that opens level `maxDepth + 1`, or nullopt when the
// text never nests that deep. Strings (with their escapes) are skipped; anything else is left
// to the parser, so malformed text is never reported here. One linear pass, no allocation.
std::optional<TextPosition> findJsonNestingBeyond(std::string_view text,
                                                  int maxDepth = kMaxJsonNesting);

// Line and column of a byte offset (clamped to the text).
TextPosition textPositionOf(std::string_view text, qsizetype offset);

} // namespace Hb
