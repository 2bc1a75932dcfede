// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redis/redisconnection.h"

#include "core/redis/hiredisreply.h"
#include "core/redis/redisqtadapter.h"

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <algorithm>
#include <vector>

namespace Hb::Redis {

namespace {

constexpr int kFirstBackoffMs = 100;
constexpr int kMaxBackoffMs = 5000;

QString errorOf(const redisAsyncContext *context)
{
    if (context && context->err && context->errstr)
        return QString::fromLocal8Bit(context->errstr);
    return QStringLiteral("connection closed");
}

} // namespace

// The replies of one execute() call, filled in as they arrive.
struct RedisConnection::Batch
{
    QList<RedisReply> replies;
    int remaining = 0;
    bool finished = false;
    BatchCallback done;

    void finish(Result<QList<RedisReply>> result)
    {
        if (finished)
            return;
        finished = true;
        // Moved out first: `done` may start another batch or drop the last reference.
        BatchCallback callback = std::move(done);
        callback(std::move(result));
    }
};

// hiredis privdata of one command: which batch and which position.
struct RedisConnection::Slot
{
    RedisConnection *owner = nullptr;
    std::shared_ptr<Batch> batch;
    int index = 0;
};

RedisConnection::RedisConnection(QString host, int port, int db, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_db(db)
{
    m_reconnectTimer.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RedisConnection::connectNow);
    connect(&m_watchdog, &QTimer::timeout, this, &RedisConnection::watchdogFired);
}

RedisConnection::~RedisConnection()
{
    // hiredis runs every pending callback with a null reply while freeing; m_closing makes
    // them drop their batch silently, since the callers may be mid-destruction too.
    m_closing = true;
    if (redisAsyncContext *context = std::exchange(m_context, nullptr))
        redisAsyncFree(context);
}

QString RedisConnection::address() const
{
    return m_host + u':' + QString::number(m_port);
}

Error RedisConnection::unavailable(const QString &reason) const
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("Redis at %1 is unavailable: %2").arg(address(), reason));
}

void RedisConnection::open()
{
    if (!m_context && !m_reconnectTimer.isActive())
        connectNow();
}

void RedisConnection::connectNow()
{
    // Non-blocking connect; the outcome arrives through onConnect or the SELECT reply.
    redisAsyncContext *context = redisAsyncConnect(m_host.toUtf8().constData(), m_port);
    if (!context || context->err) {
        const QString reason =
            context ? errorOf(context) : QStringLiteral("cannot allocate a hiredis context");
        if (context)
            redisAsyncFree(context);
        markDown(reason);
        m_reconnectTimer.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
        return;
    }
    context->data = this;
    RedisQtAdapter::attach(context, this);
    redisAsyncSetConnectCallback(context, &RedisConnection::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisConnection::onDisconnect);
    m_context = context;
    m_handshaking = true;
    m_inFlight = 0;
    // Queued before the TCP connect completes; its write event is what finishes the
    // connect. Callers' batches wait until it succeeded, so they never run on database 0
    // by mistake. AUTH goes first when a password is set.
    if (!m_credentials.isEmpty()) {
        const QByteArrayList auth = m_credentials.authCommand();
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &a : auth) {
            argv.push_back(a.constData());
            lengths.push_back(size_t(a.size()));
        }
        if (redisAsyncCommandArgv(context, &RedisConnection::onAuthReply, this, int(argv.size()),
                                  argv.data(), lengths.data()) != REDIS_OK) {
            contextGone(context, errorOf(context));
            redisAsyncFree(context);
            return;
        }
        ++m_inFlight;
    }
    if (redisAsyncCommand(context, &RedisConnection::onSelectReply, this, "SELECT %d", m_db) !=
        REDIS_OK) {
        contextGone(context, errorOf(context));
        redisAsyncFree(context);
        return;
    }
    ++m_inFlight;
    // Also bounds the TCP connect, which has no timeout of its own in hiredis 0.14.
    m_watchdog.start(m_commandTimeoutMs);
}

void RedisConnection::onConnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisConnection *>(context->data);
    // On failure hiredis frees the context right after this returns.
    if (self && !self->m_closing && status != REDIS_OK)
        self->contextGone(context, errorOf(context));
}

void RedisConnection::onDisconnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisConnection *>(context->data);
    if (self && !self->m_closing)
        self->contextGone(context,
                          status == REDIS_OK ? QStringLiteral("disconnected") : errorOf(context));
}

