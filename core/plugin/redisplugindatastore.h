// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindatastore.h"

#include <QMutex>

struct redisContext;

namespace Hb::Plugin {

// Plugin data in Redis under `coprocess-data:<key>`, as Tyk stores it. A blocking hiredis
// connection with Tyk's one-second budget per call, made lazily and again after an error;
// only plugin threads use it.
class RedisPluginDataStore final : public IPluginDataStore
{
public:
    RedisPluginDataStore(QString host, int port, int database);
    ~RedisPluginDataStore() override;
    Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<QByteArray> get(const QString &key) override;

private:
    Result<void> connect();
    void drop();

    QString m_host;
    int m_port;
    int m_database;
    QMutex m_mutex;
    redisContext *m_context = nullptr;
};

} // namespace Hb::Plugin
