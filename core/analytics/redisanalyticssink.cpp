// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/redisanalyticssink.h"

#include "core/analytics/analyticsmsgpack.h"
#include "core/redis/redisconnection.h"
#include "core/redis/redisreply.h"

#include <QRandomGenerator>
#include <QThread>

namespace Hb::Analytics {

namespace {

// gateway/analytics.go: recordsBufferFlushInterval and recordsBufferForcedFlushInterval.
constexpr int kFlushIntervalMs = 200;
constexpr qint64 kForcedFlushIntervalMs = 1000;
// checkup/checkup.go: minRecordsBufferSize.
constexpr quint64 kMinRecordsBufferSize = 1000;

} // namespace

RedisAnalyticsSink::RedisAnalyticsSink(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_connection(
          new Redis::RedisConnection(m_options.host, m_options.port, m_options.database, this))
{
    m_connection->setCredentials(m_options.login);
    const quint64 buffer = std::max(m_options.recordsBufferSize, kMinRecordsBufferSize);
    const int pool =
        m_options.poolSize > 0 ? m_options.poolSize : std::max(1, QThread::idealThreadCount());
    // Tyk's workerBufferSize; 0 (more workers than buffer) means only the timers send.
    m_batchSize = buffer / quint64(pool);
    // RedisPurger.PurgeCache: 0 means a minute, -1 turns the TTL off.
    m_expireAfter = m_options.storageExpirationTime == 0 ? 60 : m_options.storageExpirationTime;

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kFlushIntervalMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &RedisAnalyticsSink::flush);
    m_expireTimer.setInterval(1000);
    connect(&m_expireTimer, &QTimer::timeout, this, &RedisAnalyticsSink::expireTick);
    m_sinceLastSend.start();
}

RedisAnalyticsSink::~RedisAnalyticsSink()
{
    // The connection goes first, while `this` is whole: its pending callbacks capture it.
    delete m_connection;
}

void RedisAnalyticsSink::open()
{
    m_connection->open();
    if (m_expireAfter != -1)
        m_expireTimer.start();
}

bool RedisAnalyticsSink::isConnected() const
{
    return m_connection->isConnected();
}

void RedisAnalyticsSink::setCommandTimeoutMs(int ms)
{
    m_connection->setCommandTimeoutMs(ms);
}

void RedisAnalyticsSink::recordHit(const AnalyticsRecord &record)
{
    m_buffer.append(AnalyticsMsgpack::encode(record));
    // recordWorker: full batch, or a record arriving a second or more after the last send;
    // otherwise the 200 ms timer restarts with every record.
    const bool full = m_batchSize > 0 && quint64(m_buffer.size()) >= m_batchSize;
    if (full || m_sinceLastSend.elapsed() >= kForcedFlushIntervalMs)
        flush();
    else
        m_idleTimer.start();
}

QByteArray RedisAnalyticsSink::nextKey() const
{
    QByteArray key = kKeyName;
    if (m_options.enableMultipleAnalyticsKeys)
        key += '_' + QByteArray::number(QRandomGenerator::global()->bounded(10));
    return key;
}

void RedisAnalyticsSink::flush()
{
    m_idleTimer.stop();
    if (m_buffer.isEmpty())
        return;
    const QByteArray key = nextKey();
    QList<QByteArrayList> commands;
    commands.reserve(m_buffer.size());
    for (const QByteArray &encoded : std::as_const(m_buffer))
        commands.append({QByteArrayLiteral("RPUSH"), key, encoded});
    const int count = int(m_buffer.size());
    m_buffer.clear();
    m_sinceLastSend.restart();
    m_connection->execute(commands, [this, count, key](Result<QList<Redis::RedisReply>> replies) {
        if (!replies) {
            m_dropped += quint64(count);
            Q_EMIT flushFailed(count, replies.error().message);
            return;
        }
        int failed = 0;
        QString firstError;
        for (const Redis::RedisReply &reply : *replies) {
            if (reply.isError()) {
                if (firstError.isEmpty())
                    firstError = QString::fromUtf8(reply.string);
                ++failed;
            }
        }
        m_pushed += quint64(count - failed);
        m_dropped += quint64(failed);
        if (failed > 0) {
            Q_EMIT flushFailed(failed, QStringLiteral("Redis refused RPUSH %1: %2")
                                           .arg(QString::fromLatin1(key), firstError));
        }
        if (failed < count)
            Q_EMIT flushed(count - failed, QString::fromLatin1(key));
    });
}

void RedisAnalyticsSink::expireTick()
{
    // RedisPurger.PurgeCache: the plain key and _0.._9; GetExp then SetExp where TTL is -1
    // (a key without expiry; -2, absent, is left alone).
    if (!m_connection->isConnected())
        return;
    QList<QByteArray> keys{QByteArray(kKeyName)};
    for (int i = 0; i < 10; ++i)
        keys.append(QByteArray(kKeyName) + '_' + QByteArray::number(i));
    QList<QByteArrayList> ttls;
    for (const QByteArray &key : std::as_const(keys))
        ttls.append({QByteArrayLiteral("TTL"), key});
    const QByteArray seconds = QByteArray::number(m_expireAfter);
    m_connection->execute(ttls, [this, keys, seconds](Result<QList<Redis::RedisReply>> replies) {
        if (!replies)
            return;
        QList<QByteArrayList> expires;
        for (qsizetype i = 0; i < replies->size() && i < keys.size(); ++i) {
            const Redis::RedisReply &r = replies->at(i);
            if (r.type == Redis::RedisReply::Type::Integer && r.integer == -1)
                expires.append({QByteArrayLiteral("EXPIRE"), keys.at(i), seconds});
        }
        if (!expires.isEmpty())
            m_connection->execute(expires, [](Result<QList<Redis::RedisReply>>) {});
    });
}

} // namespace Hb::Analytics
