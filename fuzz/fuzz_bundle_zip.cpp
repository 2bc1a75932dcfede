// SPDX-License-Identifier: GPL-3.0-or-later
// A bundle zip, as the resolver unpacks a downloaded bundle: the input is written to a file,
// its raw central directory is read (ZipRawDirectory), its names listed and it is unpacked
// (BundleArchive) into a directory that is removed afterwards. Limits are small so a zip bomb
// is refused quickly rather than filling the disk.
#include "core/bundle/bundlearchive.h"
#include "core/bundle/ziprawdirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Bundle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir work;
    const QString zipPath = work.filePath(QStringLiteral("bundle.zip"));
    const QString destDir = work.filePath(QStringLiteral("unpacked"));
    {
        QFile file(zipPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap(); // the harness itself is broken
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ExtractLimits limits;
    limits.maxEntries = 64;
    limits.maxTotalBytes = 1 << 20;
    limits.ratioFloorBytes = 64 * 1024;
    (void)ZipRawDirectory::entryNames(zipPath, limits.maxEntries);
    (void)BundleArchive::entryNames(zipPath, limits);
    const Result<void> extracted = BundleArchive::extract(zipPath, destDir, limits);
    if (!extracted && QFileInfo::exists(destDir))
        __builtin_trap(); // a refused archive leaves nothing behind
    QDir(destDir).removeRecursively();
    return 0;
}
