// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/memorysessionstore.h"

#include "core/common/iclock.h"

namespace Hb::Session {

MemorySessionStore::MemorySessionStore(const IClock &clock)
    : m_clock(clock)
{
}

void MemorySessionStore::get(const QString &key, GetCallback done)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        done(std::optional<SessionState>());
        return;
    }
    if (it->expiresAtNs != 0 && it->expiresAtNs <= m_clock.nowNs()) {
        m_entries.erase(it);
        done(std::optional<SessionState>());
        return;
    }
    done(std::optional<SessionState>(it->session));
}

void MemorySessionStore::set(const QString &key, const SessionState &session, qint64 ttlSecs,
                             DoneCallback done)
{
    Entry entry{session, ttlSecs > 0 ? m_clock.nowNs() + ttlSecs * 1000000000LL : 0};
    m_entries.insert(key, std::move(entry));
    done(Result<void>());
}

void MemorySessionStore::remove(const QString &key, DoneCallback done)
{
    if (m_entries.remove(key) == 0) {
        done(makeError(ErrorCode::NotFound, QStringLiteral("no session under key %1").arg(key)));
        return;
    }
    done(Result<void>());
}

} // namespace Hb::Session
