// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"
#include "core/upstream/iupstream.h"

namespace Hb::Pipeline {

// The last step of the request chain (Tyk: gateway/reverse_proxy.go): strips the listen
// path, joins the request onto target_url as Go's reverse proxy does, drops hop-by-hop
// headers and sends the request upstream. Its reply becomes the exchange's response.
class ProxyPhase final : public IPhase
{
public:
    ProxyPhase(const Api::ApiDefinition &api, Upstream::IUpstream &upstream, int timeoutMs);
    QString name() const override { return QStringLiteral("Proxy"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

    // The request the upstream receives (exposed for tests and the timeline).
    Http::HttpRequest outboundRequest(const Exchange &exchange) const;
    bool targetValid() const { return m_targetValid; }

private:
    Upstream::IUpstream &m_upstream;
    int m_timeoutMs;
    QByteArray m_listenPath;
    bool m_stripListenPath;
    bool m_preserveHost;
    Upstream::UpstreamTarget m_target;
    QByteArray m_targetPath;
    QByteArray m_targetQuery;
    QByteArray m_hostHeader;
    bool m_targetValid = false;
};

} // namespace Hb::Pipeline
