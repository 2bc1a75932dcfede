// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Hb::Session {

class SessionState;

// The settings Tyk's SessionState.Lifetime reads besides the session itself.
struct SessionLifetimeOptions
{
    qint64 apiSessionLifetime = 0;     // the API's session_lifetime
    bool respectKeyExpiration = false; // API or tyk.conf session_lifetime_respects_key_expiration
    bool forceGlobalSessionLifetime = false; // tyk.conf force_global_session_lifetime
    qint64 globalSessionLifetime = 0;        // tyk.conf global_session_lifetime
};

// How long the store keeps a session written now (Tyk's SessionState.Lifetime,
// user/session.go). A pure function of its inputs.
class SessionLifetime
{
public:
    // TTL in seconds: 0 = never expires, -1 = keep forever (post_expiry_grace_period -1),
    // which the store treats like 0.
    static qint64 ttlSecs(const SessionState &session, const SessionLifetimeOptions &options,
                          qint64 nowSecs);
};

} // namespace Hb::Session
