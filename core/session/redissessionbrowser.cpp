// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/redissessionbrowser.h"

#include "core/redis/redisblockingclient.h"

#include <algorithm>

namespace Hb::Session {

using Redis::RedisBlockingClient;
using Redis::RedisReply;

RedisSessionBrowser::RedisSessionBrowser() = default;

RedisSessionBrowser::~RedisSessionBrowser() = default;

Result<void> RedisSessionBrowser::connect(const QString &host, int port, int database,
                                          int timeoutMs)
{
    m_client = std::make_unique<RedisBlockingClient>(
        RedisBlockingClient::Options{host, port, database, {}, timeoutMs});
    return m_client->connect();
}

Result<RedisReply> RedisSessionBrowser::command(const QByteArrayList &argv)
{
    if (!m_client)
        return makeError(ErrorCode::Unavailable, QStringLiteral("not connected to Redis"));
    Result<RedisReply> reply = m_client->command(argv);
    if (reply && reply->isError())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("Redis at %1: %2")
                             .arg(m_client->where(), QString::fromUtf8(reply->string)));
    return reply;
}

Result<QStringList> RedisSessionBrowser::sessionKeys(int limit)
{
    QStringList keys;
    QByteArray cursor = "0";
    do {
        Result<RedisReply> reply = command({"SCAN", cursor, "MATCH", "apikey-*", "COUNT", "500"});
        if (!reply)
            return reply.error();
        if (reply->type != RedisReply::Type::Array || reply->elements.size() != 2)
            return makeError(ErrorCode::Internal, QStringLiteral("unexpected SCAN reply"));
        cursor = reply->elements.at(0).string;
        for (const RedisReply &key : std::as_const(reply->elements.at(1).elements)) {
            if (keys.size() >= limit)
                break;
            keys.append(QString::fromUtf8(key.string));
        }
    } while (cursor != "0" && keys.size() < limit);
    std::sort(keys.begin(), keys.end());
    return keys;
}

Result<BrowsedSession> RedisSessionBrowser::session(const QString &key)
{
    const QByteArray k = key.toUtf8();
    BrowsedSession s;
    s.key = key;
    Result<RedisReply> value = command({"GET", k});
    if (!value)
        return value.error();
    if (value->isNil())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is gone").arg(key));
    if (value->type == RedisReply::Type::String)
        s.value = value->string;
    Result<RedisReply> ttl = command({"TTL", k});
    if (!ttl)
        return ttl.error();
    s.ttlSecs = ttl->type == RedisReply::Type::Integer ? ttl->integer : -1;
    return s;
}

} // namespace Hb::Session
