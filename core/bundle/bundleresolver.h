// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundle/bundlemanifest.h"
#include "core/bundle/bundleprogress.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Hb::Bundle {

struct BundleSourceOptions
{
    QString bundlesDir;    // --bundles DIR (local); takes precedence
    QString bundleBaseUrl; // tyk.conf bundle_base_url: http(s)://, file:// or a local path
    // enable_bundle_downloader: http(s) bundles are fetched only when set, as in Tyk.
    bool enableBundleDownloader = false;
    bool insecureSkipVerify = false; // bundle_insecure_skip_verify (https only)
    QString cacheDir;                // private cache where zips are unpacked
    QString publicKeyPath;           // tyk.conf public_key_path; empty = no signature check
    bool skipVerifyExisting = false; // skip_verify_existing_plugin_bundle
    // Hears each zip being hashed, unpacked and verified (not a directory bundle, which is
    // used in place); see BundleProgressListener for the thread it is called on.
    BundleProgressListener progress;
};

struct ResolvedBundle
{
    QString name;      // as written in custom_middleware_bundle
    QString bundleId;  // md5hex(name) – Tyk's directory name / spec["bundle_hash"]
    QString directory; // where the files are (the bundle dir itself for a directory bundle,
                       // the unpacked cache dir for a zip)
    BundleManifest manifest;
    QByteArray contentHash; // sha256 over manifest.json + file_list contents: changes when the
                            // code changes (the engine reloads plugin code when it changes)
    // Held while the plugins use the unpacked directories (BundleUseLock); null for a bundle
    // folder used in place.
    std::shared_ptr<const void> useLock;
};

// Finds and checks the code of an API's custom_middleware_bundle (Tyk:
// gateway/coprocess_bundle.go, loadBundleWithFs). `<base>/<name>` is either an unpacked bundle
// directory, used in place with Tyk's rules for an existing bundle directory, or a zip,
// unpacked once per content into `<cacheDir>/<bundleId>-<16 hex of the zip's sha256>` and
// verified with Tyk's rules for a fresh download. Unpacked versions are never removed while
// valid, so requests in flight can keep using an older one. A comma-separated list of names
// is merged as Tyk does (mergeBundleManifest) into `<cacheDir>/<md5hex(list)>-<16 hex>`, whose
// sub-directories link to each bundle's directory. With an http(s) bundle_base_url (and
// enable_bundle_downloader) each zip is first downloaded into `<cacheDir>/downloads`
// (BundleDownloader), once, as Tyk downloads it once.
// resolve() does synchronous file I/O; call it where loading API definitions may block (not
// on the GUI thread). Distinct resolvers may run concurrently on one cache.
class BundleResolver
{
public:
    explicit BundleResolver(BundleSourceOptions options);

    // Every error names the bundle and, where one was looked at, the path.
    Result<ResolvedBundle> resolve(const QString &name) const;

    // md5hex(name): Tyk's bundle directory name.
    static QString bundleIdOf(const QString &name);
    // Tyk's bundleSubdirName: "platform/x-1.4.0.zip" → "platform__x-1.4.0".
    static QString subdirectoryOf(const QString &name);

private:
    Result<QString> locate(const QString &name) const;
    // An http(s) bundle_base_url's bundle, fetched into downloadsDir() unless it is there:
    // the zip's path.
    Result<QString> download(const QString &name, const QString &baseUrl) const;
    QString downloadsDir() const;
    Result<ResolvedBundle> resolveOne(const QString &name) const;
    Result<ResolvedBundle> resolveDirectory(const QString &name, const QString &path) const;
    Result<ResolvedBundle> resolveZip(const QString &name, const QString &path) const;
    Result<ResolvedBundle> resolveMerged(const QString &whole, const QStringList &names) const;
    void report(const QString &name, BundleProgress::Stage stage, qint64 done, qint64 total) const;

    BundleSourceOptions m_options;
};

} // namespace Hb::Bundle
