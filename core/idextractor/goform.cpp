// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/goform.h"

#include "core/gocompat/urlquery.h"

namespace Hb::IdExtractor {

namespace {

constexpr qsizetype MaxFormBody = qsizetype(10) << 20; // net/http parsePostForm

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

QList<QByteArray> GoForm::values(const Http::HttpRequest &request, const QByteArray &name)
{
    QList<QByteArray> out;
    const auto collect = [&](const QByteArray &query) {
        for (const GoCompat::UrlQuery::Pair &pair : GoCompat::UrlQuery::parse(query)) {
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
