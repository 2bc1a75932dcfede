// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/sessioncacheentry.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Hb::Session {
class SessionState;
}

namespace Hb::Engine {

// The session inspector: the ID-extractor cache as the engine has seen it, and the sessions
// stored under its keys, read, written back or evicted. Called on the engine thread only
// (the GUI goes through EngineBridge's queued calls; the Gateway API lives there); the engine
// owns it (Engine::sessionInspector()). Callbacks run on the engine thread.
class ISessionInspector
{
public:
    using SessionCallback = std::function<void(Result<std::optional<Session::SessionState>>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    virtual ~ISessionInspector() = default;

    // The cache entries, with their deadlines and hit counts.
    virtual QList<SessionCacheEntry> entries() const = 0;
    // The engine clock's time in Unix seconds: what the entries' deadlines compare with.
    virtual qint64 nowSecs() const = 0;
    // Marks entries whose deadline has passed. The engine does this every second; whoever
    // moves the clock calls it too, so a jump shows at once.
    virtual void refreshExpiry() = 0;

    // The session stored under `storageKey` (as SessionCacheEntry names it).
    virtual void readSession(const QString &storageKey, SessionCallback done) = 0;
    // Writes `session` back as the Gateway API's PUT /tyk/keys with suppress_reset does: TTL
    // from the session's lifetime, quota window kept.
    virtual void writeSession(const QString &storageKey, const Session::SessionState &session,
                              DoneCallback done) = 0;
    // Removes the session and its quota counter from the store and the entry from the cache,
    // so the next request calls the plugin again. Gone already counts as done.
    virtual void evictSession(const QString &storageKey, DoneCallback done) = 0;
    // Evicts every entry entries() shows.
    virtual void evictAllSessions(DoneCallback done) = 0;
};

} // namespace Hb::Engine
