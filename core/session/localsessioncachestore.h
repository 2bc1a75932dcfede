// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/isessionstore.h"

#include <QHash>

namespace Hb {
class IClock;
}

namespace Hb::Session {

// Tyk's per-gateway session cache (Tyk: gateway/server.go, cacheCreate: `SessionCache`, 10 s;
// gateway/middleware.go, CheckSessionAndIdentityForValidKey), in front of the session store.
// Only the auth middleware's reads (getForAuth: the token check and the ID extractor's
// lookup) use it: a hit is a copy of what the store held when it was cached, without a
// round trip, for up to 10 s of engine time. Every other read (the Gateway API, the
// session inspector) goes to the store, as Tyk's SessionDetail does. Every write or delete
// through this store evicts the key first and again when the store has answered (Tyk:
// gateway/auth_manager.go, clearCacheForKey, deferred), and a read that was in flight
// meanwhile does not put its older copy back; the write at the end of a request that changed
// its session then caches what it wrote (Tyk: gateway/middleware.go, UpdateRequestSession). A
// change made behind the gateway's back (redis-cli, another gateway) is seen only once the entry
// expires, as in Tyk.
class LocalSessionCacheStore final : public ISessionStore
{
public:
    static constexpr qint64 EntrySecs = 10;

    // `inner` must outlive this store.
    LocalSessionCacheStore(ISessionStore &inner, const IClock &clock);

    void getForAuth(const QString &key, GetCallback done) override;
    void get(const QString &key, GetCallback done) override;
    void set(const QString &key, const SessionState &session, qint64 ttlSecs, DoneCallback done,
             bool onlyIfExists = false) override;
    void setFromRequest(const QString &key, const SessionState &session, qint64 ttlSecs,
                        DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    void list(ListCallback done) override;
    void ttl(const QString &key, TtlCallback done) override;
    void incrementQuota(const QString &key, qint64 renewalSecs, QuotaCallback done) override;
    void resetQuota(const QString &key, DoneCallback done) override;
    void quotaUsed(const QString &key, CountCallback done) override;
    void setEventSink(ISessionEventSink *sink) override;

    // Live entries (for tests and the inspector); expired ones are not counted.
    int cachedCount() const;
    // Seconds the cached copy of `key` has left; nothing when none is cached.
    std::optional<qint64> secondsLeft(const QString &key) const;

private:
    struct Entry
    {
        SessionState session;
        qint64 expiresAtNs = 0;
    };
    void evict(const QString &key);
    void put(const QString &key, const SessionState &session);
    void dropExpired();

    ISessionStore &m_inner;
    const IClock &m_clock;
    QHash<QString, Entry> m_entries;
    // Keys with reads in flight: an eviction meanwhile bumps the generation, so those reads
    // do not cache what they found. Removed when the last read of a key completes.
    struct KeyReads
    {
        quint64 generation = 0;
        int inFlight = 0;
    };
    QHash<QString, KeyReads> m_reads;
    int m_putsSinceSweep = 0;
};

} // namespace Hb::Session
