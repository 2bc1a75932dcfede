// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlebuilder.h"

#include "core/api/jsonlocator.h"
#include "core/bundle/bundlearchive.h"
#include "core/bundle/bundlechecksum.h"
#include "core/bundle/bundlesigner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Hb::Bundle {

namespace {
// Places in the manifest for validation messages.
class ManifestPlaces
{
public:
    explicit ManifestPlaces(const QString &path, const QByteArray &text)
        : m_path(path)
        , m_locator(text)
    {}

    Error at(std::string_view pointer, const QString &message) const
    {
        std::string probe(pointer);
        while (!probe.empty()) {
            const auto pos = m_locator.valueAt(probe);
            if (pos.isValid())
                return makeError(ErrorCode::InvalidInput, message,
                                 SourceLocation{m_path, pos.line, pos.column, {}});
            probe.resize(probe.rfind('/'));
        }
        return makeError(ErrorCode::InvalidInput, message, SourceLocation{m_path, 1, 1, {}});
    }

private:
    QString m_path;
    Api::JsonLocator m_locator;
};

QString baseDirOf(const QString &manifestPath)
{
    return QFileInfo(manifestPath).absolutePath();
}

Result<void> validateFiles(const BundleManifest &m, const QString &baseDir,
                           const ManifestPlaces &places)
{
    for (int i = 0; i < m.fileList.size(); ++i) {
        const QString &entry = m.fileList.at(i);
        const std::string pointer = Api::JsonLocator::child("/file_list", std::size_t(i));
        const QString path = BundleChecksum::joinPath(baseDir, entry);
        if (!QFileInfo(path).isFile()) // Tyk's os.Stat also accepts a directory, then fails
            return places.at(pointer, QStringLiteral("Referencing a nonexistent file: ") + entry);
        // The zip entry is named exactly as listed; Tyk refuses to unpack these names.
        const auto name = BundleArchive::checkEntryName(entry);
        if (!name)
            return places.at(pointer, name.error().message);
        if (*name == u"manifest.json") {
            return places.at(pointer, QStringLiteral("file_list must not list manifest.json: "
                                                     "the bundle's manifest.json is generated"));
        }
    }
    return {};
}

// Tyk's validateManifest: list hooks count by entries, single hooks by a non-empty name.
Result<void> validateHooks(const Api::CustomMiddleware &cm, const ManifestPlaces &places)
{
    const qsizetype hooks = cm.pre.size() + cm.post.size() + cm.postKeyAuth.size() +
                            cm.response.size() + (cm.authCheck.name.isEmpty() ? 0 : 1) +
                            (cm.trafficLogs.name.isEmpty() ? 0 : 1);
    if (hooks == 0)
        return places.at("/custom_middleware", QStringLiteral("No hooks defined"));
    if (cm.driver.isEmpty())
        return places.at("/custom_middleware/driver", QStringLiteral("No driver specified"));
    return {};
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, what + u' ' + path + QStringLiteral(": cannot read: ") +
                                            file.errorString());
    }
    return file.readAll();
}
} // namespace

Result<BundleManifest> BundleBuilder::loadManifest(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, manifestPath +
                                            QStringLiteral(": Couldn't load manifest file: ") +
                                            file.errorString());
    }
    const QByteArray text = file.readAll();
    auto manifest = BundleManifest::fromJson(text, manifestPath);
    if (!manifest)
        return manifest.error();
    const ManifestPlaces places(manifestPath, text);
    if (auto ok = validateFiles(*manifest, baseDirOf(manifestPath), places); !ok)
        return ok.error();
    if (auto ok = validateHooks(manifest->customMiddleware, places); !ok)
        return ok.error();
    return manifest;
}

Result<BuildResult> BundleBuilder::build(const BuildOptions &options)
{
    auto manifest = loadManifest(options.manifestPath);
    if (!manifest)
        return manifest.error();
    BuildResult result;
    result.outputPath = options.outputPath;
    const QString baseDir = baseDirOf(options.manifestPath);

    QList<BundleArchive::Entry> entries;
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    for (const QString &entry : std::as_const(manifest->fileList)) {
        auto content = readFile(BundleChecksum::joinPath(baseDir, entry), QStringLiteral("file"));
        if (!content)
            return content.error();
        md5.addData(*content);
        sha256.addData(*content);
        entries.append({entry, *content});
    }
    manifest->checksum = QString::fromLatin1(md5.result().toHex());

    if (!options.privateKeyPath.isEmpty()) {
        auto pem = readFile(options.privateKeyPath, QStringLiteral("private key"));
        if (!pem)
            return pem.error();
        auto signature = BundleSigner::sign(sha256.result(), *pem);
        if (!signature) {
            return makeError(signature.error().code,
                             QStringLiteral("Couldn't sign bundle: private key ") +
                                 options.privateKeyPath + QStringLiteral(": ") +
                                 signature.error().message);
        }
        manifest->signature = *signature;
    } else if (!manifest->signature.isEmpty()) {
        // Tyk keeps whatever signature the input manifest carried when it does not sign.
        result.warnings.append(QStringLiteral("the manifest's existing signature is kept, as "
                                              "Tyk does; it does not match the new checksum "
                                              "unless it was made for these files"));
    }

    entries.append({QStringLiteral("manifest.json"), manifest->serialize()});
    if (auto ok = BundleArchive::create(options.outputPath, entries); !ok)
        return ok.error();
    result.bytes = QFileInfo(options.outputPath).size();
    result.manifest = std::move(*manifest);
    return result;
}

} // namespace Hb::Bundle
