// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlearchive.h"

#include "core/bundle/ziprawdirectory.h"
#include "core/bundle/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <zip.h>

#include <sys/stat.h>

#include <algorithm>
#include <memory>

namespace Hb::Bundle {

namespace {
constexpr quint8 opsysMsdos = 0; // ZIP_OPSYS_DOS, also what FAT/VFAT writers record
constexpr quint32 msdosDirectoryBit = 0x10;
constexpr qint64 chunkSize = 64 * 1024;

struct ZipClose
{
    void operator()(zip_t *za) const { zip_discard(za); }
};
struct ZipFileClose
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipClose>;

// One entry that passed the checks: where it goes and what it may cost.
struct PlannedEntry
{
    zip_uint64_t index = 0;
    QString name;         // as stored, for messages
    QString relativePath; // cleaned, inside the destination; "." for the root itself
    bool isDirectory = false;
    qint64 compressedSize = 0;
};

QString refusedEntry(const QString &entry, const QString &why)
{
    return QStringLiteral("entry \"") + entry + QStringLiteral("\" refused: ") + why;
}

Error badEntry(const QString &entry, const QString &why)
{
    return makeError(ErrorCode::InvalidInput, refusedEntry(entry, why));
}

Error refused(const QString &zipPath, const QString &entry, const QString &why)
{
    return makeError(ErrorCode::InvalidInput,
                     zipPath + QStringLiteral(": ") + refusedEntry(entry, why));
}

Error archiveError(const QString &zipPath, const QString &why)
{
    return makeError(ErrorCode::InvalidInput, zipPath + QStringLiteral(": ") + why);
}

// The entry name as a clean relative path, or an error. Mirrors Tyk's
// internal/sanitize.ZipFilePath (clean, refuse absolute, refuse a result starting with "..",
// which also refuses a top-level "..name"), and refuses what Tyk would mis-handle besides.
Result<QString> cleanEntryPath(const QByteArray &raw)
{
    const QString shown = QString::fromUtf8(raw).replace(QChar(0), QStringLiteral("\\0"));
    if (raw.isEmpty())
        return badEntry(shown, QStringLiteral("empty name"));
    if (raw.contains('\0'))
        return badEntry(shown, QStringLiteral("the name contains a NUL byte"));
    if (raw.contains('\\')) {
        return badEntry(shown,
                        QStringLiteral("the name contains a backslash (Windows path separator)"));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString name = decoder(raw);
    if (decoder.hasError())
        return badEntry(shown, QStringLiteral("the name is not valid UTF-8"));
    if (name.startsWith(u'/'))
        return badEntry(name, QStringLiteral("absolute path"));
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (parts.isEmpty() || parts.last() == u"..")
                return badEntry(name, QStringLiteral("the path escapes the bundle (..)"));
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    const QString cleaned = parts.isEmpty() ? QStringLiteral(".") : parts.join(u'/');
    if (cleaned.startsWith(QStringLiteral("..")))
        return badEntry(name, QStringLiteral("Tyk refuses a path starting with \"..\""));
    return cleaned;
}

// Go's FileHeader.Mode(): Unix writers record st_mode in the high half of the external
// attributes, DOS writers a directory bit; a trailing slash always means a directory.
Result<bool> isDirectoryEntry(const QString &zipPath, const QString &name, zip_t *za,
                              zip_uint64_t index)
{
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(za, index, 0, &opsys, &attributes) != 0)
        return archiveError(zipPath, QString::fromUtf8(zip_strerror(za)));
    bool directory = name.endsWith(u'/');
    if (opsys == ZIP_OPSYS_UNIX) {
        const quint32 type = (attributes >> 16) & S_IFMT;
        if (type == S_IFLNK)
            return refused(zipPath, name, QStringLiteral("symbolic link"));
        if (type != 0 && type != S_IFREG && type != S_IFDIR)
            return refused(zipPath, name, QStringLiteral("not a regular file or directory"));
        directory = directory || type == S_IFDIR;
    } else if (opsys == opsysMsdos) {
        directory = directory || (attributes & msdosDirectoryBit);
    }
    return directory;
}

// Checks every entry before anything is written.
Result<QList<PlannedEntry>> planEntries(const QString &zipPath, zip_t *za,
                                        const QByteArrayList &rawNames, const ExtractLimits &limits,
                                        qint64 *declaredBytes)
{
    QList<PlannedEntry> plan;
    qint64 declaredTotal = 0;
    for (zip_uint64_t i = 0; i < zip_uint64_t(rawNames.size()); ++i) {
        auto path = cleanEntryPath(rawNames.at(qsizetype(i)));
        if (!path)
            return archiveError(zipPath, path.error().message);
        const QString name = QString::fromUtf8(rawNames.at(qsizetype(i)));
        auto directory = isDirectoryEntry(zipPath, name, za, i);
        if (!directory)
            return directory.error();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, i, 0, &st) != 0)
            return archiveError(zipPath, QString::fromUtf8(zip_strerror(za)));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refused(zipPath, name, QStringLiteral("encrypted entries are not supported"));
        // Go's archive/zip, which Tyk unpacks with, reads only these two methods.
        if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE &&
            st.comp_method != ZIP_CM_DEFLATE) {
            return refused(zipPath, name,
                           QStringLiteral("compression method %1 (Tyk reads only stored or "
                                          "deflated entries)")
                               .arg(st.comp_method));
        }
        declaredTotal +=
            qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(limits.maxTotalBytes) + 1));
        if (declaredTotal > limits.maxTotalBytes) {
            return refused(zipPath, name,
                           QStringLiteral("the archive declares more than %1 bytes uncompressed")
                               .arg(limits.maxTotalBytes));
        }
        plan.append(PlannedEntry{i, name, *path, *directory, qint64(st.comp_size)});
    }
    *declaredBytes = declaredTotal;
    return plan;
}

