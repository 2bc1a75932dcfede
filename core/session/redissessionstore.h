// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/redis/rediscredentials.h"
#include "core/session/isessionstore.h"

#include <QObject>

namespace Hb::Redis {
class RedisConnection;
struct RedisReply;
} // namespace Hb::Redis

namespace Hb::Session {

// Sessions and quota counters in a real Redis, laid out exactly as Tyk lays them out
// (Tyk: gateway/api_loader.go, prepareStorage; storage/redis_cluster.go): `apikey-<key>` holds the
// session JSON as-is, `quota-<key>` the quota counter. Behaves like MemorySessionStore, with each
// operation costing one network round trip (list(): one per SCAN page).
//
// Lives on, and must be called on, the engine thread, whose event loop drives the hiredis
// connection; nothing blocks. While Redis is unreachable every call completes with
// ErrorCode::Unavailable before it returns, StoreDown is reported once per outage, the
// connection is retried with backoff (100 ms doubling to 5 s) and StoreUp is reported
// when it is usable (also after the first connect). Calls made before the first connect
// finished wait for it. Callbacks still pending when the store is destroyed are dropped.
class RedisSessionStore final : public QObject, public ISessionStore
{
    Q_OBJECT

public:
    // Starts connecting to host:port and selects database `db`; owned by `parent`.
    static RedisSessionStore *create(const QString &host, int port, int db,
                                     QObject *parent = nullptr,
                                     const Redis::RedisCredentials &login = {});
    ~RedisSessionStore() override;

    void get(const QString &key, GetCallback done) override;
    void set(const QString &key, const SessionState &session, qint64 ttlSecs, DoneCallback done,
             bool onlyIfExists = false) override;
    void remove(const QString &key, DoneCallback done) override;
    void list(ListCallback done) override;
    void ttl(const QString &key, TtlCallback done) override;
    void incrementQuota(const QString &key, qint64 renewalSecs, QuotaCallback done) override;
    void resetQuota(const QString &key, DoneCallback done) override;
    void quotaUsed(const QString &key, CountCallback done) override;

    bool isConnected() const;
    // "host:port"
    QString address() const;
    // Network round trips made so far (the connect handshake is not counted).
    quint64 roundTrips() const;
    // A connection without any reply for this long is dropped as dead (default 3000 ms).
    void setCommandTimeoutMs(int ms);

private:
    RedisSessionStore(const QString &host, int port, int db, QObject *parent);

    void scanFrom(const QByteArray &cursor, QStringList found, ListCallback done);
    Error replyError(const QString &redisKey, const Redis::RedisReply &reply) const;
    void emitEvent(int kind, const QString &key, qint64 ttlSecs, const QString &message = {});

    Redis::RedisConnection *m_connection = nullptr;
};

} // namespace Hb::Session
