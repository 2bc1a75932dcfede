// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/upstream/iupstream.h"

#include <QHash>

namespace Hb::Upstream {

// Picks the upstream by the target's scheme ("http" → HttpUpstream, "hookbench" →
// EchoUpstream). Upstreams are not owned. An unknown scheme fails with InvalidInput.
class UpstreamRouter final : public IUpstream
{
public:
    void addScheme(const QString &scheme, IUpstream *upstream)
    {
        m_byScheme.insert(scheme, upstream);
    }
    void send(const UpstreamTarget &target, const Http::HttpRequest &request, int timeoutMs,
              Callback done) override;

private:
    QHash<QString, IUpstream *> m_byScheme;
};

} // namespace Hb::Upstream
