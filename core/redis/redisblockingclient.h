// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/redis/redisreply.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

struct redisContext;

namespace Hb::Redis {

// One blocking connection to Redis for code that runs on a worker or plugin thread (the
// session browser, the plugin data stores), never on the GUI or engine thread: every call
// waits at most timeoutMs for the connect and for each reply. Not thread-safe.
//
// connect() opens the TCP connection, sends AUTH when a password is set and SELECT when the
// database is not 0 (as go-redis, Tyk's client, initialises a connection: redis/v9
// redis.go, baseClient.initConn). After a failed connect, an I/O error or a timeout the
// connection is closed and connect() may be called again.
class RedisBlockingClient
{
public:
    struct Options
    {
        QString host;
        int port = 6379;
        int database = 0;
        QByteArray password; // empty: no AUTH
        int timeoutMs = 2000;
        QByteArray username; // with the password: AUTH username password (Redis 6 ACL)
    };

    explicit RedisBlockingClient(Options options);
    ~RedisBlockingClient();
    RedisBlockingClient(const RedisBlockingClient &) = delete;
    RedisBlockingClient &operator=(const RedisBlockingClient &) = delete;

    // Connects (closing any earlier connection); ErrorCode::Unavailable with "cannot
    // connect to Redis at <where>: ..." when the connect, AUTH or SELECT fails.
    Result<void> connect();
    bool isConnected() const { return m_context != nullptr; }
    void disconnect();

    // Sends one command (an argv) and waits for its reply. A Redis error reply is a reply
    // (RedisReply::Type::Error), not a failure; a lost connection or a timeout is
    // ErrorCode::Unavailable and closes the connection.
    Result<RedisReply> command(const QByteArrayList &argv);

    // "host:port/db", for messages.
    QString where() const;

private:
    Result<void> handshake(const QByteArrayList &argv, const QString &what);

    Options m_options;
    redisContext *m_context = nullptr;
};

} // namespace Hb::Redis
