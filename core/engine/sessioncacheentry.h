// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Hb::Engine {

// One ID-extractor cache entry as the session inspector shows it.
struct SessionCacheEntry
{
    QString storageKey;  // the key as stored (without "apikey-")
    QString cacheKey;    // generateToken(org, md5(id)) before key hashing
    QByteArray rawId;    // the extracted id, when this engine saw it
    QString apiId;       // the API that last used it
    QString driver;      // its auth plugin's driver (python, lua, grpc)
    qint64 deadline = 0; // id_extractor_deadline, Unix seconds; 0 = none
    int hits = 0;
    int misses = 0;
    qint64 lastUsedNs = 0;
    bool expired = false; // the deadline has passed: the next request calls the plugin
};

} // namespace Hb::Engine