void RedisConnection::contextGone(const redisAsyncContext *context, const QString &reason)
{
    // Several paths report the same loss (a null reply, onConnect, onDisconnect, the
    // watchdog); only the first one for the current context counts.
    if (context != m_context)
        return;
    m_context = nullptr;
    m_handshaking = false;
    m_inFlight = 0;
    m_watchdog.stop();
    markDown(reason);
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void RedisConnection::markUp()
{
    m_state = State::Up;
    m_downReason.clear();
    m_backoffMs = kFirstBackoffMs;
    Q_EMIT up();
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        execute(w.commands, w.done);
}

void RedisConnection::markDown(const QString &reason)
{
    // State first: callbacks failed below may call execute() again and must fail at once.
    if (m_state != State::Down) {
        m_state = State::Down;
        m_downReason = reason;
        Q_EMIT down(reason);
    }
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        w.done(unavailable(m_downReason));
}

void RedisConnection::watchdogFired()
{
    redisAsyncContext *context = m_context;
    if (!context)
        return;
    const QString reason =
        m_handshaking ? QStringLiteral("no connection within %1 ms").arg(m_commandTimeoutMs)
                      : QStringLiteral("no reply within %1 ms").arg(m_commandTimeoutMs);
    contextGone(context, reason);
    // Runs every pending callback with a null reply: they fail with `reason`.
    redisAsyncFree(context);
}

void RedisConnection::execute(const QList<QByteArrayList> &commands, BatchCallback done)
{
    switch (m_state) {
    case State::Initial: m_waiting.append({commands, std::move(done)}); return;
    case State::Down: done(unavailable(m_downReason)); return;
    case State::Up: break;
    }
    if (commands.isEmpty()) {
        done(QList<RedisReply>());
        return;
    }
    send(commands, std::move(done));
}

void RedisConnection::send(const QList<QByteArrayList> &commands, BatchCallback done)
{
    auto batch = std::make_shared<Batch>();
    batch->replies.resize(commands.size());
    batch->remaining = int(commands.size());
    batch->done = std::move(done);
    ++m_roundTrips;

    // hiredis copies the arguments into its output buffer; all commands leave in one write.
    std::vector<const char *> argv;
    std::vector<size_t> argvLen;
    for (int i = 0; i < commands.size(); ++i) {
        argv.clear();
        argvLen.clear();
        for (const QByteArray &arg : commands.at(i)) {
            argv.push_back(arg.constData());
            argvLen.push_back(size_t(arg.size()));
        }
        auto *slot = new Slot{this, batch, i};
        if (redisAsyncCommandArgv(m_context, &RedisConnection::onReply, slot, int(argv.size()),
                                  argv.data(), argvLen.data()) != REDIS_OK) {
            delete slot;
            batch->finish(unavailable(errorOf(m_context)));
            return;
        }
        ++m_inFlight;
    }
    if (!m_watchdog.isActive())
        m_watchdog.start(m_commandTimeoutMs);
}

void RedisConnection::onReply(redisAsyncContext *context, void *reply, void *privdata)
{
    std::unique_ptr<Slot> slot(static_cast<Slot *>(privdata));
    if (slot->owner->m_closing)
        return;
    slot->owner->replyArrived(context, slot.get(), static_cast<redisReply *>(reply));
}

void RedisConnection::replyArrived(redisAsyncContext *context, Slot *slot, redisReply *reply)
{
    if (!reply) {
        // hiredis is failing everything in flight: the connection is gone.
        markDown(errorOf(context));
        slot->batch->finish(unavailable(m_downReason));
        return;
    }
    if (context == m_context) {
        m_inFlight = std::max(0, m_inFlight - 1);
        if (m_inFlight > 0)
            m_watchdog.start(m_commandTimeoutMs);
        else
            m_watchdog.stop();
    }
    Batch &batch = *slot->batch;
    if (batch.finished)
        return;
    batch.replies[slot->index] = fromHiredis(reply);
    if (--batch.remaining == 0)
        batch.finish(std::move(batch.replies));
}

void RedisConnection::onSelectReply(redisAsyncContext *context, void *reply, void *privdata)
{
    auto *self = static_cast<RedisConnection *>(privdata);
    if (!self->m_closing)
        self->selectReplied(context, static_cast<redisReply *>(reply));
}

void RedisConnection::onAuthReply(redisAsyncContext *context, void *reply, void *privdata)
{
    auto *self = static_cast<RedisConnection *>(privdata);
    if (!self->m_closing)
        self->authReplied(context, static_cast<redisReply *>(reply));
}

void RedisConnection::authReplied(redisAsyncContext *context, redisReply *reply)
{
    if (!reply || context != m_context || !m_handshaking)
        return;
    m_inFlight = std::max(0, m_inFlight - 1);
    if (reply->type == REDIS_REPLY_ERROR) {
        // The password is never part of the message.
        contextGone(context, QStringLiteral("AUTH failed: %1")
                                 .arg(QString::fromUtf8(reply->str, qsizetype(reply->len))));
        redisAsyncFree(context);
    }
}

void RedisConnection::selectReplied(redisAsyncContext *context, redisReply *reply)
{
    // A null reply means the connect failed; onConnect/onDisconnect report that.
    if (!reply || context != m_context || !m_handshaking)
        return;
    m_handshaking = false;
    m_inFlight = std::max(0, m_inFlight - 1);
    if (m_inFlight == 0)
        m_watchdog.stop();
    if (reply->type == REDIS_REPLY_ERROR) {
        contextGone(context, QStringLiteral("SELECT %1 failed: %2")
                                 .arg(QString::number(m_db),
                                      QString::fromUtf8(reply->str, qsizetype(reply->len))));
        // Inside a hiredis callback this only flags the context; hiredis frees it after.
        redisAsyncFree(context);
        return;
    }
    markUp();
}

} // namespace Hb::Redis
