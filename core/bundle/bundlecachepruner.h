// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Hb::Bundle {

// Keeps the bundle cache (`--bundle-cache`, default ~/.cache/hookbench/bundles) from growing
// without bound: every zip version a reload unpacks stays there (BundleResolver never
// overwrites one, so requests in flight keep their files). After a reload, unpacked
// directories no loaded API uses are removed once they are `minAge` old, and while the
// cache is over `maxBytes` the least recently written unused ones go first, whatever their
// age past a minute. Only the resolver's own directories (`<32 hex>-<16 hex>`) are touched:
// downloaded zips (`downloads/`, which Tyk keeps) and anything else stay.
class BundleCachePruner
{
public:
    struct Limits
    {
        std::chrono::seconds minAge{3600};
        qint64 maxBytes = qint64(2) << 30;
    };

    // `inUse`: the unpacked directories the loaded APIs' plugins come from (absolute). A merged
    // bundle's sub-directories link to other unpacked directories: those count as in use too.
    // Returns the directories removed.
    static QStringList prune(const QString &cacheDir, const QSet<QString> &inUse, Limits limits);
    static QStringList prune(const QString &cacheDir, const QSet<QString> &inUse)
    {
        return prune(cacheDir, inUse, Limits{});
    }
};

} // namespace Hb::Bundle
