// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/isessioninspector.h"

namespace Hb {
class IClock;
}
namespace Hb::Session {
class ISessionStore;
}

namespace Hb::Engine {

class SessionCacheMonitor;
class SessionRules;

// The engine's session inspector over its cache monitor and session store. Engine thread
// only; the engine owns it and everything it refers to.
class SessionInspector final : public ISessionInspector
{
public:
    // Writes get the TTL `rules` gives (as the Gateway API's key writes do).
    SessionInspector(SessionCacheMonitor &monitor, Session::ISessionStore &store,
                     const IClock &clock, const SessionRules &rules);

    QList<SessionCacheEntry> entries() const override;
    qint64 nowSecs() const override;
    void refreshExpiry() override;
    void readSession(const QString &storageKey, SessionCallback done) override;
    void writeSession(const QString &storageKey, const Session::SessionState &session,
                      DoneCallback done) override;
    void evictSession(const QString &storageKey, DoneCallback done) override;
    void evictAllSessions(DoneCallback done) override;

private:
    SessionCacheMonitor &m_monitor;
    Session::ISessionStore &m_store;
    const IClock &m_clock;
    const SessionRules &m_rules;
};

} // namespace Hb::Engine
