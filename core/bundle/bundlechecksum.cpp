// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlechecksum.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hb::Bundle {

QString BundleChecksum::joinPath(const QString &baseDir, const QString &entry)
{
    if (baseDir.isEmpty())
        return QDir::cleanPath(entry);
    return QDir::cleanPath(baseDir + u'/' + entry);
}

Result<BundleChecksum::Digest> BundleChecksum::compute(const QStringList &fileList,
                                                       const QString &baseDir)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    for (const QString &entry : fileList) {
        const QString path = joinPath(baseDir, entry);
        QFile file(path);
        if (!QFileInfo::exists(path)) {
            return makeError(ErrorCode::NotFound, QStringLiteral("file_list entry \"") + entry +
                                                      QStringLiteral("\": ") + path +
                                                      QStringLiteral(": file does not exist"));
        }
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, QStringLiteral("file_list entry \"") + entry +
                                                QStringLiteral("\": cannot read ") + path +
                                                QStringLiteral(": ") + file.errorString());
        }
        // Streamed, so a large file is never held in memory at once.
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(64 * 1024);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
                return makeError(ErrorCode::Io, QStringLiteral("cannot read ") + path +
                                                    QStringLiteral(": ") + file.errorString());
            }
            md5.addData(chunk);
            sha256.addData(chunk);
        }
    }
    return Digest{QString::fromLatin1(md5.result().toHex()), sha256.result()};
}

BundleChecksum::Digest BundleChecksum::ofBytes(const QByteArray &concatenation)
{
    return Digest{QString::fromLatin1(
                      QCryptographicHash::hash(concatenation, QCryptographicHash::Md5).toHex()),
                  QCryptographicHash::hash(concatenation, QCryptographicHash::Sha256)};
}

} // namespace Hb::Bundle
