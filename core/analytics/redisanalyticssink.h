// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ianalyticssink.h"
#include "core/redis/rediscredentials.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Hb::Redis {
class RedisConnection;
}

namespace Hb::Analytics {

// Tyk's Redis analytics handler (gateway/analytics.go, RedisAnalyticsHandler.recordWorker, and
// gateway/redis_analytics_purger.go, RedisPurger): records encoded with msgpack are RPUSHed to
// the list "analytics-tyk-system-analytics" (or "_0".."_9" at random per flush with
// enable_multiple_analytics_keys), one RPUSH per record in one non-transactional pipeline per
// batch; every second, each of those keys that has no TTL gets EXPIRE storage_expiration_time.
//
// Simplified from Tyk, honestly: one queue stands for the pool of workers. A batch is
// records_buffer_size / pool_size records (Tyk's workerBufferSize); it is sent when full, when
// a record arrives 1 s or more after the last send, or 200 ms after the last record. Tyk's
// channel applies back-pressure when full; here nothing ever blocks, and a batch that Redis
// refuses or that fails because Redis is down is dropped (Tyk logs and drops it as well).
//
// Lives on the engine thread (any thread with an event loop); every method is called there.
// Owns its Redis connection (non-blocking, reconnecting).
class RedisAnalyticsSink final : public QObject, public IAnalyticsSink
{
    Q_OBJECT

public:
    struct Options
    {
        QString host = QStringLiteral("localhost");
        int port = 6379;
        int database = 0;
        Redis::RedisCredentials login; // tyk.conf storage.username / password
        // analytics_config.records_buffer_size (below 1000 raised to 1000, Tyk's checkup) and
        // pool_size (0 = the CPU count, as Tyk): the batch is their quotient.
        quint64 recordsBufferSize = 1000;
        int poolSize = 0;
        // analytics_config.storage_expiration_time: 0 = 60 s, -1 = never set a TTL.
        int storageExpirationTime = 60;
        bool enableMultipleAnalyticsKeys = false;
    };

    static constexpr const char *kKeyName = "analytics-tyk-system-analytics";

    explicit RedisAnalyticsSink(Options options, QObject *parent = nullptr);
    ~RedisAnalyticsSink() override;

    // Connects (asynchronously) and starts the expiry ticker.
    void open();

    // Encodes the record and queues it; may send the batch.
    void recordHit(const AnalyticsRecord &record) override;
    // Sends what is queued now (e.g. before shutting down; wait for flushed()).
    void flush();

    // Records per batch, as computed from the options.
    quint64 batchSize() const { return m_batchSize; }
    int expireAfterSecs() const { return m_expireAfter; }
    qsizetype queued() const { return m_buffer.size(); }
    quint64 pushedCount() const { return m_pushed; }
    quint64 droppedCount() const { return m_dropped; }
    bool isConnected() const;
    void setCommandTimeoutMs(int ms);

Q_SIGNALS:
    // A batch was appended to `key` (RPUSH replied for every record).
    void flushed(int records, const QString &key);
    // A batch was lost (Redis down, or an error reply); `message` says why.
    void flushFailed(int records, const QString &message);

private:
    QByteArray nextKey() const;
    void expireTick();

    Options m_options;
    Redis::RedisConnection *m_connection = nullptr;
    quint64 m_batchSize = 0;
    int m_expireAfter = 60;
    QByteArrayList m_buffer;
    QElapsedTimer m_sinceLastSend;
    QTimer m_idleTimer;
    QTimer m_expireTimer;
    quint64 m_pushed = 0;
    quint64 m_dropped = 0;
};

} // namespace Hb::Analytics
