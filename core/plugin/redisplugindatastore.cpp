// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/redisplugindatastore.h"

#include <QDateTime>

#include <hiredis/hiredis.h>

#include <sys/time.h>

#include <vector>

namespace Hb::Plugin {

namespace {
Error unavailable(const QString &what)
{
    return makeError(ErrorCode::Unavailable, QStringLiteral("plugin data store: %1").arg(what));
}
} // namespace

RedisPluginDataStore::RedisPluginDataStore(QString host, int port, int database,
                                           QByteArray prefix, int timeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_database(database)
    , m_prefix(std::move(prefix))
    , m_timeoutMs(timeoutMs)
{}

RedisPluginDataStore::~RedisPluginDataStore()
{
    drop();
}

void RedisPluginDataStore::drop()
{
    if (m_context)
        redisFree(m_context);
    m_context = nullptr;
}

Result<void> RedisPluginDataStore::connect()
{
    if (m_context)
        return {};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_failedAtMs != 0 && nowMs - m_failedAtMs < 1000)
        return unavailable(QStringLiteral("cannot connect to %1:%2 (failed %3 ms ago)")
                               .arg(m_host)
                               .arg(m_port)
                               .arg(nowMs - m_failedAtMs));
    const timeval timeout{m_timeoutMs / 1000, (m_timeoutMs % 1000) * 1000};
    m_context = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, timeout);
    if (!m_context || m_context->err) {
        const QString why =
            m_context ? QString::fromUtf8(m_context->errstr) : QStringLiteral("out of memory");
        drop();
        m_failedAtMs = QDateTime::currentMSecsSinceEpoch();
        return unavailable(
            QStringLiteral("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(why));
    }
    m_failedAtMs = 0;
    redisSetTimeout(m_context, timeout);
    if (m_database != 0) {
        auto *reply = static_cast<redisReply *>(redisCommand(m_context, "SELECT %d", m_database));
        const bool ok = reply && reply->type != REDIS_REPLY_ERROR;
        if (reply)
            freeReplyObject(reply);
        if (!ok) {
            drop();
            return unavailable(QStringLiteral("SELECT %1 failed").arg(m_database));
        }
    }
    return {};
}

Result<RedisPluginDataStore::Reply> RedisPluginDataStore::command(const QByteArrayList &args)
{
    if (Result<void> c = connect(); !c)
        return c.error();
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        lengths.push_back(size_t(a.size()));
    }
    auto *reply = static_cast<redisReply *>(
        redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data()));
    if (!reply) { // I/O error or timeout: the connection is unusable
        const QString why = QString::fromUtf8(m_context->errstr);
        drop();
        return unavailable(why);
    }
    Result<Reply> out = Reply();
    switch (reply->type) {
    case REDIS_REPLY_ERROR:
        out = makeError(ErrorCode::InvalidInput, QString::fromUtf8(reply->str, int(reply->len)));
        break;
    case REDIS_REPLY_INTEGER:
        out = Reply(qint64(reply->integer));
        break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
        out = Reply(QByteArray(reply->str, qsizetype(reply->len)));
        break;
    default:
        break;
    }
    freeReplyObject(reply);
    return out;
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
