// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/localsessioncachestore.h"

#include "core/common/iclock.h"
#include "core/session/sessionevent.h"

#include <algorithm>

namespace Hb::Session {

namespace {
constexpr qint64 NsPerSec = 1'000'000'000;
// Tyk's cache cleans expired entries every 5 s; here a sweep every so many insertions keeps
// a stream of distinct keys from growing the table (expired entries are never served).
constexpr int SweepEveryPuts = 1024;
} // namespace

LocalSessionCacheStore::LocalSessionCacheStore(ISessionStore &inner, const IClock &clock)
    : m_inner(inner)
    , m_clock(clock)
{}

void LocalSessionCacheStore::getForAuth(const QString &key, GetCallback done)
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend()) {
        if (it->expiresAtNs > m_clock.nowNs()) {
            if (ISessionEventSink *sink = eventSink())
                sink->sessionEvent({SessionEvent::Kind::LocalCacheHit,
                                    key,
                                    (it->expiresAtNs - m_clock.nowNs()) / NsPerSec,
                                    {}});
            done(std::optional<SessionState>(it->session));
            return;
        }
        m_entries.remove(key);
    }
    KeyReads &reads = m_reads[key];
    ++reads.inFlight;
    const quint64 generation = reads.generation;
    m_inner.get(key, [this, key, generation,
                      done = std::move(done)](Result<std::optional<SessionState>> r) {
        const auto it = m_reads.find(key);
        const bool evictedMeanwhile = it->generation != generation;
        if (--it->inFlight == 0)
            m_reads.erase(it);
        // Tyk caches what the store found (a miss is not cached); a write or delete that
        // happened while the read was in flight wins.
        if (r && r->has_value() && !evictedMeanwhile)
            put(key, **r);
        done(std::move(r));
    });
}

void LocalSessionCacheStore::get(const QString &key, GetCallback done)
{
    m_inner.get(key, std::move(done));
}

void LocalSessionCacheStore::set(const QString &key, const SessionState &session, qint64 ttlSecs,
                                 DoneCallback done, bool onlyIfExists)
{
    evict(key);
    m_inner.set(
        key, session, ttlSecs,
        [this, key, done = std::move(done)](Result<void> r) {
            evict(key);
            done(std::move(r));
        },
        onlyIfExists);
}

void LocalSessionCacheStore::setFromRequest(const QString &key, const SessionState &session,
                                            qint64 ttlSecs, DoneCallback done)
{
    evict(key);
    m_inner.set(key, session, ttlSecs,
                [this, key, session, done = std::move(done)](Result<void> r) {
                    evict(key);
                    if (r)
                        put(key, session);
                    done(std::move(r));
                });
}

void LocalSessionCacheStore::remove(const QString &key, DoneCallback done)
{
    evict(key);
    m_inner.remove(key, [this, key, done = std::move(done)](Result<void> r) {
        evict(key);
        done(std::move(r));
    });
}

void LocalSessionCacheStore::list(ListCallback done)
{
    m_inner.list(std::move(done));
}

void LocalSessionCacheStore::ttl(const QString &key, TtlCallback done)
{
    m_inner.ttl(key, std::move(done));
}

void LocalSessionCacheStore::incrementQuota(const QString &key, qint64 renewalSecs,
                                            QuotaCallback done)
{
    m_inner.incrementQuota(key, renewalSecs, std::move(done));
}

void LocalSessionCacheStore::resetQuota(const QString &key, DoneCallback done)
{
    m_inner.resetQuota(key, std::move(done));
}

void LocalSessionCacheStore::quotaUsed(const QString &key, CountCallback done)
{
    m_inner.quotaUsed(key, std::move(done));
}

void LocalSessionCacheStore::setEventSink(ISessionEventSink *sink)
{
    ISessionStore::setEventSink(sink);
    m_inner.setEventSink(sink);
}

int LocalSessionCacheStore::cachedCount() const
{
    const qint64 now = m_clock.nowNs();
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [now](const Entry &e) { return e.expiresAtNs > now; }));
}

std::optional<qint64> LocalSessionCacheStore::secondsLeft(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->expiresAtNs <= m_clock.nowNs())
        return std::nullopt;
    return (it->expiresAtNs - m_clock.nowNs() + NsPerSec - 1) / NsPerSec;
}

void LocalSessionCacheStore::evict(const QString &key)
{
    m_entries.remove(key);
    const auto reads = m_reads.find(key);
    if (reads != m_reads.end())
        ++reads->generation;
}

void LocalSessionCacheStore::put(const QString &key, const SessionState &session)
{
    m_entries.insert(key, {session, m_clock.nowNs() + EntrySecs * NsPerSec});
    if (++m_putsSinceSweep >= SweepEveryPuts)
        dropExpired();
}

void LocalSessionCacheStore::dropExpired()
{
    m_putsSinceSweep = 0;
    const qint64 now = m_clock.nowNs();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->expiresAtNs <= now)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace Hb::Session
