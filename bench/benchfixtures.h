// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the in-process benchmarks share: an API on the built-in echo upstream and a request
// with the headers a typical client sends.
#include "core/api/apidefinition.h"
#include "core/http/httprequest.h"

namespace Hb::Bench {

inline Api::ApiDefinition api(const QString &id, bool keyless)
{
    Api::ApiDefinition a;
    a.apiId = id;
    a.orgId = QStringLiteral("org");
    a.useKeyless = keyless;
    a.listenPath = u'/' + id + u'/';
    a.stripListenPath = true;
    a.targetUrl = QStringLiteral("hookbench://echo");
    a.versionData.versions.insert(QStringLiteral("Default"),
                                  Api::VersionInfo{QStringLiteral("Default")});
    return a;
}

inline Http::HttpRequest request(const QByteArray &target)
{
    Http::HttpRequest r;
    r.method = "GET";
    r.target = target;
    // About ten headers, as a typical client sends.
    r.headers.add("Host", "gw.local");
    r.headers.add("User-Agent", "bench/1.0");
    r.headers.add("Accept", "application/json");
    r.headers.add("Accept-Encoding", "gzip");
    r.headers.add("X-Request-Id", "0123456789abcdef");
    r.headers.add("X-Forwarded-Proto", "https");
    r.headers.add("Cookie", "a=b");
    r.headers.add("Cache-Control", "no-cache");
    r.headers.add("Connection", "keep-alive");
    return r;
}

} // namespace Hb::Bench
