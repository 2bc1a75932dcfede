// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindatastore.h"

#include <QHash>
#include <QMutex>

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

// Plugin data kept in process, for the in-memory session store setup.
class MemoryPluginDataStore final : public IPluginDataStore
{
public:
    explicit MemoryPluginDataStore(const IClock &clock)
        : m_clock(clock)
    {}
    Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<QByteArray> get(const QString &key) override;

private:
    struct Entry
    {
        QByteArray value;
        qint64 expiresAtSecs = 0; // 0 = never
    };
    const IClock &m_clock;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Hb::Plugin
