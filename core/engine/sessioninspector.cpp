// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/sessioninspector.h"

#include "core/common/iclock.h"
#include "core/engine/sessioncachemonitor.h"
#include "core/engine/sessionrules.h"
#include "core/session/isessionstore.h"
#include "core/session/sessionstate.h"

#include <memory>

namespace Hb::Engine {

SessionInspector::SessionInspector(SessionCacheMonitor &monitor, Session::ISessionStore &store,
                                   const IClock &clock, const SessionRules &rules)
    : m_monitor(monitor)
    , m_store(store)
    , m_clock(clock)
    , m_rules(rules)
{}

QList<SessionCacheEntry> SessionInspector::entries() const
{
    return m_monitor.entries();
}

qint64 SessionInspector::nowSecs() const
{
    return m_clock.nowSecs();
}

void SessionInspector::refreshExpiry()
{
    m_monitor.sweep();
}

void SessionInspector::readSession(const QString &storageKey, SessionCallback done)
{
    m_store.get(storageKey, std::move(done));
}

void SessionInspector::writeSession(const QString &storageKey, const Session::SessionState &session,
                                    DoneCallback done)
{
    // What KeysEndpoint::save does for PUT /tyk/keys?suppress_reset=1: the TTL Tyk would
    // give the session, the quota counter left alone.
    m_store.set(storageKey, session, m_rules.lifetimeSecs(session), std::move(done));
}

void SessionInspector::evictSession(const QString &storageKey, DoneCallback done)
{
    m_monitor.remove(storageKey);
    m_store.remove(storageKey, [this, storageKey, done = std::move(done)](Result<void> r) {
        // Gone already (expired in the store) is what the user asked for.
        if (!r && r.error().code != ErrorCode::NotFound)
            return done(r);
        m_store.resetQuota(storageKey, [](Result<void>) {});
        done({});
    });
}

void SessionInspector::evictAllSessions(DoneCallback done)
{
    const QList<SessionCacheEntry> entries = m_monitor.entries();
    if (entries.isEmpty())
        return done({});
    auto pending = std::make_shared<int>(int(entries.size()));
    auto failure = std::make_shared<std::optional<Error>>();
    for (const SessionCacheEntry &entry : entries) {
        evictSession(entry.storageKey, [pending, failure, done](Result<void> r) {
            if (!r && !*failure)
                *failure = r.error();
            if (--*pending > 0)
                return;
            if (*failure)
                return done(**failure);
            done({});
        });
    }
}

} // namespace Hb::Engine
