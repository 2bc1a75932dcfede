// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/keyhasher.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using Hb::Session::KeyHasher;

namespace {

// Worked example of Tyk's generateToken (gateway/auth_manager.go): org my-org, extracted id
// d28e17f7.
const QString kOrg = QStringLiteral("my-org");
const QString kMd5 = QStringLiteral("028d78bcc7127513a26766c607a84bcb");
const QString kMurmur64Token = QStringLiteral("eyJvcmciOiJteS1vcmciLCJpZCI6IjAyOGQ3OGJjYzcxMjc1MTNh"
                                              "MjY3NjZjNjA3YTg0YmNiIiwiaCI6Im11cm11cjY0In0=");
const QString kMurmur128Token = QStringLiteral("eyJvcmciOiJteS1vcmciLCJpZCI6IjAyOGQ3OGJjYzcxMjc1MTN"
                                               "hMjY3NjZjNjA3YTg0YmNiIiwiaCI6Im11cm11cjEyOCJ9");

QByteArray decodeToken(const QString &token)
{
    return QByteArray::fromBase64(token.toLatin1());
}

} // namespace

class tst_KeyHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractedIdHashesToTheReferenceMd5();
    void generateTokenMatchesTyk_data();
    void generateTokenMatchesTyk();
    void generateTokenStripsALeadingOrgFromTheId();
    void generateTokenDoesNotEscapeJson();
    void emptyIdBecomesARandomHexUuid();
    void hashMatchesReferenceDigests_data();
    void hashMatchesReferenceDigests();
    void hashStrPicksTheAlgorithmFromTheKey_data();
    void hashStrPicksTheAlgorithmFromTheKey();
    void tokenHashAlgoNeedsStrictBase64Json_data();
    void tokenHashAlgoNeedsStrictBase64Json();
    void storageKeyHashesOnlyWhenHashKeysIsOn_data();
    void storageKeyHashesOnlyWhenHashKeysIsOn();
};

void tst_KeyHasher::extractedIdHashesToTheReferenceMd5()
{
    const QByteArray md5 = QCryptographicHash::hash("d28e17f7", QCryptographicHash::Md5).toHex();
    QCOMPARE(QString::fromLatin1(md5), kMd5);
}

void tst_KeyHasher::generateTokenMatchesTyk_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("token");

    QTest::newRow("legacy (empty function)") << QString() << QString(kOrg + kMd5);
    QTest::newRow("murmur64") << QStringLiteral("murmur64") << kMurmur64Token;
    QTest::newRow("murmur128") << QStringLiteral("murmur128") << kMurmur128Token;
    QTest::newRow("unknown falls back to murmur64") << QStringLiteral("md5") << kMurmur64Token;
}

void tst_KeyHasher::generateTokenMatchesTyk()
{
    QFETCH(QString, function);
    QFETCH(QString, token);
    QCOMPARE(KeyHasher::generateToken(kOrg, kMd5, function), token);
    QCOMPARE(KeyHasher(true, function).generateToken(kOrg, kMd5), token);
}

void tst_KeyHasher::generateTokenStripsALeadingOrgFromTheId()
{
    // Org "0" prefixes the digest: Tyk's TrimPrefix shortens the id (gateway/auth_manager.go).
    QCOMPARE(decodeToken(
                 KeyHasher::generateToken(QStringLiteral("0"), kMd5, QStringLiteral("murmur64"))),
             QByteArray(R"({"org":"0","id":"28d78bcc7127513a26766c607a84bcb","h":"murmur64"})"));
    // Only one leading copy goes, and only at the start.
    QCOMPARE(KeyHasher::generateToken(kOrg, QStringLiteral("my-orgmy-orgabc"), {}),
             QStringLiteral("my-orgmy-orgabc"));
    QCOMPARE(KeyHasher::generateToken(kOrg, QStringLiteral("abcmy-org"), {}),
             QStringLiteral("my-orgabcmy-org"));
}

void tst_KeyHasher::generateTokenDoesNotEscapeJson()
{
    // Tyk builds the JSON with Sprintf("%s"), so nothing is escaped.
    QCOMPARE(decodeToken(KeyHasher::generateToken(QStringLiteral("o\"rg"), QStringLiteral("i\\d"),
                                                  QStringLiteral("sha256"))),
             QByteArray(R"({"org":"o"rg","id":"i\d","h":"sha256"})"));
}

void tst_KeyHasher::emptyIdBecomesARandomHexUuid()
{
    const QString key = KeyHasher::generateToken(kOrg, kOrg, {});
    QVERIFY2(QRegularExpression(QStringLiteral("^my-org[0-9a-f]{32}$")).match(key).hasMatch(),
             qPrintable(key));
    QVERIFY(key != KeyHasher::generateToken(kOrg, {}, {}));
}

