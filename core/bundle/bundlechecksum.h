// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hb::Bundle {

// The digests a bundle is checked and signed with (Tyk: gateway/coprocess_bundle.go,
// defaultBundleVerifyFunction): both run over the concatenation of the file_list files' contents,
// in list order, with nothing in between. Stateless; callable from any thread.
class BundleChecksum
{
public:
    struct Digest
    {
        QString md5Hex;    // the manifest's `checksum`: lowercase hex
        QByteArray sha256; // 32 raw bytes: what the signature signs
    };

    // Reads each entry of `fileList` from `baseDir` (joined and cleaned like Go's
    // filepath.Join). A missing or unreadable file is an error naming it.
    static Result<Digest> compute(const QStringList &fileList, const QString &baseDir);
    // The digests of bytes already in memory (the concatenation itself).
    static Digest ofBytes(const QByteArray &concatenation);
    // Go's filepath.Join(baseDir, entry): an absolute entry still lands under baseDir.
    static QString joinPath(const QString &baseDir, const QString &entry);
};

} // namespace Hb::Bundle
