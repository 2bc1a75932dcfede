// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/endpointmatcher.h"
#include "core/pipeline/phases/pluginhookphase.h"

#include <QHash>

namespace Hb::Pipeline {

// Tyk's VirtualEndpoint (gateway/mw_virtual_endpoint.go): when
// the request matches an extended_paths.virtual entry of its version, the entry's JS function
// answers it: f(request, session, config) returns TykJsResponse({Body, Headers, Code},
// sessionMeta). The reply gets Server: tyk and Date, then the response plugins and the quota
// headers; with use_session a changed sessionMeta replaces the session's metadata. A failure
// answers 500 "Error during virtual endpoint execution. Contact Administrator for more
// details." unless proxy_on_error, which lets the request go on to the upstream.
class VirtualEndpointPhase final : public IPhase
{
public:
    VirtualEndpointPhase(const Api::ApiDefinition &api, const EndpointMatchOptions &options,
                         PluginHookContext context);
    QString name() const override { return QStringLiteral("VirtualEndpoint"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    struct Version
    {
        EndpointMatcher matcher;
        QList<Api::VirtualMeta> entries; // enabled ones, in the matcher's order
    };
    PhaseStatus failed(Exchange &ex, const Api::VirtualMeta &meta, const QString &why) const;
    // The function's reply: written as the answer, or a failure (see failed()).
    PhaseStatus takeReply(Exchange &ex, const Api::VirtualMeta &meta,
                          const Plugin::HookReply &reply) const;

    QString m_listenPath;
    PluginHookContext m_context;
    QHash<QString, Version> m_versions;
};

} // namespace Hb::Pipeline
