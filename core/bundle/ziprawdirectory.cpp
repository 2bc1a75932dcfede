// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/ziprawdirectory.h"

#include <QFile>

#include <algorithm>

namespace Hb::Bundle {

namespace {
constexpr qint64 eocdSize = 22;
constexpr qint64 maxCommentSize = 0xFFFF;
constexpr qint64 zip64LocatorSize = 20;
constexpr qint64 zip64EocdSize = 56;
constexpr qint64 centralHeaderSize = 46;

quint64 le(const QByteArray &bytes, qint64 at, int width)
{
    quint64 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

Error corrupt(const QString &zipPath, const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     zipPath + QStringLiteral(": not a valid zip archive (") + what + u')');
}

struct Directory
{
    quint64 entries = 0;
    quint64 size = 0;
    quint64 offset = 0;
};

// Finds the end-of-central-directory record (and its ZIP64 form when the classic fields are
// saturated) within the last 64 KiB + 22 bytes of the file.
Result<Directory> locateDirectory(QFile &file, const QString &zipPath)
{
    const qint64 fileSize = file.size();
    const qint64 tailSize = std::min(fileSize, eocdSize + maxCommentSize + zip64LocatorSize);
    if (fileSize < eocdSize || !file.seek(fileSize - tailSize))
        return corrupt(zipPath, QStringLiteral("too short"));
    const QByteArray tail = file.read(tailSize);
    if (tail.size() != tailSize)
        return corrupt(zipPath, QStringLiteral("cannot read its end"));
    qint64 at = -1;
    for (qint64 i = tail.size() - eocdSize; i >= 0; --i) {
        if (tail.at(i) == 'P' && tail.at(i + 1) == 'K' && tail.at(i + 2) == 5 &&
            tail.at(i + 3) == 6 && i + eocdSize + qint64(le(tail, i + 20, 2)) <= tail.size()) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return corrupt(zipPath, QStringLiteral("no end of central directory"));
    Directory d{le(tail, at + 10, 2), le(tail, at + 12, 4), le(tail, at + 16, 4)};
    const bool zip64 = d.entries == 0xFFFF || d.size == 0xFFFFFFFF || d.offset == 0xFFFFFFFF;
    if (!zip64)
        return d;
    const qint64 locator = at - zip64LocatorSize;
    if (locator < 0 || tail.mid(locator, 4) != QByteArray("PK\x06\x07", 4))
        return corrupt(zipPath, QStringLiteral("ZIP64 locator missing"));
    const quint64 recordOffset = le(tail, locator + 8, 8);
    if (recordOffset > quint64(fileSize) - zip64EocdSize || !file.seek(qint64(recordOffset)))
        return corrupt(zipPath, QStringLiteral("ZIP64 record out of range"));
    const QByteArray record = file.read(zip64EocdSize);
    if (record.size() != zip64EocdSize || !record.startsWith(QByteArray("PK\x06\x06", 4)))
        return corrupt(zipPath, QStringLiteral("ZIP64 record missing"));
    return Directory{le(record, 32, 8), le(record, 40, 8), le(record, 48, 8)};
}
} // namespace

Result<QByteArrayList> ZipRawDirectory::entryNames(const QString &zipPath, qint64 maxEntries)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         zipPath + QStringLiteral(": cannot read: ") + file.errorString());
    }
    auto directory = locateDirectory(file, zipPath);
    if (!directory)
        return directory.error();
    const Directory &d = *directory;
    if (d.entries > quint64(maxEntries)) {
        return makeError(ErrorCode::InvalidInput,
                         zipPath + QStringLiteral(": %1 entries, more than the limit of %2")
                                       .arg(d.entries)
                                       .arg(maxEntries));
    }
    if (d.offset > quint64(file.size()) || d.size > quint64(file.size()) - d.offset ||
        !file.seek(qint64(d.offset)))
        return corrupt(zipPath, QStringLiteral("central directory out of range"));
    const QByteArray cd = file.read(qint64(d.size));
    if (cd.size() != qint64(d.size))
        return corrupt(zipPath, QStringLiteral("cannot read the central directory"));

    QByteArrayList names;
    qint64 at = 0;
    for (quint64 i = 0; i < d.entries; ++i) {
        if (at + centralHeaderSize > cd.size() || cd.mid(at, 4) != QByteArray("PK\x01\x02", 4))
            return corrupt(zipPath, QStringLiteral("bad central directory entry %1").arg(i));
        const qint64 nameLength = qint64(le(cd, at + 28, 2));
        const qint64 extraLength = qint64(le(cd, at + 30, 2));
        const qint64 commentLength = qint64(le(cd, at + 32, 2));
        const qint64 next = at + centralHeaderSize + nameLength + extraLength + commentLength;
        if (next > cd.size())
            return corrupt(zipPath, QStringLiteral("bad central directory entry %1").arg(i));
        names.append(cd.mid(at + centralHeaderSize, nameLength));
        at = next;
    }
    return names;
}

} // namespace Hb::Bundle
