// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionlifetime.h"

#include "core/session/sessionstate.h"

#include <algorithm>

namespace Hb::Session {

namespace {
// Tyk's calculateLifetime: with "respect key expiration" a key that expires after the
// lifetime lives until it expires; a key that never expires (expires <= 0) gets that value
// back, i.e. no TTL for 0.
qint64 respectingExpiry(bool respect, qint64 expires, qint64 lifetime, qint64 now)
{
    if (!respect || lifetime <= 0)
        return lifetime;
    if (expires <= 0)
        return expires;
    if (expires > now + lifetime)
        return expires - now;
    return lifetime;
}
} // namespace

qint64 SessionLifetime::ttlSecs(const SessionState &session, const SessionLifetimeOptions &o,
                                qint64 now)
{
    if (o.forceGlobalSessionLifetime)
        return o.globalSessionLifetime;
    const QString action = session.postExpiryAction();
    const qint64 grace = session.postExpiryGracePeriod();
    if (action == u"delete" || (action == u"retain" && grace != 0)) {
        const qint64 expires = session.expires();
        if (expires <= 0)
            return 0;
        if (action == u"delete")
            return std::max<qint64>(expires - now, 1);
        if (grace == -1)
            return -1;
        return std::max<qint64>(expires - now + grace, 1);
    }
    if (session.sessionLifetime() > 0)
        return respectingExpiry(o.respectKeyExpiration, session.expires(),
                                session.sessionLifetime(), now);
    if (o.apiSessionLifetime > 0)
        return respectingExpiry(o.respectKeyExpiration, session.expires(), o.apiSessionLifetime,
                                now);
    return 0;
}

} // namespace Hb::Session
