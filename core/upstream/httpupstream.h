// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/upstream/iupstream.h"

namespace Hb::Http {
class HttpClient;
}

namespace Hb::Upstream {

// Plain-HTTP upstreams through the engine's keep-alive HttpClient.
class HttpUpstream final : public IUpstream
{
public:
    explicit HttpUpstream(Http::HttpClient &client)
        : m_client(client)
    {}
    void send(const UpstreamTarget &target, const Http::HttpRequest &request, int timeoutMs,
              Callback done) override;

private:
    Http::HttpClient &m_client;
};

} // namespace Hb::Upstream
