// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/jsonnesting.h"

#include <algorithm>

namespace Hb {

std::optional<TextPosition> findJsonNestingBeyond(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return textPositionOf(text, qsizetype(i));
            break;
        case ']':
        case '}':
            // Unbalanced closers are the parser's to report; never go below zero.
            depth = std::max(0, depth - 1);
            break;
        default: break;
        }
    }
    return std::nullopt;
}

TextPosition textPositionOf(std::string_view text, qsizetype offset)
{
    TextPosition pos;
    pos.offset = std::clamp<qsizetype>(offset, 0, qsizetype(text.size()));
    for (qsizetype i = 0; i < pos.offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[std::size_t(i)]);
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to their character
            ++pos.column;
        }
    }
    return pos;
}

} // namespace Hb
