// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindatastore.h"

#include <QHash>
#include <QMutex>

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

// Plugin data kept in process, for the in-memory session store setup. Expiry follows the
// engine clock, so moving the clock ages the values as it ages sessions.
class MemoryPluginDataStore final : public IPluginDataStore
{
public:
    explicit MemoryPluginDataStore(const IClock &clock)
        : m_clock(clock)
    {}
    Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<QByteArray> get(const QString &key) override;
    Result<std::optional<QByteArray>> find(const QString &key) override;
    Result<bool> setIfAbsent(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<void> remove(const QString &key) override;
    Result<qint64> timeToLive(const QString &key) override;
    Result<qint64> increment(const QString &key, qint64 ttlSecs) override;

private:
    struct Entry
    {
        QByteArray value;
        qint64 expiresAtSecs = 0; // 0 = never
    };
    // The live entry for `key`, dropping it if it has expired; null when there is none.
    // Called with m_mutex held.
    Entry *live(const QString &key);

    const IClock &m_clock;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Hb::Plugin
