// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/goform.h"

namespace Hb::IdExtractor {

namespace {

constexpr qsizetype MaxFormBody = qsizetype(10) << 20; // net/http parsePostForm
constexpr qsizetype MaxQueryParams = 10000;            // net/url defaultMaxParams

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

bool isFormRequest(const Http::HttpRequest &request)
{
    // ParseForm reads a body only for these methods (case-sensitive, as Go compares them).
    const QByteArray &m = request.method;
    if (m != "POST" && m != "PUT" && m != "PATCH")
        return false;
    // mime.ParseMediaType: the type before any parameters, trimmed and lower-cased.
    const QByteArray contentType = request.headers.value("Content-Type");
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    return mediaType == "application/x-www-form-urlencoded";
}

} // namespace

QByteArray GoForm::queryUnescape(const QByteArray &text, bool *ok)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '+') {
            out.append(' ');
        } else if (c == '%') {
            const int hi = i + 2 < text.size() ? hexValue(text.at(i + 1)) : -1;
            const int lo = hi >= 0 ? hexValue(text.at(i + 2)) : -1;
            if (lo < 0) {
                *ok = false;
                return {};
            }
            out.append(char(hi * 16 + lo));
            i += 2;
        } else {
            out.append(c);
        }
    }
    *ok = true;
    return out;
}

QList<GoForm::Pair> GoForm::parseQuery(const QByteArray &query)
{
    QList<Pair> pairs;
    if (query.count('&') + 1 > MaxQueryParams)
        return pairs;
    for (const QByteArray &piece : query.split('&')) {
        // Since Go 1.17 ";" is no separator: a pair holding one is dropped whole.
        if (piece.isEmpty() || piece.contains(';'))
            continue;
        const qsizetype eq = piece.indexOf('=');
        bool keyOk = false;
        bool valueOk = false;
        QByteArray key = queryUnescape(eq < 0 ? piece : piece.left(eq), &keyOk);
        QByteArray value = queryUnescape(eq < 0 ? QByteArray() : piece.mid(eq + 1), &valueOk);
        if (keyOk && valueOk)
            pairs.append({std::move(key), std::move(value)});
    }
    return pairs;
}

QList<QByteArray> GoForm::values(const Http::HttpRequest &request, const QByteArray &name)
{
    QList<QByteArray> out;
    const auto collect = [&](const QByteArray &query) {
        for (const Pair &pair : parseQuery(query)) {
            if (pair.first == name)
                out.append(pair.second);
        }
    };
    // r.Form is PostForm followed by the URL query's values, so body values come first.
    if (isFormRequest(request) && request.body.size() <= MaxFormBody)
        collect(request.body);
    collect(request.query());
    return out;
}

} // namespace Hb::IdExtractor
