// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/memoryplugindatastore.h"

#include "core/common/iclock.h"

namespace Hb::Plugin {

Result<void> MemoryPluginDataStore::set(const QString &key, const QByteArray &value, qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(key, {value, ttlSecs > 0 ? m_clock.nowSecs() + ttlSecs : 0});
    return {};
}

Result<QByteArray> MemoryPluginDataStore::get(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return QByteArray();
    if (it->expiresAtSecs > 0 && it->expiresAtSecs <= m_clock.nowSecs()) {
        m_entries.erase(it);
        return QByteArray();
    }
    return it->value;
}

} // namespace Hb::Plugin
