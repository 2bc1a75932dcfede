// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/redisplugindatastore.h"

#include "core/redis/redisblockingclient.h"

#include <QDateTime>

namespace Hb::Plugin {

namespace {
Error unavailable(const QString &what)
{
    return makeError(ErrorCode::Unavailable, QStringLiteral("plugin data store: %1").arg(what));
}
} // namespace

RedisPluginDataStore::RedisPluginDataStore(QString host, int port, int database, QByteArray prefix,
                                           int timeoutMs, const Redis::RedisCredentials &login)
    : m_prefix(std::move(prefix))
    , m_client(std::make_unique<Redis::RedisBlockingClient>(Redis::RedisBlockingClient::Options{
          std::move(host), port, database, login.password, timeoutMs, login.username}))
{}

RedisPluginDataStore::~RedisPluginDataStore() = default;

Result<void> RedisPluginDataStore::connect()
{
    if (m_client->isConnected())
        return {};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_failedAtMs != 0 && nowMs - m_failedAtMs < 1000)
        return unavailable(QStringLiteral("cannot connect to Redis at %1 (failed %2 ms ago)")
                               .arg(m_client->where())
                               .arg(nowMs - m_failedAtMs));
    if (Result<void> ok = m_client->connect(); !ok) {
        m_failedAtMs = QDateTime::currentMSecsSinceEpoch();
        return unavailable(ok.error().message);
    }
    m_failedAtMs = 0;
    return {};
}

Result<RedisPluginDataStore::Reply> RedisPluginDataStore::command(const QByteArrayList &args)
{
    if (Result<void> c = connect(); !c)
        return c.error();
    // A lost connection or a timeout closes the client; the next call connects again.
    Result<Redis::RedisReply> reply = m_client->command(args);
    if (!reply)
        return unavailable(reply.error().message);
    switch (reply->type) {
    case Redis::RedisReply::Type::Error:
        return makeError(ErrorCode::InvalidInput, QString::fromUtf8(reply->string));
    case Redis::RedisReply::Type::Integer: return Reply(qint64(reply->integer));
    case Redis::RedisReply::Type::String:
    case Redis::RedisReply::Type::Status: return Reply(reply->string);
    default: return Reply();
    }
}

Result<void> RedisPluginDataStore::set(const QString &key, const QByteArray &value, qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    QByteArrayList args{"SET", prefixed(key), value};
    if (ttlSecs > 0)
        args << "EX" << QByteArray::number(ttlSecs);
    Result<Reply> r = command(args);
    if (!r)
        return r.error();
    return {};
}

Result<QByteArray> RedisPluginDataStore::get(const QString &key)
{
    Result<std::optional<QByteArray>> found = find(key);
    if (!found)
        return found.error();
    return found->value_or(QByteArray());
}

Result<std::optional<QByteArray>> RedisPluginDataStore::find(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    Result<Reply> r = command({"GET", prefixed(key)});
    if (!r)
        return r.error();
    if (const auto *value = std::get_if<QByteArray>(&*r))
        return std::optional<QByteArray>(*value);
    return std::optional<QByteArray>();
}

Result<bool> RedisPluginDataStore::setIfAbsent(const QString &key, const QByteArray &value,
                                               qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    QByteArrayList args{"SET", prefixed(key), value, "NX"};
    // EX 0 and negative times are refused by Redis; 0 means no expiry, as SETNX.
    if (ttlSecs != 0)
        args << "EX" << QByteArray::number(ttlSecs);
    Result<Reply> r = command(args);
    if (!r)
        return r.error();
    return std::holds_alternative<QByteArray>(*r); // "OK", or nil when the key existed
}

Result<void> RedisPluginDataStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    Result<Reply> r = command({"DEL", prefixed(key)});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> RedisPluginDataStore::timeToLive(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    Result<Reply> r = command({"TTL", prefixed(key)});
    if (!r)
        return r.error();
    if (const auto *seconds = std::get_if<qint64>(&*r))
        return *seconds;
    return unavailable(QStringLiteral("TTL answered with no integer"));
}

Result<qint64> RedisPluginDataStore::increment(const QString &key, qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    const QByteArray k = prefixed(key);
    Result<Reply> r = command({"INCR", k});
    if (!r)
        return r.error();
    const auto *value = std::get_if<qint64>(&*r);
    if (!value)
        return unavailable(QStringLiteral("INCR answered with no integer"));
    // Two commands, as Tyk sends them: a key created by this INCR gets its expiry.
    if (*value == 1 && ttlSecs > 0) {
        Result<Reply> e = command({"EXPIRE", k, QByteArray::number(ttlSecs)});
        if (!e)
            return e.error();
    }
    return *value;
}

} // namespace Hb::Plugin
