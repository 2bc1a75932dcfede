// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/upstream/httpupstream.h"

#include "core/http/httpclient.h"

namespace Hb::Upstream {

void HttpUpstream::send(const UpstreamTarget &target, const Http::HttpRequest &request,
                        int timeoutMs, Callback done)
{
    m_client.send(target.host, target.port, request, timeoutMs, std::move(done));
}

} // namespace Hb::Upstream
