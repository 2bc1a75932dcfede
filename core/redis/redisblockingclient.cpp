// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redis/redisblockingclient.h"

#include "core/redis/hiredisreply.h"
#include "core/redis/rediscredentials.h"

#include <hiredis/hiredis.h>

#include <sys/time.h>

#include <utility>
#include <vector>

namespace Hb::Redis {

RedisBlockingClient::RedisBlockingClient(Options options)
    : m_options(std::move(options))
{}

RedisBlockingClient::~RedisBlockingClient()
{
    disconnect();
}

QString RedisBlockingClient::where() const
{
    return QStringLiteral("%1:%2/%3")
        .arg(m_options.host)
        .arg(m_options.port)
        .arg(m_options.database);
}

void RedisBlockingClient::disconnect()
{
    if (redisContext *context = std::exchange(m_context, nullptr))
        redisFree(context);
}

Result<void> RedisBlockingClient::connect()
{
    disconnect();
    const int ms = m_options.timeoutMs;
    const timeval timeout{ms / 1000, (ms % 1000) * 1000};
    redisContext *context =
        redisConnectWithTimeout(m_options.host.toUtf8().constData(), m_options.port, timeout);
    if (!context || context->err) {
        const QString why =
            context ? QString::fromUtf8(context->errstr) : QStringLiteral("out of memory");
        if (context)
            redisFree(context);
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot connect to Redis at %1: %2").arg(where(), why));
    }
    // The connect timeout does not cover replies; this one bounds every command.
    redisSetTimeout(context, timeout);
    m_context = context;
    if (!m_options.password.isEmpty()) {
        const RedisCredentials login{m_options.username, m_options.password};
        if (Result<void> ok = handshake(login.authCommand(), QStringLiteral("AUTH")); !ok)
            return ok;
    }
    if (m_options.database != 0) {
        const QByteArray db = QByteArray::number(m_options.database);
        if (Result<void> ok =
                handshake({"SELECT", db}, QStringLiteral("SELECT ") + QLatin1StringView(db));
            !ok)
            return ok;
    }
    return {};
}

Result<void> RedisBlockingClient::handshake(const QByteArrayList &argv, const QString &what)
{
    Result<RedisReply> reply = command(argv);
    QString why;
    if (!reply)
        why = reply.error().message;
    else if (reply->isError())
        why = QString::fromUtf8(reply->string);
    else
        return {};
    disconnect();
    return makeError(
        ErrorCode::Unavailable,
        QStringLiteral("cannot connect to Redis at %1: %2 failed: %3").arg(where(), what, why));
}

Result<RedisReply> RedisBlockingClient::command(const QByteArrayList &argv)
{
    if (!m_context)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("not connected to Redis at %1").arg(where()));
    std::vector<const char *> args;
    std::vector<size_t> lengths;
    args.reserve(size_t(argv.size()));
    lengths.reserve(size_t(argv.size()));
    for (const QByteArray &a : argv) {
        args.push_back(a.constData());
        lengths.push_back(size_t(a.size()));
    }
    auto *reply = static_cast<redisReply *>(
        redisCommandArgv(m_context, int(args.size()), args.data(), lengths.data()));
    if (!reply) {
        // An I/O error or a timeout: hiredis marks the context unusable for good.
        const QString why = QString::fromUtf8(m_context->errstr);
        disconnect();
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("Redis at %1: %2").arg(where(), why));
    }
    RedisReply out = fromHiredis(reply);
    freeReplyObject(reply);
    return out;
}

} // namespace Hb::Redis
