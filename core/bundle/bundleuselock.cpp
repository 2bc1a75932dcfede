// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundleuselock.h"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hb::Bundle {

namespace {
int openLockFile(const QString &directory)
{
    const QByteArray path = QFile::encodeName(directory + QStringLiteral(".lock"));
    return ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}
} // namespace

std::shared_ptr<const BundleUseLock> BundleUseLock::take(const QString &directory)
{
    const QByteArray path = QFile::encodeName(directory + QStringLiteral(".lock"));
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = openLockFile(directory);
        if (fd < 0)
            return nullptr;
        // Waits while a pruner removes this version (it then gets unpacked again).
        int locked;
        do {
            locked = ::flock(fd, LOCK_SH);
        } while (locked != 0 && errno == EINTR);
        if (locked != 0) {
            ::close(fd);
            return nullptr;
        }
        // A pruner that held it may have deleted the file meanwhile: a lock on a deleted file
        // protects nothing, so lock the one now at the path.
        struct stat held
        {};
        struct stat now
        {};
        if (::fstat(fd, &held) == 0 && ::stat(path.constData(), &now) == 0 &&
            held.st_ino == now.st_ino && held.st_dev == now.st_dev)
            return std::shared_ptr<const BundleUseLock>(new BundleUseLock(fd));
        ::close(fd);
    }
    return nullptr;
}

BundleUseLock::~BundleUseLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

bool BundleUseLock::whileUnused(const QString &directory, const std::function<bool()> &remove)
{
    const int fd = openLockFile(directory);
    if (fd < 0)
        return false;
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        removed = remove();
        if (removed)
            QFile::remove(directory + QStringLiteral(".lock"));
    }
    ::close(fd);
    return removed;
}

} // namespace Hb::Bundle
