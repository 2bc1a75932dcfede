// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QByteArray>
#include <QList>

namespace Hb::IdExtractor {

// Go's form parsing as Tyk's `form` source sees it (net/http Request.ParseForm, Go 1.26;
// the query syntax itself is GoCompat::UrlQuery). Stateless; every function is pure.
class GoForm
{
public:
    // Every value of `name` in r.Form: for POST, PUT and PATCH with Content-Type
    // application/x-www-form-urlencoded (parameters allowed) the body's values come first,
    // then the URL query's; other requests contribute only the query. A body over 10 MiB is
    // not read (Go: "http: POST too large"). multipart/form-data is never parsed.
    static QList<QByteArray> values(const Http::HttpRequest &request, const QByteArray &name);
};

} // namespace Hb::IdExtractor
