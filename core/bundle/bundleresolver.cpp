// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundleresolver.h"

#include "core/bundle/bundlearchive.h"
#include "core/bundle/bundlechecksum.h"
#include "core/bundle/bundledownloader.h"
#include "core/bundle/bundlemerger.h"
#include "core/bundle/bundleuselock.h"
#include "core/bundle/bundleverifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QSet>
#include <QTemporaryDir>

#include <optional>

namespace Hb::Bundle {

namespace {
const QString manifestName = QStringLiteral("manifest.json");
constexpr int versionHexDigits = 16;

Error bundleError(const QString &name, const Error &cause)
{
    Error e = cause;
    e.message = QStringLiteral("bundle \"") + name + QStringLiteral("\": ") + cause.message;
    return e;
}

Error bundleError(const QString &name, ErrorCode code, const QString &message)
{
    return bundleError(name, makeError(code, message));
}

Error withPath(const QString &path, Error e)
{
    e.message = path + QStringLiteral(": ") + e.message;
    return e;
}

void addFramed(QCryptographicHash &hash, const QByteArray &label, const QByteArray &content)
{
    // Names and lengths framed, so moving bytes from one file into the next changes the hash.
    hash.addData(label);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(content.size()));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(content);
}

// sha256 over manifest.json and the file_list files. A file that is missing (possible in an
// unsigned bundle directory, which Tyk does not check) counts as absent, not as an error.
QByteArray contentHashOf(const QString &directory, const BundleManifest &manifest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto read = [](const QString &path) -> std::optional<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.readAll();
    };
    addFramed(hash, manifestName.toUtf8(),
              read(QDir(directory).filePath(manifestName)).value_or(QByteArray()));
    for (const QString &entry : manifest.fileList) {
        const auto content = read(BundleChecksum::joinPath(directory, entry));
        addFramed(hash, entry.toUtf8() + (content ? QByteArray() : QByteArray("\0missing", 8)),
                  content.value_or(QByteArray()));
    }
    return hash.result();
}

Result<QString> sha256HexOfFile(const QString &path, const ByteProgress &progress)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto unreadable = [&] {
        return makeError(ErrorCode::Io,
                         path + QStringLiteral(": cannot read: ") + file.errorString());
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable();
    const qint64 size = file.size();
    constexpr qint64 chunk = 1024 * 1024;
    QByteArray buffer(chunk, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        const qint64 n = file.read(buffer.data(), chunk);
        if (n < 0)
            return unreadable();
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress)
            progress(done, std::max(done, size));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Tyk's single-bundle rule: split only when there is a comma or surrounding space.
QStringList splitNames(const QString &names)
{
    QStringList out;
    for (const QString &part : names.split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}
} // namespace

BundleResolver::BundleResolver(BundleSourceOptions options)
    : m_options(std::move(options))
{}

QString BundleResolver::bundleIdOf(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString BundleResolver::subdirectoryOf(const QString &name)
{
    // Go's filepath.Ext: from the last dot of the last path element.
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype dot = name.lastIndexOf(u'.');
    QString clean = dot > slash ? name.left(dot) : name;
    clean.replace(u'/', QStringLiteral("__")).replace(u'\\', QStringLiteral("__"));
    if (clean.isEmpty()) {
        const QByteArray sum = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
        return QStringLiteral("bundle_") + QString::fromLatin1(sum.left(6).toHex());
    }
    return clean;
}

Result<ResolvedBundle> BundleResolver::resolve(const QString &name) const
{
    const QStringList names = splitNames(name);
    if (names.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no bundle name given"));
    if (names.size() == 1 && names.first() == name)
        return resolveOne(name);
    return resolveMerged(name, names);
}

Result<QString> BundleResolver::locate(const QString &name) const
{
    QString base = m_options.bundlesDir;
    if (base.isEmpty()) {
        const QString url = m_options.bundleBaseUrl;
        if (url.isEmpty()) {
            return bundleError(name, ErrorCode::InvalidInput,
                               QStringLiteral("No bundle base URL set, skipping bundle"));
        }
        if (url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive) ||
            url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive))
            return download(name, url);
        // Tyk's file getter strips "file://" from the joined URL, so "file:///abs" is an
        // absolute path and "file://rel" a relative one.
        if (url.startsWith(QStringLiteral("file://"), Qt::CaseInsensitive))
            base = url.mid(7);
        else if (url.contains(QStringLiteral("://")))
            return bundleError(name, ErrorCode::InvalidInput, QStringLiteral("Unknown URL scheme"));
        else
            base = url; // a plain path: Hookbench's convenience (Tyk wants a URL)
    }
    // Go's path.Join(base, name).
    return QDir::cleanPath(base + u'/' + name);
}

QString BundleResolver::downloadsDir() const
{
    return QDir(m_options.cacheDir).filePath(QStringLiteral("downloads"));
}

Result<QString> BundleResolver::download(const QString &name, const QString &baseUrl) const
{
    if (!m_options.enableBundleDownloader)
        return bundleError(name, ErrorCode::InvalidInput,
                           QStringLiteral("Bundle downloader is disabled"));
    if (m_options.cacheDir.isEmpty())
        return bundleError(name, ErrorCode::InvalidInput,
                           QStringLiteral("no cache directory to download the bundle into"));
    // Go's url.Parse, then path.Join(u.Path, name).
    QUrl url(baseUrl);
    url.setPath(QDir::cleanPath(url.path() + u'/' + name));
    const QString where = url.toString();
    // Tyk downloads a bundle once: while its unpacked copy is there it is used as it is, a
    // changed bundle on the server included (give it a new name, as with Tyk).
    const QString file =
        QDir(downloadsDir())
            .filePath(
                QString::fromLatin1(
                    QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Md5).toHex()) +
                QStringLiteral(".zip"));
    if (QFileInfo(file).isFile())
        return file;
    BundleDownloader::Options options;
    options.insecureSkipVerify = m_options.insecureSkipVerify && url.scheme() == u"https";
    if (m_options.progress)
        options.progress = [this, &name](qint64 done, qint64 total) {
            report(name, BundleProgress::Stage::Downloading, done, total);
        };
    report(name, BundleProgress::Stage::Downloading, 0, 0);
    Result<QByteArray> body = BundleDownloader::fetch(url, options);
    if (!body)
        return bundleError(name, makeError(body.error().code,
                                           where + QStringLiteral(": ") + body.error().message));
    QSaveFile out(file);
    if (!QDir().mkpath(downloadsDir()) || !out.open(QIODevice::WriteOnly) ||
        out.write(*body) != body->size() || !out.commit())
        return bundleError(name, ErrorCode::Io,
                           QStringLiteral("cannot write the downloaded bundle to %1").arg(file));
    return file;
}

