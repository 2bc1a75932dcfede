// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace Hb::Plugin {

// The key/value space behind Tyk's TykGateway.store_data/get_data (Python) and the JS
// storage helpers: Redis keys `coprocess-data:<key>`, unhashed. Unlike the session store
// it is called from plugin threads, synchronously, because plugin APIs return the value
// directly; implementations are thread-safe and bounded in time.
class IPluginDataStore
{
public:
    virtual ~IPluginDataStore() = default;
    // ttlSecs <= 0 keeps the value until overwritten.
    virtual Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) = 0;
    // An empty value when the key is absent (Tyk returns b'').
    virtual Result<QByteArray> get(const QString &key) = 0;
};

} // namespace Hb::Plugin
