// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/accessrightsphase.h"

#include "core/pipeline/exchange.h"

namespace Hb::Pipeline {

PhaseStatus AccessRightsPhase::run(Exchange &ex, const PhaseCompletion &)
{
    if (ex.endpointIgnored || !ex.session || !ex.session->hasAccessRights()) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    QStringList versions;
    if (!ex.session->accessRightFor(m_apiId, &versions)) {
        ex.fail(403, QStringLiteral("Access to this API has been disallowed"));
        ex.phaseNote =
            QStringLiteral("the session's access_rights do not list API %1").arg(m_apiId);
        return PhaseStatus::Fail;
    }
    if (!m_notVersioned && !versions.contains(ex.versionName)) {
        ex.fail(403, QStringLiteral("Access to this API has been disallowed"));
        ex.phaseNote = QStringLiteral("version \"%1\" is not in the session's access right")
                           .arg(ex.versionName);
        return PhaseStatus::Fail;
    }
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