Result<ResolvedBundle> BundleResolver::resolveOne(const QString &name) const
{
    auto path = locate(name);
    if (!path)
        return path.error();
    const QFileInfo info(*path);
    if (info.isDir())
        return resolveDirectory(name, *path);
    if (info.isFile())
        return resolveZip(name, *path);
    return bundleError(name, ErrorCode::NotFound,
                       *path + QStringLiteral(": no such bundle (neither a zip nor a directory)"));
}

Result<ResolvedBundle> BundleResolver::resolveDirectory(const QString &name,
                                                        const QString &path) const
{
    auto manifest = BundleManifest::fromFile(QDir(path).filePath(manifestName));
    if (!manifest)
        return bundleError(name, manifest.error());
    // An existing directory gets Tyk's partial verification.
    if (auto ok =
            BundleVerifier::verifyDirectory(path, *manifest, VerifyMode::Partial,
                                            m_options.publicKeyPath, m_options.skipVerifyExisting);
        !ok)
        return bundleError(name, withPath(path, ok.error()));
    return ResolvedBundle{name, bundleIdOf(name), path, *manifest, contentHashOf(path, *manifest)};
}

Result<ResolvedBundle> BundleResolver::resolveZip(const QString &name, const QString &path) const
{
    if (m_options.cacheDir.isEmpty()) {
        return bundleError(name, ErrorCode::InvalidInput,
                           path + QStringLiteral(": no cache directory to unpack the zip into"));
    }
    const auto stageProgress = [this, &name](BundleProgress::Stage stage) -> ByteProgress {
        if (!m_options.progress)
            return {};
        return
            [this, &name, stage](qint64 done, qint64 total) { report(name, stage, done, total); };
    };
    auto version = sha256HexOfFile(path, stageProgress(BundleProgress::Stage::Hashing));
    if (!version)
        return bundleError(name, version.error());
    const QString bundleId = bundleIdOf(name);
    const QString directory =
        QDir(m_options.cacheDir).filePath(bundleId + u'-' + version->left(versionHexDigits));
    QDir().mkpath(m_options.cacheDir);
    // Before looking: a pruner then either removed the version already or leaves it alone.
    std::shared_ptr<const void> useLock = BundleUseLock::take(directory);
    // The directory appears complete or not at all (BundleArchive renames it into place), so
    // an existing one is this very zip unpacked before: it is reused.
    if (!QFileInfo::exists(directory)) {
        auto unpacked = BundleArchive::extract(path, directory, {},
                                               stageProgress(BundleProgress::Stage::Unpacking));
        // Another resolver may have unpacked the same zip meanwhile.
        if (!unpacked && !QFileInfo::exists(directory)) {
            useLock.reset();
            BundleUseLock::whileUnused(directory, [] { return true; }); // its lock file too
            // A download that is no zip (a proxy's error page) is fetched again next time.
            if (QFileInfo(path).absolutePath() == QFileInfo(downloadsDir()).absoluteFilePath())
                QFile::remove(path);
            return bundleError(name, unpacked.error());
        }
    }
    // A fresh download gets Tyk's deep verification; on failure Tyk removes the directory.
    const auto discard = [&](const Error &e) {
        useLock.reset();
        if (!BundleUseLock::whileUnused(directory,
                                        [&] { return QDir(directory).removeRecursively(); }))
            QDir(directory).removeRecursively(); // as before when the lock cannot be had
        // A downloaded bundle that fails is fetched again next time, as Tyk does.
        if (QFileInfo(path).absolutePath() == QFileInfo(downloadsDir()).absoluteFilePath())
            QFile::remove(path);
        return bundleError(name, withPath(path, e));
    };
    auto manifest = BundleManifest::fromFile(QDir(directory).filePath(manifestName));
    if (!manifest) {
        // Name the file inside the zip, not the cache directory.
        Error e = manifest.error();
        e.message.replace(directory + u'/', QString());
        e.where.file = manifestName;
        return discard(e.where.line > 0 ? makeError(e.code, e.toString()) : e);
    }
    report(name, BundleProgress::Stage::Verifying, 0, 0);
    if (auto ok = BundleVerifier::verifyDirectory(directory, *manifest, VerifyMode::Deep,
                                                  m_options.publicKeyPath);
        !ok)
        return discard(ok.error());
    ResolvedBundle resolved{name,
                            bundleId,
                            directory,
                            *manifest,
                            contentHashOf(directory, *manifest),
                            std::move(useLock)};
    report(name, BundleProgress::Stage::Done, 1, 1);
    return resolved;
}

