// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlechecksum.h"
#include "core/bundle/bundlesigner.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;
using namespace Hb::Bundle;
using BundleFixtures::readFile;

class TestBundleSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signatureRoundTripsInEveryKeyForm_data();
    void signatureRoundTripsInEveryKeyForm();
    void signatureIsPkcs1v15OverTheSha256Digest();
    void wrongKeyFailsWithTyksText();
    void changedDigestFailsWithTyksText();
    void badBase64SignatureIsRefused();
    void garbageKeysGiveClearErrors_data();
    void garbageKeysGiveClearErrors();
    void nonRsaKeyIsRefused();

private:
    QTemporaryDir m_dir;
    BundleFixtures::Keys m_keys;
    BundleFixtures::Keys m_otherKeys;
    QByteArray m_digest = BundleChecksum::ofBytes("file1 contentfile2 content").sha256;
};

void TestBundleSigner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto keys = BundleFixtures::generateKeys(m_dir.path(), QStringLiteral("a"));
    const auto other = BundleFixtures::generateKeys(m_dir.path(), QStringLiteral("b"));
    QVERIFY2(keys && other, "openssl could not generate RSA keys");
    m_keys = *keys;
    m_otherKeys = *other;
    QVERIFY(readFile(m_keys.privatePkcs8).startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(readFile(m_keys.privatePkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    QVERIFY(readFile(m_keys.publicPkix).startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(readFile(m_keys.publicPkcs1).startsWith("-----BEGIN RSA PUBLIC KEY-----"));
}

void TestBundleSigner::signatureRoundTripsInEveryKeyForm_data()
{
    QTest::addColumn<QString>("privateKey");
    QTest::addColumn<QString>("publicKey");
    QTest::newRow("PKCS#8 / PKIX") << m_keys.privatePkcs8 << m_keys.publicPkix;
    QTest::newRow("PKCS#1 / PKIX") << m_keys.privatePkcs1 << m_keys.publicPkix;
    QTest::newRow("PKCS#8 / PKCS#1") << m_keys.privatePkcs8 << m_keys.publicPkcs1;
    QTest::newRow("PKCS#1 / PKCS#1") << m_keys.privatePkcs1 << m_keys.publicPkcs1;
}

void TestBundleSigner::signatureRoundTripsInEveryKeyForm()
{
    QFETCH(QString, privateKey);
    QFETCH(QString, publicKey);
    const auto signature = BundleSigner::sign(m_digest, readFile(privateKey));
    QVERIFY2(signature.ok(), qPrintable(signature.ok() ? QString() : signature.error().message));
    QCOMPARE(signature->size(), 344); // 256 bytes in padded base64
    const auto ok = BundleSigner::verify(m_digest, *signature, readFile(publicKey));
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
}

void TestBundleSigner::signatureIsPkcs1v15OverTheSha256Digest()
{
    // `openssl dgst -sha256 -verify` checks the same scheme goverify uses, independently.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString sig = dir.filePath(QStringLiteral("sig"));
    QVERIFY(BundleFixtures::writeFile(data, "file1 contentfile2 content"));
    const auto signature = BundleSigner::sign(m_digest, readFile(m_keys.privatePkcs1));
    QVERIFY(signature.ok());
    QVERIFY(BundleFixtures::writeFile(sig, QByteArray::fromBase64(signature->toLatin1())));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                   m_keys.publicPkix, QStringLiteral("-signature"), sig, data});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QCOMPARE(openssl.readAllStandardOutput().trimmed(), QByteArray("Verified OK"));
}

void TestBundleSigner::wrongKeyFailsWithTyksText()
{
    const auto signature = BundleSigner::sign(m_digest, readFile(m_keys.privatePkcs8));
    QVERIFY(signature.ok());
    const auto ok = BundleSigner::verify(m_digest, *signature, readFile(m_otherKeys.publicPkix));
    QVERIFY(!ok.ok());
    QCOMPARE(ok.error().message, QStringLiteral("crypto/rsa: verification error"));
}

void TestBundleSigner::changedDigestFailsWithTyksText()
{
    const auto signature = BundleSigner::sign(m_digest, readFile(m_keys.privatePkcs8));
    QVERIFY(signature.ok());
    const QByteArray other = BundleChecksum::ofBytes("file1 contentfile2 content!").sha256;
    const auto ok = BundleSigner::verify(other, *signature, readFile(m_keys.publicPkix));
    QVERIFY(!ok.ok());
    QCOMPARE(ok.error().message, QStringLiteral("crypto/rsa: verification error"));
    // A signature of the wrong length is the same mismatch for Go.
    const auto truncated =
        BundleSigner::verify(m_digest, QStringLiteral("AAAA"), readFile(m_keys.publicPkix));
    QCOMPARE(truncated.error().message, QStringLiteral("crypto/rsa: verification error"));
}

void TestBundleSigner::badBase64SignatureIsRefused()
{
    const auto ok =
        BundleSigner::verify(m_digest, QStringLiteral("not base64!"), readFile(m_keys.publicPkix));
    QVERIFY(!ok.ok());
    QVERIFY2(ok.error().message.contains(QStringLiteral("base64")), qPrintable(ok.error().message));
}

void TestBundleSigner::garbageKeysGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty private")
        << QByteArray() << true << QStringLiteral("not a PEM private key");
    QTest::newRow("text public") << QByteArray("hello") << false
                                 << QStringLiteral("not a PEM public key");
    QTest::newRow("bad DER") << QByteArray("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
                                           "-----END RSA PRIVATE KEY-----\n")
                             << true << QStringLiteral("cannot parse the \"RSA PRIVATE KEY\"");
    QTest::newRow("certificate as public key")
        << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n") << false
        << QStringLiteral("unsupported public key PEM type \"CERTIFICATE\"");
    QTest::newRow("public key as private")
        << QByteArray() << true
        << QStringLiteral("unsupported private key PEM type \"PUBLIC KEY\"");
}

void TestBundleSigner::garbageKeysGiveClearErrors()
{
    QFETCH(QByteArray, pem);
    QFETCH(bool, isPrivate);
    QFETCH(QString, expected);
    if (QByteArray(QTest::currentDataTag()) == "public key as private")
        pem = readFile(m_keys.publicPkix);
    const QString message =
        isPrivate ? BundleSigner::sign(m_digest, pem).error().message
                  : BundleSigner::verify(m_digest, QStringLiteral("AAAA"), pem).error().message;
    QVERIFY2(message.startsWith(expected), qPrintable(message));
}

void TestBundleSigner::nonRsaKeyIsRefused()
{
    QTemporaryDir dir;
    const QString ec = dir.filePath(QStringLiteral("ec.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                   QStringLiteral("-out"), ec});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    const auto signature = BundleSigner::sign(m_digest, readFile(ec));
    QVERIFY(!signature.ok());
    QCOMPARE(signature.error().message, QStringLiteral("only RSA keys are supported"));
}

QTEST_GUILESS_MAIN(TestBundleSigner)
#include "tst_bundlesigner.moc"
