// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundleverifier.h"

#include "core/bundle/bundlearchive.h"
#include "core/bundle/bundlechecksum.h"
#include "core/bundle/bundlesigner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace Hb::Bundle {

namespace {
Error failed(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Result<QByteArray> readKey(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("public key ") + path +
                                                  QStringLiteral(": file does not exist"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QStringLiteral("public key ") + path +
                                            QStringLiteral(": cannot read: ") + file.errorString());
    }
    return file.readAll();
}

// The checksum, then the signature when a key is set: Tyk checks in this order, so a tampered
// file says "invalid checksum" even when the signature would fail too.
Result<void> checkContents(const QString &directory, const BundleManifest &manifest,
                           const QString &publicKeyPath)
{
    auto digest = BundleChecksum::compute(manifest.fileList, directory);
    if (!digest)
        return digest.error();
    if (digest->md5Hex != manifest.checksum)
        return failed(QStringLiteral("invalid checksum"));
    if (publicKeyPath.isEmpty())
        return {};
    auto pem = readKey(publicKeyPath);
    if (!pem)
        return pem.error();
    if (auto ok = BundleSigner::verify(digest->sha256, manifest.signature, *pem); !ok) {
        Error e = ok.error();
        if (e.message != BundleSigner::verificationErrorText())
            e.message =
                QStringLiteral("public key ") + publicKeyPath + QStringLiteral(": ") + e.message;
        return e;
    }
    return {};
}

// Nested entries without their directory entry: Tyk's unpacking fails on them (it does not
// create parent directories), although `tyk bundle build` writes such zips itself.
QStringList missingDirectoryEntries(const QString &zipPath)
{
    const auto names = BundleArchive::entryNames(zipPath);
    if (!names)
        return {};
    const QSet<QString> all(names->cbegin(), names->cend());
    QStringList warnings;
    for (const QString &name : *names) {
        const qsizetype slash = name.lastIndexOf(u'/', name.endsWith(u'/') ? -2 : -1);
        if (slash <= 0)
            continue;
        const QString parent = name.left(slash + 1);
        if (!all.contains(parent)) {
            warnings.append(QStringLiteral("entry \"") + name +
                            QStringLiteral("\" has no directory entry \"") + parent +
                            QStringLiteral("\" before it; Tyk's gateway cannot unpack it"));
        }
    }
    return warnings;
}

QStringList manifestWarnings(const BundleManifest &m)
{
    QStringList warnings;
    // `tyk bundle build` refuses these; the gateway loads such a bundle but runs nothing.
    if (BundleVerifier::describeHooks(m.customMiddleware).isEmpty())
        warnings.append(QStringLiteral("No hooks defined"));
    else if (m.customMiddleware.driver.isEmpty())
        warnings.append(QStringLiteral("No driver specified"));
    return warnings;
}
// Messages name files inside the bundle relative to it, not to a temporary directory.
QString relativeToBundle(QString message, const QString &path, const QString &directory)
{
    message.replace(directory + u'/', QString());
    if (message.startsWith(path + QStringLiteral(": ")))
        message.remove(0, path.size() + 2);
    return message;
}

// The manifest, then Tyk's deep verification of an unpacked bundle.
void examineUnpacked(VerifyReport &report, const QString &directory, const QString &publicKeyPath)
{
    const QString manifestName = QStringLiteral("manifest.json");
    auto manifest = BundleManifest::fromFile(QDir(directory).filePath(manifestName));
    if (!manifest) {
        Error e = manifest.error();
        e.where.file = manifestName;
        report.failure =
            relativeToBundle(e.where.line > 0 ? e.toString() : e.message, report.source, directory);
        return;
    }
    report.manifest = *manifest;
    report.warnings += manifestWarnings(*manifest);
    if (auto digest = BundleChecksum::compute(manifest->fileList, directory))
        report.computedChecksum = digest->md5Hex;
    auto ok =
        BundleVerifier::verifyDirectory(directory, *manifest, VerifyMode::Deep, publicKeyPath);
    report.signatureVerified = ok && !publicKeyPath.isEmpty();
    if (!ok)
        report.failure = relativeToBundle(ok.error().message, report.source, directory);
}
} // namespace

Result<void> BundleVerifier::verifyDirectory(const QString &directory,
                                             const BundleManifest &manifest, VerifyMode mode,
                                             const QString &publicKeyPath, bool skipVerify)
{
    const bool hasKey = !publicKeyPath.isEmpty();
    const bool hasSignature = !manifest.signature.isEmpty();
    if (mode == VerifyMode::Partial) {
        // An existing directory without a signature is trusted as it is, checksum included.
        if (skipVerify || !hasSignature)
            return {};
    } else if (hasKey && !hasSignature) {
        return failed(QStringLiteral("Bundle isn't signed"));
    }
    return checkContents(directory, manifest, publicKeyPath);
}

Result<VerifyReport> BundleVerifier::verify(const QString &path, const QString &publicKeyPath)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": file does not exist"));
    if (!publicKeyPath.isEmpty()) {
        auto pem = readKey(publicKeyPath);
        if (!pem)
            return pem.error();
        if (auto ok = BundleSigner::checkPublicKey(*pem); !ok) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("public key ") +
                                                          publicKeyPath + QStringLiteral(": ") +
                                                          ok.error().message);
        }
    }

    VerifyReport report;
    report.source = path;
    QTemporaryDir unpacked;
    QString directory = path;
    if (!info.isDir()) {
        if (!unpacked.isValid())
            return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary directory"));
        directory = unpacked.filePath(QStringLiteral("bundle"));
        if (auto ok = BundleArchive::extract(path, directory); !ok) {
            report.failure = relativeToBundle(ok.error().message, path, directory);
            return report;
        }
        report.warnings += missingDirectoryEntries(path);
    }
    examineUnpacked(report, directory, publicKeyPath);
    return report;
}

QStringList BundleVerifier::describeHooks(const Api::CustomMiddleware &cm)
{
    QStringList hooks;
    const auto add = [&hooks](const char *type, const Api::MiddlewareDefinition &mw) {
        hooks.append(QString::fromLatin1(type) + QStringLiteral(": ") + mw.name +
                     (mw.disabled ? QStringLiteral(" (disabled)") : QString()));
    };
    for (const auto &mw : cm.pre)
        add("pre", mw);
    if (!cm.authCheck.name.isEmpty())
        add("auth_check", cm.authCheck);
    for (const auto &mw : cm.postKeyAuth)
        add("post_key_auth", mw);
    for (const auto &mw : cm.post)
        add("post", mw);
    for (const auto &mw : cm.response)
        add("response", mw);
    if (!cm.trafficLogs.name.isEmpty())
        add("traffic_logs", cm.trafficLogs);
    return hooks;
}

} // namespace Hb::Bundle
