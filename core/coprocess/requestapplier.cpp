// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/requestapplier.h"

#include "core/gocompat/urlquery.h"
#include "core/http/headerlist.h"

namespace Hb::Coprocess {

namespace {
QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// A request-URI Go's url.ParseRequestURI accepts: an absolute path, or an absolute URL
// with a scheme ("tyk://api/path", "http://host/x").
bool isRequestUri(const QByteArray &url)
{
    if (url.startsWith('/'))
        return true;
    const qsizetype colon = url.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = url[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

Result<void> RequestApplier::apply(const coprocess::MiniRequestObject &returned,
                                   Http::HttpRequest &request, const QByteArray &queryBefore,
                                   const Options &options)
{
    request.body = bytes(returned.raw_body());
    for (const std::string &name : returned.delete_headers())
        request.headers.remove(bytes(name));
    for (const auto &[name, value] : returned.set_headers()) {
        const QByteArray key = options.canonicalHeaderNames
                                   ? Http::HeaderList::canonicalName(bytes(name))
                                   : bytes(name);
        request.headers.set(key, bytes(value));
    }

    QMap<QByteArray, QList<QByteArray>> query = GoCompat::UrlQuery::parseValues(queryBefore);
    for (const std::string &name : returned.delete_params())
        query.remove(bytes(name));
    for (const auto &[name, value] : returned.add_params())
        query[bytes(name)] = {bytes(value)};

    const QByteArray url = bytes(returned.url());
    if (!isRequestUri(url))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the plugin returned url \"%1\", which is not a request URI "
                           "(it must start with '/' or a scheme such as tyk://)")
                .arg(QString::fromUtf8(url)));
    if (url.startsWith('/')) {
        request.target = url;
    } else {
        // Absolute URLs (tyk:// loops, a full http:// URL): keep their path and query; the
        // loop itself is not followed yet.
        const qsizetype pathStart = url.indexOf('/', url.indexOf("://") + 3);
        request.target = pathStart < 0 ? QByteArray("/") : url.mid(pathStart);
    }
    if (!returned.method().empty())
        request.method = bytes(returned.method());

    if (GoCompat::UrlQuery::parseValues(request.query()) != query)
        request.setQuery(GoCompat::UrlQuery::encode(query));
    return {};
}

} // namespace Hb::Coprocess
