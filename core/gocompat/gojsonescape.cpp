// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gocompat/gojsonescape.h"

namespace Hb::GoCompat {

QByteArray goJsonHtmlEscape(std::string_view text)
{
    QByteArray out;
    out.reserve(qsizetype(text.size()) + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '<') {
            out += "\\u003c";
        } else if (c == '>') {
            out += "\\u003e";
        } else if (c == '&') {
            out += "\\u0026";
        } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace Hb::GoCompat
