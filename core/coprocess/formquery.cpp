// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/formquery.h"

namespace Hb::Coprocess {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Go's shouldEscape for encodeQueryComponent: everything but unreserved characters.
bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}
} // namespace

bool FormQuery::queryUnescape(QByteArrayView text, QByteArray &out)
{
    out.clear();
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
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

FormQuery::Pairs FormQuery::parse(QByteArrayView text)
{
    Pairs pairs;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('&', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView part = text.sliced(start, end - start);
        start = end + 1;
        if (part.isEmpty() || part.contains(';'))
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key;
        QByteArray value;
        if (!queryUnescape(eq < 0 ? part : part.first(eq), key))
            continue;
        if (eq >= 0 && !queryUnescape(part.sliced(eq + 1), value))
            continue;
        pairs.append({key, value});
        if (end == text.size())
            break;
    }
    return pairs;
}

QMap<QByteArray, QList<QByteArray>> FormQuery::parseValues(QByteArrayView text)
{
    QMap<QByteArray, QList<QByteArray>> values;
    for (const auto &[k, v] : parse(text))
        values[k].append(v);
    return values;
}

QByteArray FormQuery::queryEscape(QByteArrayView text)
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

QByteArray FormQuery::encode(const QMap<QByteArray, QList<QByteArray>> &values)
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

} // namespace Hb::Coprocess
