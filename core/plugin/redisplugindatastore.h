// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindatastore.h"
#include "core/redis/rediscredentials.h"

#include <QByteArrayList>
#include <QMutex>

#include <memory>
#include <variant>

namespace Hb::Redis {
class RedisBlockingClient;
} // namespace Hb::Redis

namespace Hb::Plugin {

// Plugin data in Redis under `<prefix><key>`, as Tyk stores it: `coprocess-data:` for
// Python's store_data/get_data, `jsvm-store:` for goja's TykStorage*. A blocking
// Redis::RedisBlockingClient with a time budget per command (Tyk: one second for Python, two
// for JS), connected lazily and again after an error; only plugin threads use it.
class RedisPluginDataStore final : public IPluginDataStore
{
public:
    RedisPluginDataStore(QString host, int port, int database,
                         QByteArray prefix = QByteArrayLiteral("coprocess-data:"),
                         int timeoutMs = 1000, const Redis::RedisCredentials &login = {});
    ~RedisPluginDataStore() override;
    Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<QByteArray> get(const QString &key) override;
    Result<std::optional<QByteArray>> find(const QString &key) override;
    Result<bool> setIfAbsent(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<void> remove(const QString &key) override;
    Result<qint64> timeToLive(const QString &key) override;
    Result<qint64> increment(const QString &key, qint64 ttlSecs) override;

private:
    // What a command answered: nil, an integer, a string or status.
    using Reply = std::variant<std::monostate, qint64, QByteArray>;
    // Runs one command, `args` with the key (args[1]) already prefixed; a Redis error reply
    // is an error with Redis's message.
    Result<Reply> command(const QByteArrayList &args);
    QByteArray prefixed(const QString &key) const { return m_prefix + key.toUtf8(); }
    Result<void> connect();

    QByteArray m_prefix;
    QMutex m_mutex;
    std::unique_ptr<Redis::RedisBlockingClient> m_client;
    // When connecting last failed: for a second after it calls fail at once, so plugin
    // threads waiting on the lock do not each wait out the connect timeout.
    qint64 m_failedAtMs = 0;
};

} // namespace Hb::Plugin
