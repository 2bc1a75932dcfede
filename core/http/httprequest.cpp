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

QByteArray HttpRequest::remoteIp() const
{
    const qsizetype colon = remoteAddress.lastIndexOf(':');
    QByteArray host = colon > 0 ? remoteAddress.left(colon) : remoteAddress;
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.mid(1, host.size() - 2);
    return host;
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
