// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gocompat/urlquery.h"

#include "core/gocompat/hexvalue.h"

namespace Hb::GoCompat {

namespace {
// Go's shouldEscape for encodeQueryComponent: everything but unreserved characters.
bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}
} // namespace

bool UrlQuery::queryUnescape(QByteArrayView text, QByteArray &out)
{
    out.clear();
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            // Go: `i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2])` is an EscapeError.
            if (i + 2 >= text.size())
                return false;
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    return true;
}

UrlQuery::Pairs UrlQuery::parse(QByteArrayView query)
{
    Pairs pairs;
    // parseQuery checks urlParamsWithinMax(strings.Count(query, "&") + 1) before anything.
    if (query.count('&') + 1 > MaxParams)
        return pairs;
    while (!query.isEmpty()) {
        // strings.Cut(query, "&")
        const qsizetype amp = query.indexOf('&');
        const QByteArrayView piece = amp < 0 ? query : query.first(amp);
        query = amp < 0 ? QByteArrayView() : query.sliced(amp + 1);
        if (piece.contains(';') || piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        QByteArray key;
        QByteArray value;
        if (!queryUnescape(eq < 0 ? piece : piece.first(eq), key))
            continue;
        if (eq >= 0 && !queryUnescape(piece.sliced(eq + 1), value))
            continue;
        pairs.append({std::move(key), std::move(value)});
    }
    return pairs;
}

UrlQuery::Values UrlQuery::parseValues(QByteArrayView query)
{
    Values values;
    for (auto &[key, value] : parse(query))
        values[key].append(value);
    return values;
}

QByteArray UrlQuery::queryEscape(QByteArrayView text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (isUnreserved(c)) {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[(uchar(c) >> 4) & 0xF];
            out += hex[uchar(c) & 0xF];
        }
    }
    return out;
}

QByteArray UrlQuery::encode(const Values &values)
{
    QByteArray out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QByteArray key = queryEscape(it.key());
        for (const QByteArray &v : it.value()) {
            if (!out.isEmpty())
                out += '&';
            out += key + '=' + queryEscape(v);
        }
    }
    return out;
}

} // namespace Hb::GoCompat
