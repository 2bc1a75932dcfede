// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlesigner.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace Hb::Bundle {

namespace {
struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Ctx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

constexpr int sha256Size = 32;

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// The queued OpenSSL reason, for messages about keys that do not parse; clears the queue so
// that nothing leaks into an unrelated later call on this thread.
QString opensslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    const char *reason = ERR_reason_error_string(code);
    return reason ? QStringLiteral(" (") + QString::fromLatin1(reason) + u')' : QString();
}

// The first PEM block, like Go's pem.Decode: its type and DER bytes.
struct PemBlock
{
    QByteArray type;
    QByteArray der;
};

Result<PemBlock> firstPemBlock(const QByteArray &pem, const char *what)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long length = 0;
    if (!bio || PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
        ERR_clear_error();
        return invalid(QStringLiteral("not a PEM ") + QString::fromLatin1(what) +
                       QStringLiteral(": no \"-----BEGIN ...-----\" block found"));
    }
    PemBlock block{QByteArray(name), QByteArray(reinterpret_cast<const char *>(data), int(length))};
    const bool encrypted = header && header[0] != '\0';
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(data);
    if (encrypted)
        return invalid(QStringLiteral("encrypted PEM keys are not supported"));
    return block;
}

Result<Pkey> requireRsa(Pkey key, const QByteArray &type)
{
    if (!key) {
        return invalid(QStringLiteral("cannot parse the \"") + QString::fromLatin1(type) +
                       QStringLiteral("\" PEM block") + opensslReason());
    }
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return invalid(QStringLiteral("only RSA keys are supported"));
    return key;
}

Result<Pkey> loadPrivateKey(const QByteArray &pem)
{
    auto block = firstPemBlock(pem, "private key");
    if (!block)
        return block.error();
    const auto *p = reinterpret_cast<const unsigned char *>(block->der.constData());
    const long size = long(block->der.size());
    if (block->type == "RSA PRIVATE KEY")
        return requireRsa(Pkey(d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &p, size)), block->type);
    if (block->type == "PRIVATE KEY") {
        PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, size);
        Pkey key(info ? EVP_PKCS82PKEY(info) : nullptr);
        PKCS8_PRIV_KEY_INFO_free(info);
        return requireRsa(std::move(key), block->type);
    }
    return invalid(QStringLiteral("unsupported private key PEM type \"") +
                   QString::fromLatin1(block->type) +
                   QStringLiteral("\" (expected \"RSA PRIVATE KEY\" or \"PRIVATE KEY\")"));
}

Result<Pkey> loadPublicKey(const QByteArray &pem)
{
    auto block = firstPemBlock(pem, "public key");
    if (!block)
        return block.error();
    const auto *p = reinterpret_cast<const unsigned char *>(block->der.constData());
    const long size = long(block->der.size());
    if (block->type == "PUBLIC KEY")
        return requireRsa(Pkey(d2i_PUBKEY(nullptr, &p, size)), block->type);
    if (block->type == "RSA PUBLIC KEY")
        return requireRsa(Pkey(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, size)), block->type);
    return invalid(QStringLiteral("unsupported public key PEM type \"") +
                   QString::fromLatin1(block->type) +
                   QStringLiteral("\" (expected \"PUBLIC KEY\" or \"RSA PUBLIC KEY\")"));
}

// A context set up for PKCS#1 v1.5 with SHA-256, for sign (true) or verify (false).
Ctx pkcs1Context(EVP_PKEY *key, bool forSigning)
{
    Ctx ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx)
        return nullptr;
    const int init = forSigning ? EVP_PKEY_sign_init(ctx.get()) : EVP_PKEY_verify_init(ctx.get());
    if (init <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) <= 0)
        return nullptr;
    return ctx;
}

Result<void> checkDigest(const QByteArray &digest)
{
    if (digest.size() != sha256Size) {
        return makeError(
            ErrorCode::Internal,
            QStringLiteral("expected a 32-byte SHA-256 digest, got %1 bytes").arg(digest.size()));
    }
    return {};
}
} // namespace

Result<void> BundleSigner::checkPrivateKey(const QByteArray &privateKeyPem)
{
    if (auto key = loadPrivateKey(privateKeyPem); !key)
        return key.error();
    return {};
}

Result<void> BundleSigner::checkPublicKey(const QByteArray &publicKeyPem)
{
    if (auto key = loadPublicKey(publicKeyPem); !key)
        return key.error();
    return {};
}

QString BundleSigner::verificationErrorText()
{
    return QStringLiteral("crypto/rsa: verification error");
}

Result<QString> BundleSigner::sign(const QByteArray &sha256Digest, const QByteArray &privateKeyPem)
{
    if (auto ok = checkDigest(sha256Digest); !ok)
        return ok.error();
    auto key = loadPrivateKey(privateKeyPem);
    if (!key)
        return key.error();
    Ctx ctx = pkcs1Context(key->get(), true);
    const auto *digest = reinterpret_cast<const unsigned char *>(sha256Digest.constData());
    size_t length = 0;
    if (!ctx || EVP_PKEY_sign(ctx.get(), nullptr, &length, digest, sha256Size) <= 0) {
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot sign with this key") + opensslReason());
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                      digest, sha256Size) <= 0) {
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot sign with this key") + opensslReason());
    }
    signature.resize(qsizetype(length));
    return QString::fromLatin1(signature.toBase64());
}

Result<void> BundleSigner::verify(const QByteArray &sha256Digest, const QString &signatureBase64,
                                  const QByteArray &publicKeyPem)
{
    if (auto ok = checkDigest(sha256Digest); !ok)
        return ok;
    // Go's base64.StdEncoding is strict: padding required, no foreign characters.
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || signatureBase64.size() % 4 != 0)
        return invalid(QStringLiteral("signature is not valid base64"));
    auto key = loadPublicKey(publicKeyPem);
    if (!key)
        return key.error();
    Ctx ctx = pkcs1Context(key->get(), false);
    if (!ctx) {
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot verify with this key") + opensslReason());
    }
    const QByteArray &signature = decoded.decoded;
    const int rc = EVP_PKEY_verify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(sha256Digest.constData()),
        sha256Size);
    ERR_clear_error();
    // Go's rsa.VerifyPKCS1v15 gives one error for every kind of mismatch (wrong length too).
    if (rc != 1)
        return invalid(verificationErrorText());
    return {};
}

} // namespace Hb::Bundle