class Inflater
{
public:
    Inflater(const QString &zipPath, zip_t *za, const ExtractLimits &limits,
             const ByteProgress &progress, qint64 declaredBytes)
        : m_zipPath(zipPath)
        , m_za(za)
        , m_limits(limits)
        , m_progress(progress)
        , m_declaredBytes(declaredBytes)
    {}

    Result<void> write(const PlannedEntry &entry, const QString &target)
    {
        std::unique_ptr<zip_file_t, ZipFileClose> in(zip_fopen_index(m_za, entry.index, 0));
        if (!in)
            return refused(m_zipPath, entry.name, QString::fromUtf8(zip_strerror(m_za)));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return makeError(ErrorCode::Io,
                             target + QStringLiteral(": cannot write: ") + out.errorString());
        }
        // The header's sizes are not trusted: bytes are counted as they come out.
        const qint64 ratioLimit = m_limits.maxRatio * std::max<qint64>(entry.compressedSize, 1);
        QByteArray buffer(chunkSize, Qt::Uninitialized);
        qint64 entryBytes = 0;
        while (true) {
            const zip_int64_t n = zip_fread(in.get(), buffer.data(), zip_uint64_t(chunkSize));
            if (n < 0) {
                return refused(m_zipPath, entry.name,
                               QString::fromUtf8(zip_file_strerror(in.get())));
            }
            if (n == 0)
                break;
            entryBytes += n;
            m_total += n;
            if (m_total > m_limits.maxTotalBytes) {
                return refused(m_zipPath, entry.name,
                               QStringLiteral("the archive inflates to more than %1 bytes")
                                   .arg(m_limits.maxTotalBytes));
            }
            if (entryBytes > m_limits.ratioFloorBytes && entryBytes > ratioLimit) {
                return refused(m_zipPath, entry.name,
                               QStringLiteral("compression ratio over %1:1 (a zip bomb?)")
                                   .arg(m_limits.maxRatio));
            }
            if (out.write(buffer.constData(), n) != n) {
                return makeError(ErrorCode::Io,
                                 target + QStringLiteral(": cannot write: ") + out.errorString());
            }
            if (m_progress)
                m_progress(m_total, std::max(m_total, m_declaredBytes));
        }
        if (!out.flush()) {
            return makeError(ErrorCode::Io,
                             target + QStringLiteral(": cannot write: ") + out.errorString());
        }
        return {};
    }

private:
    QString m_zipPath;
    zip_t *m_za;
    ExtractLimits m_limits;
    ByteProgress m_progress;
    qint64 m_declaredBytes = 0;
    qint64 m_total = 0;
};

