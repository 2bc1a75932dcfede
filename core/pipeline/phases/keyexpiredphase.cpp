// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/keyexpiredphase.h"

#include "core/common/iclock.h"
#include "core/pipeline/exchange.h"

namespace Hb::Pipeline {

PhaseStatus KeyExpiredPhase::run(Exchange &ex, const PhaseCompletion &)
{
    if (ex.endpointIgnored) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    if (!ex.session) {
        ex.fail(400, QStringLiteral("Session state is missing or unset! Please make sure that auth "
                                    "headers are properly applied"));
        return PhaseStatus::Fail;
    }
    if (ex.session->isInactive()) {
        ex.fail(403, QStringLiteral("Key is inactive, please renew"));
        ex.fireEvent(QStringLiteral("KeyExpired"),
                     QStringLiteral("Attempted access from inactive key."), ex.authToken);
        return PhaseStatus::Fail;
    }
    const qint64 expires = ex.session->expires();
    if (expires >= 1 && expires < m_clock.nowSecs()) {
        ex.fail(401, QStringLiteral("Key has expired, please renew"));
        ex.fireEvent(QStringLiteral("KeyExpired"),
                     QStringLiteral("Attempted access from expired key."), ex.authToken);
        return PhaseStatus::Fail;
    }
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
