// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/redissessionstore.h"

#include "core/common/untrustedjson.h"
#include "core/redis/redisconnection.h"
#include "core/redis/redisreply.h"
#include "core/session/sessionevent.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Hb::Session {

using Redis::RedisConnection;
using Redis::RedisReply;

namespace {

// Tyk's key prefixes (gateway/api_loader.go, prepareStorage; gateway/session_manager.go).
const QByteArray kSessionPrefix = QByteArrayLiteral("apikey-");
const QByteArray kQuotaPrefix = QByteArrayLiteral("quota-");

// Tyk's quota algorithm (Tyk: gateway/session_manager.go, RedisQuotaExceeded) in one atomic round
// trip: a counter with a TTL is incremented; a missing one, or one without TTL while a renewal
// window is configured, is first set to 0 for that window (Tyk does this under a Redis lock). TTL
// -2 = missing, -1 = no expiry.
const QByteArray kQuotaScript =
    QByteArrayLiteral("local renewal = tonumber(ARGV[1])\n"
                      "if renewal > 0 and redis.call('TTL', KEYS[1]) < 0 then\n"
                      "  redis.call('SET', KEYS[1], 0, 'EX', renewal)\n"
                      "end\n"
                      "local count = redis.call('INCR', KEYS[1])\n"
                      "return {count, redis.call('TTL', KEYS[1])}\n");

QByteArray sessionKey(const QString &key)
{
    return kSessionPrefix + key.toUtf8();
}

QByteArray quotaKey(const QString &key)
{
    return kQuotaPrefix + key.toUtf8();
}

// Redis's TTL: -1 (no expiry) and -2 (gone) both mean "no TTL to report".
qint64 ttlOf(const RedisReply &reply)
{
    return reply.type == RedisReply::Type::Integer ? std::max<qint64>(0, reply.integer) : 0;
}

} // namespace

RedisSessionStore *RedisSessionStore::create(const QString &host, int port, int db, QObject *parent,
                                             const Redis::RedisCredentials &login)
{
    auto *store = new RedisSessionStore(host, port, db, parent);
    store->m_connection->setCredentials(login);
    store->m_connection->open();
    return store;
}

RedisSessionStore::RedisSessionStore(const QString &host, int port, int db, QObject *parent)
    : QObject(parent)
    , m_connection(new RedisConnection(host, port, db, this))
{
    connect(m_connection, &RedisConnection::up, this, [this] {
        emitEvent(int(SessionEvent::Kind::StoreUp), {}, 0,
                  QStringLiteral("connected to Redis at %1").arg(address()));
    });
    connect(m_connection, &RedisConnection::down, this, [this](const QString &reason) {
        emitEvent(int(SessionEvent::Kind::StoreDown), {}, 0,
                  QStringLiteral("Redis at %1 is unavailable: %2").arg(address(), reason));
    });
}

RedisSessionStore::~RedisSessionStore()
{
    // The connection goes first, while `this` is whole: its pending callbacks capture it.
    delete m_connection;
}

bool RedisSessionStore::isConnected() const
{
    return m_connection->isConnected();
}

QString RedisSessionStore::address() const
{
    return m_connection->address();
}

quint64 RedisSessionStore::roundTrips() const
{
    return m_connection->roundTrips();
}

void RedisSessionStore::setCommandTimeoutMs(int ms)
{
    m_connection->setCommandTimeoutMs(ms);
}

void RedisSessionStore::emitEvent(int kind, const QString &key, qint64 ttlSecs,
                                  const QString &message)
{
    if (ISessionEventSink *sink = eventSink())
        sink->sessionEvent({SessionEvent::Kind(kind), key, ttlSecs, message});
}

Error RedisSessionStore::replyError(const QString &redisKey, const RedisReply &reply) const
{
    const QString text = QString::fromUtf8(reply.string);
    // These say the server cannot serve anyone right now; the rest (WRONGTYPE, a counter
    // that is not an integer, ...) are about what the key holds.
    static const char *const serverStates[] = {"LOADING", "READONLY",   "NOAUTH", "MISCONF",
                                               "BUSY",    "MASTERDOWN", "OOM"};
    const bool serverState = std::any_of(std::begin(serverStates), std::end(serverStates),
                                         [&](const char *p) { return reply.string.startsWith(p); });
    return makeError(
        serverState ? ErrorCode::Unavailable : ErrorCode::InvalidInput,
        QStringLiteral("Redis at %1 refused a command on %2: %3").arg(address(), redisKey, text));
}

