// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/redis/rediscredentials.h"
#include "core/redis/redisreply.h"

#include <QByteArrayList>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

struct redisAsyncContext;
struct redisReply;

namespace Hb::Redis {

// One non-blocking hiredis connection on the Qt event loop of the thread the object lives
// on: connects, SELECTs the database, sends pipelined batches and reconnects with backoff
// (100 ms doubling to 5 s) when Redis goes away. Nothing here ever blocks.
//
// While the connection is down every batch fails at once with ErrorCode::Unavailable (the
// callback runs before execute() returns); batches in flight when it drops fail the same
// way. Batches sent during the very first connect wait for it. A connection that gets no
// reply within commandTimeoutMs() is treated as dead.
class RedisConnection final : public QObject
{
    Q_OBJECT

public:
    using BatchCallback = std::function<void(Result<QList<RedisReply>>)>;

    RedisConnection(QString host, int port, int db, QObject *parent = nullptr);
    // Frees the hiredis context; callbacks of batches still in flight are dropped, not run.
    ~RedisConnection() override;

    // Sent as AUTH on every connect, before SELECT (tyk.conf storage.password); set them
    // before open().
    void setCredentials(RedisCredentials credentials) { m_credentials = std::move(credentials); }
    // Starts the first connection attempt (asynchronous).
    void open();

    // Sends `commands` (each an argv) back to back and calls `done` once with one reply per
    // command, in order: one network round trip. An error reply is a reply, not a failure.
    void execute(const QList<QByteArrayList> &commands, BatchCallback done);

    bool isConnected() const { return m_state == State::Up; }
    QString address() const;
    // Batches sent so far (the SELECT on connect is not counted).
    quint64 roundTrips() const { return m_roundTrips; }
    int commandTimeoutMs() const { return m_commandTimeoutMs; }
    void setCommandTimeoutMs(int ms) { m_commandTimeoutMs = ms; }

Q_SIGNALS:
    // The connection is usable (first connect or back after an outage).
    void up();
    // The connection is lost or could not be made; emitted once per outage.
    void down(const QString &reason);

private:
    enum class State { Initial, Up, Down };
    struct Batch;
    struct Slot;
    struct Waiting
    {
        QList<QByteArrayList> commands;
        BatchCallback done;
    };

    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *privdata);
    static void onSelectReply(redisAsyncContext *context, void *reply, void *privdata);
    static void onAuthReply(redisAsyncContext *context, void *reply, void *privdata);

    void connectNow();
    void send(const QList<QByteArrayList> &commands, BatchCallback done);
    void replyArrived(redisAsyncContext *context, Slot *slot, redisReply *reply);
    void selectReplied(redisAsyncContext *context, redisReply *reply);
    void authReplied(redisAsyncContext *context, redisReply *reply);
    // Forgets `context` (hiredis frees it) and schedules the next attempt.
    void contextGone(const redisAsyncContext *context, const QString &reason);
    void markUp();
    void markDown(const QString &reason);
    void watchdogFired();
    Error unavailable(const QString &reason) const;

    QString m_host;
    int m_port = 0;
    int m_db = 0;
    RedisCredentials m_credentials;
    redisAsyncContext *m_context = nullptr;
    State m_state = State::Initial;
    bool m_handshaking = false;
    bool m_closing = false;
    QString m_downReason;
    QList<Waiting> m_waiting;
    quint64 m_roundTrips = 0;
    int m_inFlight = 0;
    int m_backoffMs = 100;
    int m_commandTimeoutMs = 3000;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
};

} // namespace Hb::Redis
