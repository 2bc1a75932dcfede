// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httprequest.h"

namespace Hb::Http {

QByteArray HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

void HttpRequest::setPath(const QByteArray &newPath)
{
    const qsizetype q = target.indexOf('?');
    target = q < 0 ? newPath : newPath + target.mid(q);
}

void HttpRequest::setQuery(const QByteArray &newQuery)
{
    const QByteArray p = path();
    target = newQuery.isEmpty() ? p : p + '?' + newQuery;
}

} // namespace Hb::Http
