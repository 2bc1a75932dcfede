// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hb::Plugin {

// A key/value space plugins write to directly: Tyk's TykGateway.store_data/get_data
// (Python; Redis keys `coprocess-data:<key>`) and goja's TykStorage* helpers (JavaScript;
// `jsvm-store:<key>`), unhashed. Unlike the session store it is called from plugin
// threads, synchronously, because plugin APIs return the value directly; implementations
// are thread-safe and bounded in time. The operations follow Redis's semantics.
class IPluginDataStore
{
public:
    virtual ~IPluginDataStore() = default;
    // SET; ttlSecs <= 0 keeps the value until overwritten.
    virtual Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) = 0;
    // GET; an empty value when the key is absent (Tyk's get_data returns b'').
    virtual Result<QByteArray> get(const QString &key) = 0;
    // GET that tells an absent key (nullopt) from an empty value.
    virtual Result<std::optional<QByteArray>> find(const QString &key) = 0;
    // SET NX (EX ttlSecs when > 0): true when this call stored the value. A negative
    // ttlSecs is an error, as Redis refuses it.
    virtual Result<bool> setIfAbsent(const QString &key, const QByteArray &value,
                                     qint64 ttlSecs) = 0;
    // DEL; removing an absent key is not an error.
    virtual Result<void> remove(const QString &key) = 0;
    // TTL: seconds left, -1 for a key without expiry, -2 for an absent key.
    virtual Result<qint64> timeToLive(const QString &key) = 0;
    // INCR, then EXPIRE ttlSecs when the increment created the key (the value is 1) and
    // ttlSecs > 0. A value that is not an integer is an error.
    virtual Result<qint64> increment(const QString &key, qint64 ttlSecs) = 0;
};

} // namespace Hb::Plugin
