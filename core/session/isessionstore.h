// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/session/sessionstate.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Hb::Session {

class ISessionEventSink;

// A quota counter after one increment (Tyk's `quota-<key>` in Redis).
struct QuotaCount
{
    qint64 count = 0;   // requests counted in the current window, this one included
    qint64 ttlSecs = 0; // seconds until the window renews; 0 = never
};

// Where sessions live: memory or Redis. Every call is made on the engine thread and
// completes by calling `done` on the engine thread, possibly before the call returns (the
// memory store does). Keys are storage keys: the session key as Tyk stores it (already
// hashed when hash_keys is on) without the "apikey-"/"quota-" prefixes, which the store adds.
// A store that is unreachable completes with ErrorCode::Unavailable.
class ISessionStore
{
public:
    using GetCallback = std::function<void(Result<std::optional<SessionState>>)>;
    using DoneCallback = std::function<void(Result<void>)>;
    using ListCallback = std::function<void(Result<QStringList>)>;
    using QuotaCallback = std::function<void(Result<QuotaCount>)>;
    using TtlCallback = std::function<void(Result<qint64>)>;
    using CountCallback = std::function<void(Result<std::optional<qint64>>)>;

    virtual ~ISessionStore() = default;

    virtual void get(const QString &key, GetCallback done) = 0;
    // The read Tyk's auth middleware makes (Tyk: gateway/middleware.go,
    // CheckSessionAndIdentityForValidKey): the token check and the ID extractor's lookup.
    // Through the gateway's local session cache where there is one
    // (LocalSessionCacheStore); a plain store reads itself.
    virtual void getForAuth(const QString &key, GetCallback done) { get(key, std::move(done)); }
    // ttlSecs <= 0 keeps the session until it is removed. `onlyIfExists` writes only when
    // the key is still there (Tyk's SET XX for sessions loaded from the store, so a session
    // deleted meanwhile is not resurrected); the result is then NotFound.
    virtual void set(const QString &key, const SessionState &session, qint64 ttlSecs,
                     DoneCallback done, bool onlyIfExists = false) = 0;
    // The session write at the end of a request that changed it (Tyk: gateway/middleware.go,
    // UpdateRequestSession): as set(), and a gateway-local session cache keeps the written
    // copy (LocalSessionCacheStore) where other writes only evict.
    virtual void setFromRequest(const QString &key, const SessionState &session, qint64 ttlSecs,
                                DoneCallback done)
    {
        set(key, session, ttlSecs, std::move(done));
    }
    // NotFound when there was nothing to remove.
    virtual void remove(const QString &key, DoneCallback done) = 0;
    // Every session key (prefix stripped), in no particular order.
    virtual void list(ListCallback done) = 0;
    // Remaining TTL of a session in seconds: 0 = none, NotFound when absent.
    virtual void ttl(const QString &key, TtlCallback done) = 0;

    // Tyk's quota counter algorithm (Tyk: gateway/session_manager.go, RedisQuotaExceeded): a
    // counter with a TTL is incremented; a missing one (or one without TTL while renewalSecs > 0)
    // is set to 0 with TTL renewalSecs first; renewalSecs <= 0 counts without ever expiring.
    virtual void incrementQuota(const QString &key, qint64 renewalSecs, QuotaCallback done) = 0;
    virtual void resetQuota(const QString &key, DoneCallback done) = 0;
    // The quota counter's value (requests counted in the current window), nullopt when there
    // is no live counter.
    virtual void quotaUsed(const QString &key, CountCallback done) = 0;

    // Where session events go (not owned; may be null). A store over another one passes it on.
    virtual void setEventSink(ISessionEventSink *sink) { m_eventSink = sink; }

protected:
    ISessionEventSink *eventSink() const { return m_eventSink; }

private:
    ISessionEventSink *m_eventSink = nullptr;
};

} // namespace Hb::Session
