// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>

#include <utility>

namespace Hb::GoCompat {

// Go's net/url query functions (url.go: ParseQuery, QueryUnescape, QueryEscape,
// Values.Encode) as the Go that builds Tyk runs them: Tyk's go.mod says `go 1.26.5` and sets
// no `urlmaxqueryparams`, so the 10000-parameter limit is on. Every Tyk path that reads a
// query or a form body goes through url.parseQuery (URL.Query, Request.ParseForm), so there
// is one behaviour and no option. Stateless; every function is pure.
class UrlQuery
{
public:
    using Pair = std::pair<QByteArray, QByteArray>;
    using Pairs = QList<Pair>;
    // key -> all its values, in order of appearance; keys sorted, as Encode writes them.
    using Values = QMap<QByteArray, QList<QByteArray>>;

    // net/url defaultMaxParams: a query with more "&"-separated parts yields nothing.
    static constexpr qsizetype MaxParams = 10000;

    // url.ParseQuery: "&"-separated pairs in order, "+" and %XX decoded. Since Go 1.17 ";" is
    // no separator: a pair holding one is dropped, as is a pair with a bad %-escape; the
    // others are kept. A query of more than MaxParams parts yields no pair at all.
    static Pairs parse(QByteArrayView query);
    static Values parseValues(QByteArrayView query);

    // url.Values.Encode: sorted by key, each value as key=value, joined by "&".
    static QByteArray encode(const Values &values);
    // url.QueryEscape: unreserved bytes kept, space as "+", the rest as upper-case %XX.
    static QByteArray queryEscape(QByteArrayView text);
    // url.QueryUnescape ("+" is a space); false (and `out` unspecified) on a bad %-escape.
    static bool queryUnescape(QByteArrayView text, QByteArray &out);
};

} // namespace Hb::GoCompat
