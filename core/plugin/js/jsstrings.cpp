// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsstrings.h"

#include "core/gocompat/goutf8.h"

namespace Hb::Plugin {

namespace {
void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}
} // namespace

QString JsStrings::fromBytes(const QByteArray &bytes, bool keepInvalidBytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    QString out;
    out.reserve(n);
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) {
            out += QChar(char16_t(p[i]));
            ++i;
            continue;
        }
        const GoCompat::GoUtf8::Rune r = GoCompat::GoUtf8::decodeRune(bytes, i);
        if (r.isInvalid()) {
            out += QChar(keepInvalidBytes ? char16_t(0xDC00 + p[i]) : char16_t(0xFFFD));
            ++i;
            continue;
        }
        const char32_t cp = r.rune;
        if (cp >= 0x10000) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(cp));
        }
        i += r.size;
    }
    return out;
}

QByteArray JsStrings::toBytes(const QString &text, bool keepInvalidBytes)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            out += char(u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < n &&
                   QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate: one of our escaped bytes, else what Go writes for it.
            if (keepInvalidBytes && u >= 0xDC80 && u <= 0xDCFF)
                out += char(u - 0xDC00);
            else
                appendUtf8(out, 0xFFFD);
        } else {
            appendUtf8(out, u);
        }
    }
    return out;
}

} // namespace Hb::Plugin
