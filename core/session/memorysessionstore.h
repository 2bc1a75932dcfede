// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/isessionstore.h"

#include <QHash>

namespace Hb {
class IClock;
}

namespace Hb::Session {

// Sessions and quota counters in hashes on the engine thread; TTLs are read from the engine
// clock, so moving the clock expires entries. Completes every call synchronously. Survives
// API reloads (it belongs to the composition root, not to an API).
class MemorySessionStore final : public ISessionStore
{
public:
    explicit MemorySessionStore(const IClock &clock);

    void get(const QString &key, GetCallback done) override;
    void set(const QString &key, const SessionState &session, qint64 ttlSecs, DoneCallback done,
             bool onlyIfExists = false) override;
    void remove(const QString &key, DoneCallback done) override;
    void list(ListCallback done) override;
    void ttl(const QString &key, TtlCallback done) override;
    void incrementQuota(const QString &key, qint64 renewalSecs, QuotaCallback done) override;
    void resetQuota(const QString &key, DoneCallback done) override;
    void quotaUsed(const QString &key, CountCallback done) override;

    int size() const { return int(m_sessions.size()); }

private:
    struct Entry
    {
        SessionState session;
        qint64 expiresAtNs = 0; // 0 = never
    };
    struct Counter
    {
        qint64 count = 0;
        qint64 expiresAtNs = 0; // 0 = no TTL
    };
    // Drops `key` if its TTL passed (reporting Expired); returns the live entry or null.
    Entry *live(const QString &key);
    qint64 remainingSecs(qint64 expiresAtNs) const;
    void emitEvent(int kind, const QString &key, qint64 ttlSecs);

    const IClock &m_clock;
    QHash<QString, Entry> m_sessions;
    QHash<QString, Counter> m_quotas;
};

} // namespace Hb::Session
