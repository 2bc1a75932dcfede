// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/keyhasher.h"

#include "core/common/untrustedjson.h"

#include <QCryptographicHash>
#include <QUuid>

#include <murmurhash.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace Hb::Session {

namespace {

const QString kMurmur32 = QStringLiteral("murmur32");
const QString kMurmur64 = QStringLiteral("murmur64");
const QString kMurmur128 = QStringLiteral("murmur128");
const QString kSha256 = QStringLiteral("sha256");

// Tyk's murmur3 library (a fork of spaolacci/murmur3) appends each word of the digest
// most significant byte first before hex encoding, whatever the host byte order.
void appendBigEndian(QByteArray &out, quint64 value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

QByteArray murmur128Digest(const QByteArray &data, bool firstHalfOnly)
{
    std::array<uint64_t, 2> h{};
    lmmh_x64_128(data.constData(), unsigned(data.size()), 0, h.data());
    QByteArray digest;
    appendBigEndian(digest, h[0], 8);
    if (!firstHalfOnly)
        appendBigEndian(digest, h[1], 8);
    return digest;
}

} // namespace

KeyHasher::KeyHasher(bool hashKeys, QString hashKeyFunction)
    : m_hashKeys(hashKeys)
    , m_hashKeyFunction(std::move(hashKeyFunction))
{}

bool KeyHasher::isKnownAlgorithm(const QString &algo)
{
    return algo.isEmpty() || algo == kMurmur32 || algo == kMurmur64 || algo == kMurmur128 ||
           algo == kSha256;
}

QString KeyHasher::generateToken(const QString &orgId, const QString &keyId,
                                 const QString &hashKeyFunction)
{
    // Tyk's quirk (Tyk: gateway/auth_manager.go, generateToken): a string-prefix removal, so a
    // short org id that happens to prefix the hex digest shortens the id too.
    QString id = keyId.startsWith(orgId) ? keyId.mid(orgId.size()) : keyId;
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::Id128);
    if (hashKeyFunction.isEmpty())
        return orgId + id;

    const QString algo = isKnownAlgorithm(hashKeyFunction) ? hashKeyFunction : kMurmur64;
    // Tyk formats the JSON with Sprintf, not json.Marshal: nothing is escaped, so an org or
    // id holding a quote yields the same (invalid) JSON here.
    const QString json =
        u"{\"org\":\"" + orgId + u"\",\"id\":\"" + id + u"\",\"h\":\"" + algo + u"\"}";
    return QString::fromLatin1(json.toUtf8().toBase64());
}

QString KeyHasher::generateToken(const QString &orgId, const QString &keyId) const
{
    return generateToken(orgId, keyId, m_hashKeyFunction);
}

QString KeyHasher::tokenOrg(const QString &token)
{
    if (token.startsWith(u"eyJ")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            const nlohmann::json doc = parseUntrustedJsonOrDiscarded(
                std::string_view(decoded.decoded.constData(), decoded.decoded.size()));
            if (doc.is_object()) {
                const auto org = doc.find("org");
                if (org != doc.end() && org->is_string())
                    return QString::fromStdString(org->get<std::string>());
            }
        }
    }
    constexpr qsizetype mongoIdLength = 24;
    if (token.size() > mongoIdLength) {
        const QString head = token.left(mongoIdLength);
        const bool hex = std::all_of(head.begin(), head.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
        if (hex)
            return head;
    }
    return {};
}

QStringList KeyHasher::lookupNames(const QString &orgId, const QString &key) const
{
    if (tokenOrg(key) == orgId)
        return {key};
    const QString generated = generateToken(orgId, key);
    if (generated == key)
        return {key};
    return {generated, key};
}

QString KeyHasher::tokenHashAlgo(const QString &token)
{
    // `ey` is base64 for `{"`; anything else is a legacy key or a plugin token.
    if (!token.startsWith(u"ey"))
        return {};
    QByteArray encoded = token.toLatin1();
    // Go's StdEncoding skips CR/LF and insists on padding to a multiple of four.
    encoded.replace('\r', QByteArray()).replace('\n', QByteArray());
    if (encoded.size() % 4 != 0)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const nlohmann::json doc = parseUntrustedJsonOrDiscarded(
        std::string_view(decoded.decoded.constData(), decoded.decoded.size()));
    if (!doc.is_object())
        return {};
    const auto h = doc.find("h");
    if (h == doc.end() || !h->is_string())
        return {};
    return QString::fromStdString(h->get<std::string>());
}

QString KeyHasher::hashStr(const QString &key)
{
    return hash(tokenHashAlgo(key), key.toUtf8());
}

QString KeyHasher::hash(const QString &algo, const QByteArray &data)
{
    QByteArray digest;
    if (algo == kSha256) {
        digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    } else if (algo == kMurmur64) {
        digest = murmur128Digest(data, true);
    } else if (algo == kMurmur128) {
        digest = murmur128Digest(data, false);
    } else {
        // murmur32, the empty name and unknown names (Tyk logs an error and falls back).
        uint32_t h = 0;
        lmmh_x86_32(data.constData(), unsigned(data.size()), 0, &h);
        appendBigEndian(digest, h, 4);
    }
    return QString::fromLatin1(digest.toHex());
}

QString KeyHasher::storageKey(const QString &key) const
{
    return m_hashKeys ? hashStr(key) : key;
}

} // namespace Hb::Session