void BundleResolver::report(const QString &name, BundleProgress::Stage stage, qint64 done,
                            qint64 total) const
{
    if (m_options.progress)
        m_options.progress(BundleProgress{name, stage, done, total});
}

Result<ResolvedBundle> BundleResolver::resolveMerged(const QString &whole,
                                                     const QStringList &names) const
{
    BundleMerger merger;
    QCryptographicHash combined(QCryptographicHash::Sha256);
    QList<QPair<QString, QString>> links; // sub-directory → bundle directory
    QSet<QString> subdirectories;
    auto locks = std::make_shared<std::vector<std::shared_ptr<const void>>>();
    for (const QString &name : names) {
        auto bundle = resolveOne(name);
        if (!bundle)
            return bundleError(whole, bundle.error());
        const QString subdirectory = subdirectoryOf(name);
        if (subdirectories.contains(subdirectory)) {
            return bundleError(whole, ErrorCode::InvalidInput,
                               QStringLiteral("two bundles share the sub-directory \"") +
                                   subdirectory + u'"');
        }
        subdirectories.insert(subdirectory);
        if (auto ok = merger.add(name, subdirectory, bundle->manifest); !ok)
            return bundleError(whole, ok.error());
        addFramed(combined, name.toUtf8(), bundle->contentHash);
        links.append({subdirectory, QFileInfo(bundle->directory).absoluteFilePath()});
        locks->push_back(bundle->useLock);
    }
    if (m_options.cacheDir.isEmpty()) {
        return bundleError(whole, ErrorCode::InvalidInput,
                           QStringLiteral("no cache directory to assemble the bundles in"));
    }
    const QByteArray contentHash = combined.result();
    const QString bundleId = bundleIdOf(whole);
    const QString root =
        QDir(m_options.cacheDir)
            .filePath(bundleId + u'-' +
                      QString::fromLatin1(contentHash.toHex().left(versionHexDigits)));
    locks->push_back(BundleUseLock::take(root));
    if (!QFileInfo::exists(root)) {
        // Links rather than copies: each bundle's directory is already verified and immutable
        // (a cache directory) or used in place (a bundle directory), as with a single bundle.
        QDir().mkpath(m_options.cacheDir);
        QTemporaryDir staging(root + QStringLiteral(".partial-XXXXXX"));
        bool ok = staging.isValid();
        for (const auto &[subdirectory, target] : std::as_const(links))
            ok = ok && QFile::link(target, staging.filePath(subdirectory));
        if (ok && QDir().rename(staging.path(), root))
            staging.setAutoRemove(false);
        else if (!QFileInfo::exists(root))
            return bundleError(whole, ErrorCode::Io, root + QStringLiteral(": cannot create"));
    }
    BundleManifest manifest = merger.merged();
    return ResolvedBundle{whole, bundleId, root, manifest, contentHash, std::move(locks)};
}

} // namespace Hb::Bundle
