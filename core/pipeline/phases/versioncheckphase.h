// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/endpointmatcher.h"

#include <QHash>

namespace Hb {
class IClock;
}

namespace Hb::Pipeline {

// Tyk's VersionCheck (gateway/mw_version_check.go): resolves the API version, applies its
// expiry and its white/black lists, and tags ignored endpoints so the auth steps pass.
class VersionCheckPhase final : public IPhase
{
public:
    // The paths extended_paths entries are matched against, in Tyk's order: without the
    // listen path and version segment, without the listen path, the full path.
    static QList<QString> matchPaths(const Exchange &ex, const QString &listenPath);
    VersionCheckPhase(const Api::ApiDefinition &api, const EndpointMatchOptions &options,
                      const IClock &clock);
    QString name() const override { return QStringLiteral("VersionCheck"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    struct CompiledVersion
    {
        Api::VersionInfo info;
        EndpointMatcher ignored;
        EndpointMatcher whiteList;
        EndpointMatcher blackList;
        qint64 expiresAtSecs = 0; // 0 = never
    };
    const CompiledVersion *resolve(Exchange &exchange) const;
    // The checks themselves; run() adds Tyk's VersionFailure event to a refusal.
    PhaseStatus check(Exchange &exchange) const;

    const IClock &m_clock;
    QString m_listenPath;
    bool m_notVersioned;
    QString m_defaultVersion;
    QString m_versionLocation; // definition.location
    QString m_versionKey;      // definition.key
    QHash<QString, CompiledVersion> m_versions;
    QString m_notVersionedKey;   // the single usable entry when not versioned
    QString m_notVersionedError; // why none is usable
};

} // namespace Hb::Pipeline
