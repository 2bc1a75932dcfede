// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/upstream/iupstream.h"

namespace Hb::Upstream {

// The built-in upstream behind `hookbench://echo`: answers 200 with a JSON echo of what
// reached it, shaped like httpbin's /anything (args, data, form, headers, json, method,
// origin, url) plus `path` and `query`, so plugin authors can work offline. Synchronous.
class EchoUpstream final : public IUpstream
{
public:
    void send(const UpstreamTarget &target, const Http::HttpRequest &request, int timeoutMs,
              Callback done) override;

    static Http::HttpResponse echo(const UpstreamTarget &target, const Http::HttpRequest &request);
};

} // namespace Hb::Upstream
