// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/redisplugindatastore.h"

#include <hiredis/hiredis.h>

#include <sys/time.h>

namespace Hb::Plugin {

namespace {
const char keyPrefix[] = "coprocess-data:";

Error unavailable(const QString &what)
{
    return makeError(ErrorCode::Unavailable, QStringLiteral("plugin data store: %1").arg(what));
}
} // namespace

RedisPluginDataStore::RedisPluginDataStore(QString host, int port, int database)
    : m_host(std::move(host))
    , m_port(port)
    , m_database(database)
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
    const timeval timeout{1, 0};
    m_context = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, timeout);
    if (!m_context || m_context->err) {
        const QString why =
            m_context ? QString::fromUtf8(m_context->errstr) : QStringLiteral("out of memory");
        drop();
        return unavailable(
            QStringLiteral("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(why));
    }
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

Result<void> RedisPluginDataStore::set(const QString &key, const QByteArray &value, qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    if (Result<void> c = connect(); !c)
        return c;
    const QByteArray k = keyPrefix + key.toUtf8();
    redisReply *reply = nullptr;
    if (ttlSecs > 0)
        reply = static_cast<redisReply *>(
            redisCommand(m_context, "SET %b %b EX %lld", k.constData(), size_t(k.size()),
                         value.constData(), size_t(value.size()), (long long)ttlSecs));
    else
        reply = static_cast<redisReply *>(redisCommand(m_context, "SET %b %b", k.constData(),
                                                       size_t(k.size()), value.constData(),
                                                       size_t(value.size())));
    if (!reply) {
        const QString why = QString::fromUtf8(m_context->errstr);
        drop();
        return unavailable(why);
    }
    const bool ok = reply->type != REDIS_REPLY_ERROR;
    const QString err = ok ? QString() : QString::fromUtf8(reply->str, int(reply->len));
    freeReplyObject(reply);
    if (!ok)
        return unavailable(err);
    return {};
}

Result<QByteArray> RedisPluginDataStore::get(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (Result<void> c = connect(); !c)
        return c.error();
    const QByteArray k = keyPrefix + key.toUtf8();
    auto *reply = static_cast<redisReply *>(
        redisCommand(m_context, "GET %b", k.constData(), size_t(k.size())));
    if (!reply) {
        const QString why = QString::fromUtf8(m_context->errstr);
        drop();
        return unavailable(why);
    }
    QByteArray value;
    if (reply->type == REDIS_REPLY_STRING)
        value = QByteArray(reply->str, qsizetype(reply->len));
    freeReplyObject(reply);
    return value;
}

} // namespace Hb::Plugin