void RedisSessionStore::get(const QString &key, GetCallback done)
{
    const QByteArray redisKey = sessionKey(key);
    // GET and TTL pipelined: one round trip.
    m_connection->execute(
        {{"GET", redisKey}, {"TTL", redisKey}},
        [this, key, done = std::move(done)](Result<QList<RedisReply>> replies) {
            if (!replies) {
                done(replies.error());
                return;
            }
            const RedisReply &value = replies->at(0);
            if (value.isError()) {
                done(replyError(QString::fromUtf8(sessionKey(key)), value));
                return;
            }
            if (value.isNil()) {
                emitEvent(int(SessionEvent::Kind::ReadMiss), key, 0);
                done(std::optional<SessionState>());
                return;
            }
            // Whatever is in Redis is outside input: another gateway or a person wrote it.
            nlohmann::json doc;
            QString problem;
            if (Result<nlohmann::json> parsed = parseUntrustedJson(
                    std::string_view(value.string.constData(), value.string.size()));
                !parsed)
                problem = parsed.error().toString();
            else if (!parsed->is_object())
                problem = QStringLiteral("not a JSON object");
            else
                doc = std::move(*parsed);
            if (!problem.isEmpty()) {
                done(makeError(ErrorCode::InvalidInput,
                               QStringLiteral("%1 does not hold a session: %2")
                                   .arg(QString::fromUtf8(sessionKey(key)), problem)));
                return;
            }
            const qint64 ttlSecs = ttlOf(replies->at(1));
            emitEvent(int(SessionEvent::Kind::ReadHit), key, ttlSecs);
            done(std::optional<SessionState>(SessionState(std::move(doc))));
        });
}

void RedisSessionStore::set(const QString &key, const SessionState &session, qint64 ttlSecs,
                            DoneCallback done, bool onlyIfExists)
{
    const QByteArray redisKey = sessionKey(key);
    // Invalid UTF-8 in a plugin's strings is replaced rather than thrown on the data path.
    const std::string json =
        session.json().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    QByteArrayList setCommand{"SET", redisKey, QByteArray::fromStdString(json)};
    if (ttlSecs > 0)
        setCommand << "EX" << QByteArray::number(ttlSecs);
    // Tyk writes sessions it loaded with XX so a key deleted meanwhile is not resurrected.
    if (onlyIfExists)
        setCommand << "XX";
    // EXISTS and SET in one transaction tell Created from Updated in one round trip.
    m_connection->execute(
        {{"MULTI"}, {"EXISTS", redisKey}, setCommand, {"EXEC"}},
        [this, key, ttlSecs, onlyIfExists,
         done = std::move(done)](Result<QList<RedisReply>> replies) {
            if (!replies) {
                done(replies.error());
                return;
            }
            const QString redisKey = QString::fromUtf8(sessionKey(key));
            for (const RedisReply &reply : *replies) {
                if (reply.isError()) {
                    done(replyError(redisKey, reply));
                    return;
                }
            }
            const RedisReply &exec = replies->at(3);
            if (exec.elements.size() != 2) {
                done(makeError(ErrorCode::Internal,
                               QStringLiteral("unexpected EXEC reply writing %1").arg(redisKey)));
                return;
            }
            if (exec.elements.at(1).isError()) {
                done(replyError(redisKey, exec.elements.at(1)));
                return;
            }
            if (onlyIfExists && exec.elements.at(1).isNil()) {
                done(makeError(ErrorCode::NotFound,
                               QStringLiteral("session %1 no longer exists").arg(key)));
                return;
            }
            const bool existed = exec.elements.at(0).integer > 0;
            emitEvent(int(existed ? SessionEvent::Kind::Updated : SessionEvent::Kind::Created), key,
                      ttlSecs > 0 ? ttlSecs : 0);
            done(Result<void>());
        });
}

void RedisSessionStore::remove(const QString &key, DoneCallback done)
{
    m_connection->execute({{"DEL", sessionKey(key)}}, [this, key, done = std::move(done)](
                                                          Result<QList<RedisReply>> replies) {
        if (!replies) {
            done(replies.error());
            return;
        }
        const RedisReply &reply = replies->at(0);
        if (reply.isError()) {
            done(replyError(QString::fromUtf8(sessionKey(key)), reply));
            return;
        }
        if (reply.integer == 0) {
            done(
                makeError(ErrorCode::NotFound, QStringLiteral("no session under key %1").arg(key)));
            return;
        }
        emitEvent(int(SessionEvent::Kind::Deleted), key, 0);
        done(Result<void>());
    });
}

