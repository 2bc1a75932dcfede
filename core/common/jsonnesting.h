// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace Hb {

// How deep untrusted JSON may nest. Go's encoding/json refuses deeper documents (scanner.go,
// maxNestingDepth = 10000), so Tyk never sees them; Hookbench refuses them before parsing,
// which also bounds every recursive walk (copy, dump, compare) of a parsed tree.
inline constexpr int kMaxJsonNesting = 10000;

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
