// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/trackendpointphase.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/phases/versioncheckphase.h"

namespace Hb::Pipeline {

namespace {
// The entries as the matcher takes them, methods compared exactly as Tyk does.
QList<Api::EndpointMeta> endpointMetas(const QList<Api::TrackEndpointMeta> &entries,
                                       const EndpointMatchOptions &options, QList<QString> *paths)
{
    QList<Api::EndpointMeta> metas;
    for (const Api::TrackEndpointMeta &entry : entries) {
        // The matcher skips a pattern that does not compile; `paths` must stay aligned.
        if (entry.disabled || !EndpointMatcher::compiles(entry.path, options))
            continue;
        metas.append(EndpointMatcher::exactMethodEntry(entry.path, entry.method));
        if (paths)
            paths->append(entry.path.isEmpty() ? QStringLiteral("/") : entry.path);
    }
    return metas;
}
} // namespace

std::unique_ptr<TrackEndpointPhase> TrackEndpointPhase::forApi(const Api::ApiDefinition &api,
                                                               bool enableAnalytics,
                                                               const EndpointMatchOptions &options)
{
    if (!enableAnalytics || api.doNotTrack)
        return nullptr;
    std::unique_ptr<TrackEndpointPhase> phase(new TrackEndpointPhase());
    phase->m_listenPath = api.listenPath;
    bool anyEntries = false;
    for (auto it = api.versionData.versions.cbegin(); it != api.versionData.versions.cend(); ++it) {
        anyEntries =
            anyEntries || !it->trackEndpoints.isEmpty() || !it->doNotTrackEndpoints.isEmpty();
        // Tyk compiles extended_paths only for versions that use them.
        if (!it->useExtendedPaths)
            continue;
        VersionEntries entries;
        const QList<Api::EndpointMeta> tracked =
            endpointMetas(it->trackEndpoints, options, &entries.trackedPaths);
        const QList<Api::EndpointMeta> notTracked =
            endpointMetas(it->doNotTrackEndpoints, options, nullptr);
        if (tracked.isEmpty() && notTracked.isEmpty())
            continue;
        entries.tracked = EndpointMatcher(tracked, options);
        entries.notTracked = EndpointMatcher(notTracked, options);
        phase->m_versions.insert(it.key(), std::move(entries));
    }
    // Tyk's EnabledForSpec counts entries in any version, disabled ones and versions without
    // use_extended_paths too; such a step then matches nothing.
    if (!anyEntries)
        return nullptr;
    return phase;
}

PhaseStatus TrackEndpointPhase::run(Exchange &ex, const PhaseCompletion &)
{
    const auto version = m_versions.constFind(ex.versionName);
    if (version == m_versions.cend()) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    const QList<QString> paths = VersionCheckPhase::matchPaths(ex, m_listenPath);
    const QString method = QString::fromUtf8(ex.request.method);
    const int tracked = version->tracked.isEmpty() ? -1 : version->tracked.match(paths, method);
    if (tracked >= 0)
        ex.analyticsTrackedPath = version->trackedPaths.at(tracked);
    if (!version->notTracked.isEmpty() && version->notTracked.match(paths, method) >= 0)
        ex.analyticsDoNotTrack = true;
    if (ex.tracing) {
        if (ex.analyticsDoNotTrack)
            ex.phaseNote = QStringLiteral("not tracked: no analytics record");
        else if (tracked >= 0)
            ex.phaseNote = QStringLiteral("tracked as %1").arg(ex.analyticsTrackedPath);
        else
            ex.phaseNote = QStringLiteral("no entry matched");
    }
    ex.phaseSkipped = tracked < 0 && !ex.analyticsDoNotTrack;
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
