// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/unsavedbuffer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hb::Ui {

namespace {
constexpr int FormatVersion = 1;
} // namespace

FileFingerprint FileFingerprint::of(const QString &path, const QByteArray &bytes)
{
    FileFingerprint f;
    f.exists = true;
    f.size = bytes.size();
    f.modified = QFileInfo(path).lastModified().toUTC();
    f.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return f;
}

FileFingerprint FileFingerprint::ofFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return of(path, file.readAll());
}

bool FileFingerprint::sameContent(const FileFingerprint &other) const
{
    return exists == other.exists && (!exists || (size == other.size && sha256 == other.sha256));
}

QString UnsavedBuffer::keyFor(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool UnsavedBuffer::isOf(const QString &path) const
{
    return !path.isEmpty() && keyFor(path) == keyFor(file);
}

QByteArray UnsavedBuffer::serialize() const
{
    QJsonObject baseJson{{QStringLiteral("exists"), base.exists}};
    if (base.exists) {
        baseJson.insert(QStringLiteral("size"), base.size);
        baseJson.insert(QStringLiteral("modified"), base.modified.toString(Qt::ISODateWithMs));
        baseJson.insert(QStringLiteral("sha256"), QString::fromLatin1(base.sha256));
    }
    const QJsonObject root{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("file"), file},
        {QStringLiteral("writtenAt"), writtenAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("base"), baseJson},
        {QStringLiteral("text"), text},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<UnsavedBuffer> UnsavedBuffer::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Hb::Ui::UnsavedBuffer", "not JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != FormatVersion)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Hb::Ui::UnsavedBuffer",
                                                     "not a recovery copy of a known format"));
    const QJsonValue file = root.value(QStringLiteral("file"));
    const QJsonValue text = root.value(QStringLiteral("text"));
    if (!file.isString() || file.toString().isEmpty() || !text.isString())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Hb::Ui::UnsavedBuffer",
                                                     "the file name or the text is missing"));
    UnsavedBuffer buffer;
    buffer.file = file.toString();
    buffer.text = text.toString();
    buffer.writtenAt = QDateTime::fromString(root.value(QStringLiteral("writtenAt")).toString(),
                                             Qt::ISODateWithMs);
    const QJsonObject base = root.value(QStringLiteral("base")).toObject();
    buffer.base.exists = base.value(QStringLiteral("exists")).toBool();
    buffer.base.size = base.value(QStringLiteral("size")).toInteger();
    buffer.base.modified =
        QDateTime::fromString(base.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    buffer.base.sha256 = base.value(QStringLiteral("sha256")).toString().toLatin1();
    return buffer;
}

} // namespace Hb::Ui
