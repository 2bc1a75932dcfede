// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/memorysessionstore.h"

#include "core/common/iclock.h"
#include "core/session/sessionevent.h"

namespace Hb::Session {

namespace {
constexpr qint64 kNsPerSec = 1000000000LL;
}

MemorySessionStore::MemorySessionStore(const IClock &clock)
    : m_clock(clock)
{}

void MemorySessionStore::emitEvent(int kind, const QString &key, qint64 ttlSecs)
{
    if (ISessionEventSink *sink = eventSink())
        sink->sessionEvent({SessionEvent::Kind(kind), key, ttlSecs, {}});
}

qint64 MemorySessionStore::remainingSecs(qint64 expiresAtNs) const
{
    if (expiresAtNs == 0)
        return 0;
    // Round up, as Redis's TTL reports whole seconds left.
    return std::max<qint64>(1, (expiresAtNs - m_clock.nowNs() + kNsPerSec - 1) / kNsPerSec);
}

MemorySessionStore::Entry *MemorySessionStore::live(const QString &key)
{
    auto it = m_sessions.find(key);
    if (it == m_sessions.end())
        return nullptr;
    if (it->expiresAtNs != 0 && it->expiresAtNs <= m_clock.nowNs()) {
        m_sessions.erase(it);
        emitEvent(int(SessionEvent::Kind::Expired), key, 0);
        return nullptr;
    }
    return &it.value();
}

void MemorySessionStore::get(const QString &key, GetCallback done)
{
    Entry *entry = live(key);
    if (!entry) {
        emitEvent(int(SessionEvent::Kind::ReadMiss), key, 0);
        done(std::optional<SessionState>());
        return;
    }
    emitEvent(int(SessionEvent::Kind::ReadHit), key, remainingSecs(entry->expiresAtNs));
    done(std::optional<SessionState>(entry->session));
}

void MemorySessionStore::set(const QString &key, const SessionState &session, qint64 ttlSecs,
                             DoneCallback done, bool onlyIfExists)
{
    const bool existed = live(key) != nullptr;
    if (onlyIfExists && !existed) {
        done(
            makeError(ErrorCode::NotFound, QStringLiteral("session %1 no longer exists").arg(key)));
        return;
    }
    const qint64 expiresAt = ttlSecs > 0 ? m_clock.nowNs() + ttlSecs * kNsPerSec : 0;
    m_sessions.insert(key, Entry{session, expiresAt});
    emitEvent(int(existed ? SessionEvent::Kind::Updated : SessionEvent::Kind::Created), key,
              ttlSecs > 0 ? ttlSecs : 0);
    done(Result<void>());
}

void MemorySessionStore::remove(const QString &key, DoneCallback done)
{
    if (!live(key)) {
        done(makeError(ErrorCode::NotFound, QStringLiteral("no session under key %1").arg(key)));
        return;
    }
    m_sessions.remove(key);
    emitEvent(int(SessionEvent::Kind::Deleted), key, 0);
    done(Result<void>());
}

void MemorySessionStore::list(ListCallback done)
{
    QStringList keys;
    const qint64 now = m_clock.nowNs();
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->expiresAtNs == 0 || it->expiresAtNs > now)
            keys.append(it.key());
    }
    done(keys);
}

void MemorySessionStore::ttl(const QString &key, TtlCallback done)
{
    Entry *entry = live(key);
    if (!entry) {
        done(makeError(ErrorCode::NotFound, QStringLiteral("no session under key %1").arg(key)));
        return;
    }
    done(remainingSecs(entry->expiresAtNs));
}

void MemorySessionStore::incrementQuota(const QString &key, qint64 renewalSecs, QuotaCallback done)
{
    const qint64 now = m_clock.nowNs();
    auto it = m_quotas.find(key);
    if (it != m_quotas.end() && it->expiresAtNs != 0 && it->expiresAtNs <= now) {
        m_quotas.erase(it);
        it = m_quotas.end();
    }
    if (it == m_quotas.end() || (it->expiresAtNs == 0 && renewalSecs > 0)) {
        Counter fresh;
        fresh.expiresAtNs = renewalSecs > 0 ? now + renewalSecs * kNsPerSec : 0;
        it = m_quotas.insert(key, fresh);
    }
    ++it->count;
    done(QuotaCount{it->count, remainingSecs(it->expiresAtNs)});
}

void MemorySessionStore::quotaUsed(const QString &key, CountCallback done)
{
    const auto it = m_quotas.constFind(key);
    if (it == m_quotas.cend() || (it->expiresAtNs != 0 && it->expiresAtNs <= m_clock.nowNs()))
        return done(std::optional<qint64>());
    done(std::optional<qint64>(it->count));
}

void MemorySessionStore::resetQuota(const QString &key, DoneCallback done)
{
    m_quotas.remove(key);
    done(Result<void>());
}

} // namespace Hb::Session
