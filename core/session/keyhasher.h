// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hb::Session {

// Tyk's key naming: how a session key is generated from an org and an id (generateToken)
// and how it is hashed before it becomes part of a Redis key (HashStr / HashKey).
// Reference: Tyk's storage/storage.go (GenerateToken, HashKey).
// A value type built from tyk.conf's `hash_keys` and `hash_key_function`; every method is
// pure and thread-safe.
class KeyHasher
{
public:
    KeyHasher() = default;
    KeyHasher(bool hashKeys, QString hashKeyFunction);

    bool hashKeys() const { return m_hashKeys; }
    const QString &hashKeyFunction() const { return m_hashKeyFunction; }

    // Tyk's gateway generateToken: strips a leading copy of `orgId` from `keyId`, then
    // returns org + id when `hashKeyFunction` is empty (legacy keys), else the base64 (std,
    // padded) of {"org":"…","id":"…","h":"…"} with an unknown function replaced by murmur64.
    // An id that ends up empty is replaced by a random hex UUID, as Tyk does.
    static QString generateToken(const QString &orgId, const QString &keyId,
                                 const QString &hashKeyFunction);
    // generateToken with this hasher's hash_key_function.
    QString generateToken(const QString &orgId, const QString &keyId) const;

    // The "h" of a base64 JSON token, or "" for legacy keys and anything else.
    static QString tokenHashAlgo(const QString &token);
    // Tyk's TokenOrg: the "org" of a base64 JSON token, else the first 24 characters when
    // they are hex (a Mongo object id) and more follow, else "".
    static QString tokenOrg(const QString &token);
    // The names Tyk's SessionDetail looks `key` up under, first hit wins: just the key when
    // it already carries `orgId`, else generateToken(orgId, key) and then the key itself
    // (custom keys made through the Gateway API are stored under the generated name).
    QStringList lookupNames(const QString &orgId, const QString &key) const;
    // Tyk's HashStr: hashes `key` with the algorithm named inside it (tokenHashAlgo), else
    // murmur32, whatever hash_key_function says.
    static QString hashStr(const QString &key);
    // Lowercase hex of the big-endian digest of `data` with murmur32 (also ""), murmur64,
    // murmur128 or sha256; any other name falls back to murmur32, as Tyk does.
    static QString hash(const QString &algo, const QByteArray &data);
    static bool isKnownAlgorithm(const QString &algo);

    // The key part of the Redis key ("apikey-<this>", "quota-<this>"): the key itself when
    // hash_keys is off, else hashStr(key).
    QString storageKey(const QString &key) const;

private:
    bool m_hashKeys = false;
    QString m_hashKeyFunction;
};

} // namespace Hb::Session
