// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/endpointmatcher.h"

namespace Hb::Pipeline {

// Tyk's GranularAccess (gateway/mw_granular_access.go): when the session's access right for
// this API lists allowed_urls, the request's method and path must match one of them, else
// 403 "Access to this resource has been disallowed". Patterns follow Tyk's path rules; with
// prefix matching on, the path without the listen path is tried too.
class GranularAccessPhase final : public IPhase
{
public:
    GranularAccessPhase(QString apiId, QString listenPath, const EndpointMatchOptions &options)
        : m_apiId(std::move(apiId))
        , m_listenPath(std::move(listenPath))
        , m_options(options)
    {}
    QString name() const override { return QStringLiteral("GranularAccess"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    QString m_apiId;
    QString m_listenPath;
    EndpointMatchOptions m_options;
};

} // namespace Hb::Pipeline
