// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundle/bundlemanifest.h"
#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace Hb::Bundle {

// Which of Tyk's two rule sets applies (Tyk: gateway/coprocess_bundle.go, Bundle.DeepVerify and
// PartialVerify).
enum class VerifyMode {
    Deep,    // a freshly unpacked bundle: key set and no signature → "Bundle isn't signed";
             // checksum always; signature when a key is set
    Partial, // an existing bundle directory: no signature → nothing checked; else checksum,
             // and signature when a key is set
};

// What `hookbench-cli bundle verify` found.
struct VerifyReport
{
    QString source; // the zip or directory examined
    BundleManifest manifest;
    QString computedChecksum;       // empty when the files could not be read
    bool signatureVerified = false; // a public key was given and the signature matched
    QStringList warnings;           // things that do not fail verification but would trip Tyk
    QString failure; // empty when the bundle verified; else why not (Tyk's text inside)

    bool ok() const { return failure.isEmpty(); }
    bool isSigned() const { return !manifest.signature.isEmpty(); }
    bool checksumMatches() const
    {
        return !computedChecksum.isEmpty() && computedChecksum == manifest.checksum;
    }
};

// Checks bundles the way Tyk's gateway does before it uses them. Stateless; callable from any
// thread; reads files synchronously.
class BundleVerifier
{
public:
    // Tyk's rules on an unpacked bundle in `directory` whose manifest.json is `manifest`.
    // `publicKeyPath` empty means no signature check (public_key_path unset); `skipVerify` is
    // skip_verify_existing_plugin_bundle and only matters for Partial. Verification failures
    // are InvalidInput errors carrying Tyk's text ("invalid checksum", "Bundle isn't signed",
    // "crypto/rsa: verification error"); an unreadable key or file is an Io/NotFound error.
    static Result<void> verifyDirectory(const QString &directory, const BundleManifest &manifest,
                                        VerifyMode mode, const QString &publicKeyPath,
                                        bool skipVerify = false);

    // Verifies a bundle zip or an unpacked bundle directory with the Deep rules. An error
    // means it could not be examined (path missing, key file unreadable or not an RSA public
    // key); a bundle that fails verification gives a report with `failure` set.
    static Result<VerifyReport> verify(const QString &path, const QString &publicKeyPath = {});

    // "pre: Name", "auth_check: Name", ... in Tyk's order, for reports.
    static QStringList describeHooks(const Api::CustomMiddleware &cm);
};

} // namespace Hb::Bundle
