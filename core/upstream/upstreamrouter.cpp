// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/upstream/upstreamrouter.h"

namespace Hb::Upstream {

void UpstreamRouter::send(const UpstreamTarget &target, const Http::HttpRequest &request,
                          int timeoutMs, Callback done)
{
    IUpstream *upstream = m_byScheme.value(target.scheme);
    if (!upstream) {
        done(makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("unsupported upstream scheme \"%1\" (Hookbench proxies http:// "
                           "and hookbench://echo)")
                .arg(target.scheme)));
        return;
    }
    upstream->send(target, request, timeoutMs, std::move(done));
}

} // namespace Hb::Upstream
