// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"

namespace Hb {
class IClock;
}

namespace Hb::Pipeline {

// Tyk's KeyExpired: a protected request needs a session that is active and not past its
// `expires` (Tyk: gateway/mw_key_expired_check.go, KeyExpired.ProcessRequest).
class KeyExpiredPhase final : public IPhase
{
public:
    explicit KeyExpiredPhase(const IClock &clock)
        : m_clock(clock)
    {}
    QString name() const override { return QStringLiteral("KeyExpired"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    const IClock &m_clock;
};

} // namespace Hb::Pipeline
