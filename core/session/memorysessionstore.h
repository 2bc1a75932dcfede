// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/isessionstore.h"

#include <QHash>

namespace Hb {
class IClock;
}

namespace Hb::Session {

// Sessions in a hash on the engine thread; TTLs are read from the engine clock, so moving
// the clock expires entries. Completes every call synchronously.
class MemorySessionStore final : public ISessionStore
{
public:
    explicit MemorySessionStore(const IClock &clock);

    void get(const QString &key, GetCallback done) override;
    void set(const QString &key, const SessionState &session, qint64 ttlSecs,
             DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        SessionState session;
        qint64 expiresAtNs = 0; // 0 = never
    };
    const IClock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace Hb::Session
