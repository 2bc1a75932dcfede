// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace Hb::Bundle {

// RSA PKCS#1 v1.5 signatures over a bundle's SHA-256 digest (Tyk:
// cli/bundler/bundler.go, Bundler.sign; gateway/coprocess_bundle.go, DeepVerify), as Tyk's goverify
// makes and checks them. Keys are PEM text; the first PEM block is used, as Go's pem.Decode does.
// Stateless; callable from any thread (OpenSSL 3 is thread-safe for these calls).
class BundleSigner
{
public:
    // Signs a 32-byte SHA-256 digest with an RSA private key ("RSA PRIVATE KEY", PKCS#1, or
    // "PRIVATE KEY", PKCS#8). Returns the signature in standard, padded base64.
    static Result<QString> sign(const QByteArray &sha256Digest, const QByteArray &privateKeyPem);

    // Checks a base64 signature of a 32-byte SHA-256 digest with an RSA public key
    // ("PUBLIC KEY", PKIX, or "RSA PUBLIC KEY", PKCS#1). A signature that does not match is
    // an InvalidInput error with Tyk's text "crypto/rsa: verification error"; an unusable key
    // or signature encoding is an InvalidInput error saying what is wrong with it.
    static Result<void> verify(const QByteArray &sha256Digest, const QString &signatureBase64,
                               const QByteArray &publicKeyPem);

    // Whether the PEM holds a key sign() / verify() accept; the error says what is wrong.
    static Result<void> checkPrivateKey(const QByteArray &privateKeyPem);
    static Result<void> checkPublicKey(const QByteArray &publicKeyPem);

    // Tyk's mismatch text.
    static QString verificationErrorText();
};

} // namespace Hb::Bundle
