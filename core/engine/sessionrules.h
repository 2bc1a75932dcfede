// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/session/keyhasher.h"
#include "core/session/sessionlifetime.h"

#include <QtGlobal>

namespace Hb {
class IClock;
}
namespace Hb::Api {
struct GatewayConfig;
}
namespace Hb::Policy {
class PolicyStore;
}
namespace Hb::Session {
class SessionState;
}

namespace Hb::Engine {

// How the gateway names, completes and keeps sessions: the store key of an API key
// (tyk.conf hash_keys, hash_key_function), the policies applied on every read, and the TTL a
// write gets. The Gateway API's key endpoints use the engine's one, so a key written through
// /tyk/keys is the key auth finds, with the policies the engine has now.
class SessionRules
{
public:
    // `policies` is the engine's and outlives this.
    SessionRules(const IClock &clock, const Api::GatewayConfig &config,
                 const Policy::PolicyStore &policies);

    const Session::KeyHasher &keyHasher() const { return m_keyHasher; }
    // Applies the session's policies with the current policy set, as Tyk does on every read.
    Result<void> applyPolicies(Session::SessionState &session) const;
    // The Redis TTL Tyk would give `session` (Tyk: gateway/api.go, ApplyLifetime), never
    // negative.
    qint64 lifetimeSecs(const Session::SessionState &session) const;
    // tyk.conf's part of the lifetime rule (no API's session_lifetime), for the runner's writes.
    const Session::SessionLifetimeOptions &lifetimeOptions() const { return m_lifetimeOptions; }

private:
    const IClock &m_clock;
    const Policy::PolicyStore &m_policies;
    Session::KeyHasher m_keyHasher;
    Session::SessionLifetimeOptions m_lifetimeOptions;
};

} // namespace Hb::Engine