void RedisSessionStore::list(ListCallback done)
{
    scanFrom(QByteArrayLiteral("0"), {}, std::move(done));
}

void RedisSessionStore::scanFrom(const QByteArray &cursor, QStringList found, ListCallback done)
{
    // SCAN never blocks the server the way KEYS does; it may repeat keys, hence the
    // de-duplication at the end (apikey-* matches only sessions, as in Tyk's
    // DefaultSessionManager.Sessions).
    m_connection->execute(
        {{"SCAN", cursor, "MATCH", kSessionPrefix + '*', "COUNT", "1000"}},
        [this, found = std::move(found),
         done = std::move(done)](Result<QList<RedisReply>> replies) mutable {
            if (!replies) {
                done(replies.error());
                return;
            }
            const RedisReply &reply = replies->at(0);
            if (reply.isError() || reply.elements.size() != 2) {
                done(reply.isError()
                         ? replyError(QStringLiteral("apikey-*"), reply)
                         : makeError(ErrorCode::Internal, QStringLiteral("unexpected SCAN reply")));
                return;
            }
            for (const RedisReply &name : reply.elements.at(1).elements)
                found.append(QString::fromUtf8(name.string.mid(kSessionPrefix.size())));
            const QByteArray next = reply.elements.at(0).string;
            if (next == "0") {
                found.removeDuplicates();
                done(found);
                return;
            }
            scanFrom(next, std::move(found), std::move(done));
        });
}

void RedisSessionStore::ttl(const QString &key, TtlCallback done)
{
    m_connection->execute({{"TTL", sessionKey(key)}}, [this, key, done = std::move(done)](
                                                          Result<QList<RedisReply>> replies) {
        if (!replies) {
            done(replies.error());
            return;
        }
        const RedisReply &reply = replies->at(0);
        if (reply.isError()) {
            done(replyError(QString::fromUtf8(sessionKey(key)), reply));
            return;
        }
        if (reply.integer == -2) {
            done(
                makeError(ErrorCode::NotFound, QStringLiteral("no session under key %1").arg(key)));
            return;
        }
        done(ttlOf(reply));
    });
}

void RedisSessionStore::incrementQuota(const QString &key, qint64 renewalSecs, QuotaCallback done)
{
    const QByteArray redisKey = quotaKey(key);
    m_connection->execute(
        {{"EVAL", kQuotaScript, "1", redisKey, QByteArray::number(renewalSecs)}},
        [this, redisKey, done = std::move(done)](Result<QList<RedisReply>> replies) {
            if (!replies) {
                done(replies.error());
                return;
            }
            const RedisReply &reply = replies->at(0);
            if (reply.isError()) {
                done(replyError(QString::fromUtf8(redisKey), reply));
                return;
            }
            if (reply.elements.size() != 2) {
                done(makeError(ErrorCode::Internal, QStringLiteral("unexpected reply counting %1")
                                                        .arg(QString::fromUtf8(redisKey))));
                return;
            }
            done(QuotaCount{reply.elements.at(0).integer, ttlOf(reply.elements.at(1))});
        });
}

void RedisSessionStore::quotaUsed(const QString &key, CountCallback done)
{
    const QByteArray redisKey = quotaKey(key);
    m_connection->execute({{"GET", redisKey}}, [this, redisKey, done = std::move(done)](
                                                   Result<QList<RedisReply>> replies) {
        if (!replies)
            return done(replies.error());
        const RedisReply &reply = replies->at(0);
        if (reply.isError())
            return done(replyError(QString::fromUtf8(redisKey), reply));
        if (reply.isNil())
            return done(std::optional<qint64>());
        // Go's strconv.Atoi: anything that is not an integer counts as 0.
        bool ok = false;
        const qint64 used = reply.string.toLongLong(&ok);
        done(std::optional<qint64>(ok ? used : 0));
    });
}

void RedisSessionStore::resetQuota(const QString &key, DoneCallback done)
{
    const QByteArray redisKey = quotaKey(key);
    m_connection->execute({{"DEL", redisKey}}, [this, redisKey, done = std::move(done)](
                                                   Result<QList<RedisReply>> replies) {
        if (!replies) {
            done(replies.error());
            return;
        }
        if (replies->at(0).isError()) {
            done(replyError(QString::fromUtf8(redisKey), replies->at(0)));
            return;
        }
        done(Result<void>());
    });
}

} // namespace Hb::Session
