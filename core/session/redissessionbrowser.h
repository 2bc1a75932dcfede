// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Hb::Redis {
class RedisBlockingClient;
struct RedisReply;
} // namespace Hb::Redis

namespace Hb::Session {

// One session as a Tyk Redis holds it.
struct BrowsedSession
{
    QString key;         // the Redis key, "apikey-..."
    QByteArray value;    // the session JSON as stored
    qint64 ttlSecs = -1; // -1: no expiry
};

// Reads the sessions of any Redis, e.g. a real Tyk's, read-only: SCAN apikey-* and GET/TTL,
// never a write. Blocking calls with a timeout, so it runs on a worker thread (the session
// inspector's "Browse Redis"), never on the GUI or engine thread. Not thread-safe.
class RedisSessionBrowser
{
public:
    RedisSessionBrowser();
    ~RedisSessionBrowser();
    RedisSessionBrowser(const RedisSessionBrowser &) = delete;
    RedisSessionBrowser &operator=(const RedisSessionBrowser &) = delete;

    Result<void> connect(const QString &host, int port, int database, int timeoutMs = 2000);
    // Session keys, at most `limit` (SCAN with MATCH apikey-*), sorted.
    Result<QStringList> sessionKeys(int limit = 10000);
    Result<BrowsedSession> session(const QString &key);

private:
    // One command; a Redis error reply becomes an error.
    Result<Redis::RedisReply> command(const QByteArrayList &argv);

    std::unique_ptr<Redis::RedisBlockingClient> m_client;
};

} // namespace Hb::Session
