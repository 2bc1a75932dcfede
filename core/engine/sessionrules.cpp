// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/sessionrules.h"

#include "core/api/gatewayconfig.h"
#include "core/common/iclock.h"
#include "core/policy/policyapplier.h"
#include "core/policy/policystore.h"
#include "core/session/sessionstate.h"

#include <algorithm>
#include <optional>

namespace Hb::Engine {

SessionRules::SessionRules(const IClock &clock, const Api::GatewayConfig &config,
                           const Policy::PolicyStore &policies)
    : m_clock(clock)
    , m_policies(policies)
    , m_keyHasher(config.hashKeys, config.hashKeyFunction)
    , m_lifetimeOptions{0, config.sessionLifetimeRespectsKeyExpiration,
                        config.forceGlobalSessionLifetime, config.globalSessionLifetime}
{}

Result<void> SessionRules::applyPolicies(Session::SessionState &session) const
{
    return Policy::PolicyApplier(m_policies).apply(session, std::nullopt);
}

qint64 SessionRules::lifetimeSecs(const Session::SessionState &session) const
{
    return std::max<qint64>(
        0, Session::SessionLifetime::ttlSecs(session, m_lifetimeOptions, m_clock.nowSecs()));
}

} // namespace Hb::Engine
