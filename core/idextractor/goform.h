// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace Hb::IdExtractor {

// Go's form parsing as Tyk's `form` source sees it (net/http Request.ParseForm and
// net/url.ParseQuery, Go 1.26). Stateless; every function is pure.
class GoForm
{
public:
    using Pair = std::pair<QByteArray, QByteArray>;

    // Every value of `name` in r.Form: for POST, PUT and PATCH with Content-Type
    // application/x-www-form-urlencoded (parameters allowed) the body's values come first,
    // then the URL query's; other requests contribute only the query. A body over 10 MiB is
    // not read (Go: "http: POST too large"). multipart/form-data is never parsed.
    static QList<QByteArray> values(const Http::HttpRequest &request, const QByteArray &name);

    // url.ParseQuery: "&"-separated pairs in order, "+" and %XX decoded. Go skips a pair that
    // contains ";" or a bad %-escape and keeps the others; a query of more than 10000
    // parameters yields nothing (the urlmaxqueryparams limit).
    static QList<Pair> parseQuery(const QByteArray &query);

    // url.QueryUnescape ("+" is a space); `ok` is set to false on a bad %-escape.
    static QByteArray queryUnescape(const QByteArray &text, bool *ok);
};

} // namespace Hb::IdExtractor
