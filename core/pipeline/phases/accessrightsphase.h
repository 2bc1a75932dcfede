// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"

namespace Hb::Pipeline {

// Tyk's AccessRightsCheck: a session with access_rights must list this API and the
// resolved version (Tyk: gateway/mw_access_rights.go, ProcessRequest). A session without any access
// rights passes (Tyk treats it as a master key); a non-versioned API skips the version check.
class AccessRightsPhase final : public IPhase
{
public:
    AccessRightsPhase(QString apiId, bool notVersioned)
        : m_apiId(std::move(apiId))
        , m_notVersioned(notVersioned)
    {}
    QString name() const override { return QStringLiteral("AccessRights"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    QString m_apiId;
    bool m_notVersioned;
};

} // namespace Hb::Pipeline