Result<void> unpackInto(const QString &zipPath, zip_t *za, const QList<PlannedEntry> &plan,
                        const ExtractLimits &limits, const QString &root,
                        const ByteProgress &progress, qint64 declaredBytes)
{
    const QDir dir(root);
    Inflater inflater(zipPath, za, limits, progress, declaredBytes);
    for (const PlannedEntry &entry : plan) {
        if (entry.relativePath == u".")
            continue;
        const QString target = dir.filePath(entry.relativePath);
        // Tyk needs a directory entry before the files in it (its unpacking fails otherwise,
        // and `tyk bundle build` itself writes none); parents are created here so that such
        // bundles still load. Tyk creates directory entries with mode 0700.
        const QString directory = entry.isDirectory ? target : QFileInfo(target).path();
        if (!dir.mkpath(directory)) {
            return makeError(ErrorCode::Io,
                             directory + QStringLiteral(": cannot create the directory"));
        }
        if (entry.isDirectory) {
            QFile::setPermissions(directory,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            continue;
        }
        if (auto ok = inflater.write(entry, target); !ok)
            return ok;
    }
    return {};
}

Result<ZipPtr> openArchive(const QString &zipPath)
{
    int code = 0;
    ZipPtr za(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code));
    if (!za) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return archiveError(zipPath, QStringLiteral("cannot open the zip archive: ") + why);
    }
    return za;
}
} // namespace

Result<void> BundleArchive::extract(const QString &zipPath, const QString &destDir,
                                    const ExtractLimits &limits, const ByteProgress &progress)
{
    auto rawNames = ZipRawDirectory::entryNames(zipPath, limits.maxEntries);
    if (!rawNames)
        return rawNames.error();
    auto za = openArchive(zipPath);
    if (!za)
        return za.error();
    if (zip_get_num_entries(za->get(), 0) != zip_int64_t(rawNames->size()))
        return archiveError(zipPath, QStringLiteral("inconsistent central directory"));
    qint64 declaredBytes = 0;
    auto plan = planEntries(zipPath, za->get(), *rawNames, limits, &declaredBytes);
    if (!plan)
        return plan.error();

    const QFileInfo dest(destDir);
    if (dest.exists() || dest.isSymLink())
        return makeError(ErrorCode::Io, destDir + QStringLiteral(": already exists"));
    const QString parent = dest.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, parent + QStringLiteral(": cannot create the directory"));
    QTemporaryDir staging(parent + QStringLiteral("/.") + dest.fileName() +
                          QStringLiteral(".partial-XXXXXX"));
    if (!staging.isValid()) {
        return makeError(ErrorCode::Io, parent + QStringLiteral(": cannot create a directory: ") +
                                            staging.errorString());
    }
    if (auto ok =
            unpackInto(zipPath, za->get(), *plan, limits, staging.path(), progress, declaredBytes);
        !ok)
        return ok; // `staging` removes what was written
    // rename(2) of a directory is atomic; QDir::rename refuses to replace an existing target.
    if (!QDir().rename(staging.path(), dest.absoluteFilePath())) {
        return makeError(ErrorCode::Io, destDir + QStringLiteral(": cannot move the unpacked "
                                                                 "bundle into place"));
    }
    staging.setAutoRemove(false);
    return {};
}

Result<QString> BundleArchive::checkEntryName(const QString &entryName)
{
    return cleanEntryPath(entryName.toUtf8());
}

Result<QStringList> BundleArchive::entryNames(const QString &zipPath, const ExtractLimits &limits)
{
    auto raw = ZipRawDirectory::entryNames(zipPath, limits.maxEntries);
    if (!raw)
        return raw.error();
    QStringList names;
    for (const QByteArray &name : std::as_const(*raw))
        names.append(QString::fromUtf8(name));
    return names;
}

Result<void> BundleArchive::create(const QString &zipPath, const QList<Entry> &entries)
{
    const auto createError = [&zipPath](const QString &why) {
        return makeError(ErrorCode::Io, zipPath + QStringLiteral(": cannot write the zip: ") + why);
    };
    auto bytes = ZipWriter::write(entries);
    if (!bytes)
        return createError(bytes.error().message);
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly))
        return createError(file.errorString());
    // `tyk bundle build` writes the file with mode 0755 (ioutil.WriteFile's perm); entries
    // keep libzip's regular-file mode (Go's zip.Writer.Create records none).
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return createError(file.errorString());
    return {};
}

} // namespace Hb::Bundle
