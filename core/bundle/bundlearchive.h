// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundle/bundleprogress.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Hb::Bundle {

// What an archive may cost when it is unpacked. Sizes are counted while inflating; the sizes
// an archive declares in its headers are only used to refuse early.
struct ExtractLimits
{
    qint64 maxEntries = 10000;
    qint64 maxTotalBytes = qint64(256) * 1024 * 1024; // uncompressed, all entries together
    // An entry that inflates past `ratioFloorBytes` may be at most `maxRatio` times its
    // compressed size (source text compresses about 3 to 10 times; zeros about 1000 times).
    qint64 maxRatio = 100;
    qint64 ratioFloorBytes = qint64(1) * 1024 * 1024;
};

// Zip files of plugin bundles, with libzip. Stateless; callable from any thread (each call
// opens its own archive).
class BundleArchive
{
public:
    using Entry = QPair<QString, QByteArray>; // entry name, content

    // Unpacks `zipPath` into the directory `destDir`, which must not exist yet. Refuses, with
    // an InvalidInput error naming the entry, anything hostile: absolute names, names that
    // escape with "..", symbolic links and other special files, names with a backslash or a
    // NUL, encrypted entries, compression methods Tyk cannot read, more than
    // `limits.maxEntries` entries, more than `limits.maxTotalBytes` in total, or a
    // compression ratio over the limit. Unpacks into a temporary directory next to `destDir`
    // and renames it into place, so `destDir` either appears complete or not at all; on any
    // failure nothing is left behind. `progress`, when given, hears the bytes inflated so
    // far against the total the archive declares.
    static Result<void> extract(const QString &zipPath, const QString &destDir,
                                const ExtractLimits &limits = {},
                                const ByteProgress &progress = {});

    // Writes a zip holding `entries` in order (deflated; a repeated name keeps the last
    // content, as unpacking Tyk's duplicate entries does). The file gets mode 0755, as
    // `tyk bundle build` writes it, and replaces `zipPath` atomically.
    static Result<void> create(const QString &zipPath, const QList<Entry> &entries);

    // The clean relative path extract() would write `entryName` to, or the InvalidInput error
    // it would refuse the entry with (Tyk's path rules plus the refusals above).
    static Result<QString> checkEntryName(const QString &entryName);

    // The entry names, as stored (UTF-8 decoded), without unpacking anything.
    static Result<QStringList> entryNames(const QString &zipPath, const ExtractLimits &limits = {});
};

} // namespace Hb::Bundle
