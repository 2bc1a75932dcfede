// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/endpointmatcher.h"

#include <QMap>

#include <memory>

namespace Hb::Pipeline {

// Which requests analytics record, per endpoint (Tyk: gateway/mw_track_endpoints.go,
// TrackEndpointMiddleware): the first enabled extended_paths.track_endpoints entry whose
// method equals the request's and whose path matches makes the record's Path that entry's
// pattern ("/" for an empty one); a matching do_not_track_endpoints entry means no record.
// Tyk installs the step after the pre hooks, before authentication, only when analytics
// are on, the API is tracked and some version with use_extended_paths lists entries; a
// request refused before it is recorded with its own path.
class TrackEndpointPhase final : public IPhase
{
public:
    // The step for `api`, or null when Tyk would not install it.
    static std::unique_ptr<TrackEndpointPhase> forApi(const Api::ApiDefinition &api,
                                                      bool enableAnalytics,
                                                      const EndpointMatchOptions &options);

    QString name() const override { return QStringLiteral("TrackEndpoint"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    struct VersionEntries
    {
        EndpointMatcher tracked;
        QList<QString> trackedPaths; // the pattern each tracked entry records
        EndpointMatcher notTracked;
    };
    TrackEndpointPhase() = default;

    QString m_listenPath;
    QMap<QString, VersionEntries> m_versions; // by version name
};

} // namespace Hb::Pipeline
