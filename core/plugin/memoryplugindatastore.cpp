// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/memoryplugindatastore.h"

#include "core/common/iclock.h"

#include <charconv>
#include <limits>

namespace Hb::Plugin {

namespace {
// Redis's own wording, so a plugin sees the same message on either store.
Error redisError(const char *message)
{
    return makeError(ErrorCode::InvalidInput, QString::fromLatin1(message));
}

// A value INCR accepts: a base-10 signed 64-bit integer with no sign, space or leading
// zero it would not write itself (Redis's string2ll).
std::optional<qint64> redisInteger(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 20)
        return std::nullopt;
    const char *begin = value.constData();
    const char *end = begin + value.size();
    const char *digits = *begin == '-' ? begin + 1 : begin;
    if (digits == end || (*digits == '0' && (end - digits > 1 || digits != begin)))
        return std::nullopt;
    qint64 n = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, n);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return n;
}
} // namespace

MemoryPluginDataStore::Entry *MemoryPluginDataStore::live(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    if (it->expiresAtSecs > 0 && it->expiresAtSecs <= m_clock.nowSecs()) {
        m_entries.erase(it);
        return nullptr;
    }
    return &*it;
}

Result<void> MemoryPluginDataStore::set(const QString &key, const QByteArray &value, qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(key, {value, ttlSecs > 0 ? m_clock.nowSecs() + ttlSecs : 0});
    return {};
}

Result<QByteArray> MemoryPluginDataStore::get(const QString &key)
{
    Result<std::optional<QByteArray>> found = find(key);
    if (!found)
        return found.error();
    return found->value_or(QByteArray());
}

Result<std::optional<QByteArray>> MemoryPluginDataStore::find(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (const Entry *e = live(key))
        return std::optional<QByteArray>(e->value);
    return std::optional<QByteArray>();
}

Result<bool> MemoryPluginDataStore::setIfAbsent(const QString &key, const QByteArray &value,
                                                qint64 ttlSecs)
{
    if (ttlSecs < 0)
        return redisError("ERR invalid expire time in 'set' command");
    const QMutexLocker lock(&m_mutex);
    if (live(key))
        return false;
    m_entries.insert(key, {value, ttlSecs > 0 ? m_clock.nowSecs() + ttlSecs : 0});
    return true;
}

Result<void> MemoryPluginDataStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
    return {};
}

Result<qint64> MemoryPluginDataStore::timeToLive(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const Entry *e = live(key);
    if (!e)
        return qint64(-2);
    if (e->expiresAtSecs == 0)
        return qint64(-1);
    return e->expiresAtSecs - m_clock.nowSecs();
}

Result<qint64> MemoryPluginDataStore::increment(const QString &key, qint64 ttlSecs)
{
    const QMutexLocker lock(&m_mutex);
    Entry *e = live(key);
    qint64 value = 0;
    if (e) {
        const std::optional<qint64> current = redisInteger(e->value);
        if (!current)
            return redisError("ERR value is not an integer or out of range");
        if (*current == std::numeric_limits<qint64>::max())
            return redisError("ERR increment or decrement would overflow");
        value = *current + 1;
        e->value = QByteArray::number(value);
    } else {
        value = 1;
        e = &*m_entries.insert(key, {QByteArray("1"), 0});
    }
    if (value == 1 && ttlSecs > 0)
        e->expiresAtSecs = m_clock.nowSecs() + ttlSecs;
    return value;
}

} // namespace Hb::Plugin
