// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QString>

#include <functional>

namespace Hb::Upstream {

// Where a request goes after the chain: host, port and scheme of the target URL. The
// request's target is already the final origin-form path and query.
struct UpstreamTarget
{
    QString scheme; // "http", "hookbench"
    QString host;
    quint16 port = 80;
};

// Sends a request to an upstream. Called on the engine thread; `done` is called exactly once
// on the engine thread, possibly before send() returns. Error codes: Timeout (no reply in
// time), Unavailable (refused, reset), NotFound (host lookup failed), InvalidInput
// (malformed reply or unsupported scheme).
class IUpstream
{
public:
    using Callback = std::function<void(Result<Http::HttpResponse>)>;
    virtual ~IUpstream() = default;
    virtual void send(const UpstreamTarget &target, const Http::HttpRequest &request, int timeoutMs,
                      Callback done) = 0;
};

} // namespace Hb::Upstream