void tst_KeyHasher::hashMatchesReferenceDigests_data()
{
    QTest::addColumn<QString>("algo");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("hex");

    // Worked values of Tyk's HashStr (internal/crypto/hash.go), independently computed.
    QTest::newRow("murmur32 legacy extractor key")
        << QStringLiteral("murmur32") << (kOrg + kMd5).toUtf8() << QStringLiteral("74949c1a");
    QTest::newRow("murmur32 plugin token")
        << QStringLiteral("murmur32") << QByteArray("valid_token") << QStringLiteral("ea34e7d4");
    QTest::newRow("murmur64 token") << QStringLiteral("murmur64") << kMurmur64Token.toUtf8()
                                    << QStringLiteral("fe90d33767d15302");
    QTest::newRow("murmur128 token") << QStringLiteral("murmur128") << kMurmur128Token.toUtf8()
                                     << QStringLiteral("4ffd4b0b763a974f2c55b20e668773bf");
    QTest::newRow("sha256 token")
        << QStringLiteral("sha256")
        << KeyHasher::generateToken(kOrg, kMd5, QStringLiteral("sha256")).toUtf8()
        << QStringLiteral("8693664e83390dc925892a16379decd6dddc311cbdc70495c439e04b08d0a8fc");
    // Published MurmurHash3 vectors (seed 0), printed big-endian as Tyk's murmur3 does.
    QTest::newRow("murmur32 empty")
        << QStringLiteral("murmur32") << QByteArray() << QStringLiteral("00000000");
    QTest::newRow("murmur32 hello")
        << QStringLiteral("murmur32") << QByteArray("hello") << QStringLiteral("248bfa47");
    QTest::newRow("murmur64 hello")
        << QStringLiteral("murmur64") << QByteArray("hello") << QStringLiteral("cbd8a7b341bd9b02");
    QTest::newRow("murmur128 hello") << QStringLiteral("murmur128") << QByteArray("hello")
                                     << QStringLiteral("cbd8a7b341bd9b025b1e906a48ae1d19");
    QTest::newRow("sha256 empty")
        << QStringLiteral("sha256") << QByteArray()
        << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // Tyk logs an error and falls back to murmur32.
    QTest::newRow("empty name is murmur32")
        << QString() << QByteArray("valid_token") << QStringLiteral("ea34e7d4");
    QTest::newRow("unknown is murmur32")
        << QStringLiteral("md5") << QByteArray("valid_token") << QStringLiteral("ea34e7d4");
}

void tst_KeyHasher::hashMatchesReferenceDigests()
{
    QFETCH(QString, algo);
    QFETCH(QByteArray, data);
    QFETCH(QString, hex);
    QCOMPARE(KeyHasher::hash(algo, data), hex);
}

void tst_KeyHasher::hashStrPicksTheAlgorithmFromTheKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("hashed");

    QTest::newRow("legacy key -> murmur32") << QString(kOrg + kMd5) << QStringLiteral("74949c1a");
    QTest::newRow("plugin token -> murmur32")
        << QStringLiteral("valid_token") << QStringLiteral("ea34e7d4");
    QTest::newRow("murmur64 token") << kMurmur64Token << QStringLiteral("fe90d33767d15302");
    QTest::newRow("murmur128 token")
        << kMurmur128Token << QStringLiteral("4ffd4b0b763a974f2c55b20e668773bf");
    QTest::newRow("sha256 token")
        << KeyHasher::generateToken(kOrg, kMd5, QStringLiteral("sha256"))
        << QStringLiteral("8693664e83390dc925892a16379decd6dddc311cbdc70495c439e04b08d0a8fc");
}

void tst_KeyHasher::hashStrPicksTheAlgorithmFromTheKey()
{
    QFETCH(QString, key);
    QFETCH(QString, hashed);
    QCOMPARE(KeyHasher::hashStr(key), hashed);
}

void tst_KeyHasher::tokenHashAlgoNeedsStrictBase64Json_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("algo");

    const auto b64 = [](const char *json) {
        return QString::fromLatin1(QByteArray(json).toBase64());
    };
    QTest::newRow("murmur64 token") << kMurmur64Token << QStringLiteral("murmur64");
    QTest::newRow("only h") << b64(R"({"h":"sha256"})") << QStringLiteral("sha256");
    QTest::newRow("unknown algo kept") << b64(R"({"h":"md5"})") << QStringLiteral("md5");
    QTest::newRow("no h") << b64(R"({"org":"x","id":"y"})") << QString();
    QTest::newRow("h not a string") << b64(R"({"h":64})") << QString();
    QTest::newRow("padding missing") << QString(kMurmur64Token).remove(u'=') << QString();
    QTest::newRow("not base64") << QStringLiteral("ey!!") << QString();
    QTest::newRow("not JSON") << b64("{\"h") << QString();
    QTest::newRow("legacy key") << QString(kOrg + kMd5) << QString();
}

void tst_KeyHasher::tokenHashAlgoNeedsStrictBase64Json()
{
    QFETCH(QString, token);
    QFETCH(QString, algo);
    QCOMPARE(KeyHasher::tokenHashAlgo(token), algo);
}

void tst_KeyHasher::storageKeyHashesOnlyWhenHashKeysIsOn_data()
{
    QTest::addColumn<bool>("hashKeys");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("storageKey");

    QTest::newRow("off: verbatim")
        << false << QStringLiteral("murmur64") << QStringLiteral("valid_token")
        << QStringLiteral("valid_token");
    QTest::newRow("off: token verbatim")
        << false << QStringLiteral("murmur64") << kMurmur64Token << kMurmur64Token;
    // hash_key_function does not matter for keys that do not name their algorithm.
    QTest::newRow("on: plugin token is murmur32")
        << true << QStringLiteral("murmur64") << QStringLiteral("valid_token")
        << QStringLiteral("ea34e7d4");
    QTest::newRow("on: token names murmur64")
        << true << QStringLiteral("sha256") << kMurmur64Token << QStringLiteral("fe90d33767d15302");
}

void tst_KeyHasher::storageKeyHashesOnlyWhenHashKeysIsOn()
{
    QFETCH(bool, hashKeys);
    QFETCH(QString, function);
    QFETCH(QString, key);
    QFETCH(QString, storageKey);
    const KeyHasher hasher(hashKeys, function);
    QCOMPARE(hasher.hashKeys(), hashKeys);
    QCOMPARE(hasher.hashKeyFunction(), function);
    QCOMPARE(hasher.storageKey(key), storageKey);
}

QTEST_GUILESS_MAIN(tst_KeyHasher)
#include "tst_keyhasher.moc"
