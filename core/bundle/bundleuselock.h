// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace Hb::Bundle {

// Marks an unpacked bundle directory as in use for as long as the lock lives: a shared
// flock(2) on `<directory>.lock` beside it. Plugins loaded from the directory keep the lock
// (PluginCode::bundleUse), and BundleCachePruner removes a directory only when it can take the
// lock exclusively, so no process sharing the cache (the GUI and `serve`, or requests still
// running on an older version) loses files under it. Kernel locks go with the process, so a
// crashed one leaves nothing held.
class BundleUseLock
{
public:
    // Null when the lock file cannot be opened (a read-only cache): the directory is then
    // simply not protected.
    static std::shared_ptr<const BundleUseLock> take(const QString &directory);
    ~BundleUseLock();
    BundleUseLock(const BundleUseLock &) = delete;
    BundleUseLock &operator=(const BundleUseLock &) = delete;

    // For the pruner: runs `remove` while holding `<directory>.lock` exclusively, and deletes
    // the lock file after; false (nothing run) when any process holds it.
    static bool whileUnused(const QString &directory, const std::function<bool()> &remove);

private:
    explicit BundleUseLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace Hb::Bundle
