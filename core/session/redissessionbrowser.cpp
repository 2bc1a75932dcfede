// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/redissessionbrowser.h"

#include <hiredis/hiredis.h>

#include <sys/time.h>

#include <algorithm>
#include <memory>

namespace Hb::Session {

namespace {
struct ReplyDeleter
{
    void operator()(redisReply *r) const
    {
        if (r)
            freeReplyObject(r);
    }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;
} // namespace

RedisSessionBrowser::~RedisSessionBrowser()
{
    if (m_context)
        redisFree(m_context);
}

Result<void> RedisSessionBrowser::connect(const QString &host, int port, int database,
                                          int timeoutMs)
{
    if (m_context)
        redisFree(m_context);
    m_where = QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
    const timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    m_context = redisConnectWithTimeout(host.toUtf8().constData(), port, timeout);
    if (!m_context || m_context->err) {
        const QString why =
            m_context ? QString::fromUtf8(m_context->errstr) : QStringLiteral("out of memory");
        if (m_context)
            redisFree(m_context);
        m_context = nullptr;
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot connect to Redis at %1: %2").arg(m_where, why));
    }
    redisSetTimeout(m_context, timeout);
    Reply reply(static_cast<redisReply *>(redisCommand(m_context, "SELECT %d", database)));
    return check(reply.get());
}

Result<void> RedisSessionBrowser::check(void *r)
{
    auto *reply = static_cast<redisReply *>(r);
    if (!m_context)
        return makeError(ErrorCode::Unavailable, QStringLiteral("not connected to Redis"));
    if (!reply)
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("Redis at %1: %2").arg(m_where, QString::fromUtf8(m_context->errstr)));
    if (reply->type == REDIS_REPLY_ERROR)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("Redis at %1: %2")
                             .arg(m_where, QString::fromUtf8(reply->str, int(reply->len))));
    return {};
}

Result<QStringList> RedisSessionBrowser::sessionKeys(int limit)
{
    QStringList keys;
    QByteArray cursor = "0";
    do {
        Reply reply(static_cast<redisReply *>(
            redisCommand(m_context, "SCAN %s MATCH apikey-* COUNT 500", cursor.constData())));
        if (Result<void> ok = check(reply.get()); !ok)
            return ok.error();
        if (reply->type != REDIS_REPLY_ARRAY || reply->elements != 2)
            return makeError(ErrorCode::Internal, QStringLiteral("unexpected SCAN reply"));
        cursor = QByteArray(reply->element[0]->str, qsizetype(reply->element[0]->len));
        const redisReply *batch = reply->element[1];
        for (size_t i = 0; i < batch->elements && keys.size() < limit; ++i)
            keys.append(QString::fromUtf8(batch->element[i]->str, int(batch->element[i]->len)));
    } while (cursor != "0" && keys.size() < limit);
    std::sort(keys.begin(), keys.end());
    return keys;
}

Result<BrowsedSession> RedisSessionBrowser::session(const QString &key)
{
    const QByteArray k = key.toUtf8();
    BrowsedSession s;
    s.key = key;
    Reply value(static_cast<redisReply *>(
        redisCommand(m_context, "GET %b", k.constData(), size_t(k.size()))));
    if (Result<void> ok = check(value.get()); !ok)
        return ok.error();
    if (value->type == REDIS_REPLY_NIL)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is gone").arg(key));
    if (value->type == REDIS_REPLY_STRING)
        s.value = QByteArray(value->str, qsizetype(value->len));
    Reply ttl(static_cast<redisReply *>(
        redisCommand(m_context, "TTL %b", k.constData(), size_t(k.size()))));
    if (Result<void> ok = check(ttl.get()); !ok)
        return ok.error();
    s.ttlSecs = ttl->type == REDIS_REPLY_INTEGER ? ttl->integer : -1;
    return s;
}

} // namespace Hb::Session
