// SPDX-License-Identifier: GPL-3.0-or-later
// `tyk bundle build` and the verification a built bundle then goes through.
#include "core/bundle/bundlearchive.h"
#include "core/bundle/bundlebuilder.h"
#include "core/bundle/bundleverifier.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;
using namespace Hb::Bundle;
using BundleFixtures::readFile;
using BundleFixtures::writeFile;

namespace {
QString message(const Error &e)
{
    return e.toString();
}
} // namespace

class TestBundleBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void zipHoldsTheListedFilesThenTheRegeneratedManifest();
    void fileListIsReadRelativeToTheManifest();
    void unsignedBundleVerifies();
    void signedBundleVerifiesWithThePublicKey_data();
    void signedBundleVerifiesWithThePublicKey();
    void wrongPublicKeyFailsWithTyksText();
    void unsignedBundleWithKeyConfiguredIsNotSigned();
    void tamperedFileFailsTheChecksum();
    void tamperedDirectoryFailsTheChecksum();
    void manifestWithoutHooksIsRefused();
    void manifestWithoutDriverIsRefused();
    void nonexistentFileIsRefusedAtItsPlace();
    void listingManifestJsonIsRefused();
    void missingManifestCannotBeLoaded();
    void staleSignatureIsKeptWithAWarning();
    void nestedFilesWarnThatTykCannotUnpackThem();
    void verifyOfMissingPathIsAnError();
    void garbagePublicKeyIsAnErrorNotAFailure();

private:
    QString buildSample(const QString &key = {});
    QTemporaryDir m_keysDir;
    BundleFixtures::Keys m_keys;
    BundleFixtures::Keys m_otherKeys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_manifest;
};

void TestBundleBuilder::initTestCase()
{
    const auto keys = BundleFixtures::generateKeys(m_keysDir.path(), QStringLiteral("a"));
    const auto other = BundleFixtures::generateKeys(m_keysDir.path(), QStringLiteral("b"));
    QVERIFY2(keys && other, "openssl could not generate RSA keys");
    m_keys = *keys;
    m_otherKeys = *other;
}

void TestBundleBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString src = m_dir->filePath(QStringLiteral("src"));
    QVERIFY(writeFile(src + QStringLiteral("/file1.py"), "file1 content"));
    QVERIFY(writeFile(src + QStringLiteral("/file2.py"), "file2 content"));
    m_manifest = src + QStringLiteral("/manifest.json");
    const auto doc =
        BundleFixtures::pythonManifest({QStringLiteral("file1.py"), QStringLiteral("file2.py")});
    QVERIFY(writeFile(m_manifest, QByteArray::fromStdString(doc.dump(2))));
}

QString TestBundleBuilder::buildSample(const QString &key)
{
    BuildOptions options;
    options.manifestPath = m_manifest;
    options.outputPath = m_dir->filePath(QStringLiteral("bundle.zip"));
    options.privateKeyPath = key;
    const auto built = BundleBuilder::build(options);
    if (!built)
        qWarning("build failed: %s", qPrintable(built.error().toString()));
    return built ? built->outputPath : QString();
}

void TestBundleBuilder::zipHoldsTheListedFilesThenTheRegeneratedManifest()
{
    const QString zip = buildSample();
    QVERIFY(!zip.isEmpty());
    const auto names = BundleArchive::entryNames(zip);
    QVERIFY(names.ok());
    QCOMPARE(*names, (QStringList{QStringLiteral("file1.py"), QStringLiteral("file2.py"),
                                  QStringLiteral("manifest.json")}));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(BundleArchive::extract(zip, out).ok());
    const auto manifest = nlohmann::json::parse(readFile(out + QStringLiteral("/manifest.json")));
    QCOMPARE(BundleFixtures::dump(manifest["checksum"]),
             BundleFixtures::dump(nlohmann::json("1510d0e71b31de1c78fd9e823a7c6de9")));
    QCOMPARE(BundleFixtures::dump(manifest["signature"]), BundleFixtures::dump(nlohmann::json("")));
    QCOMPARE(BundleFixtures::dump(manifest["file_list"]),
             BundleFixtures::dump((nlohmann::json({"file1.py", "file2.py"}))));
    // Every field of Tyk's structs is written, defaults included.
    const auto &cm = manifest["custom_middleware"];
    QCOMPARE(BundleFixtures::dump(cm["driver"]), BundleFixtures::dump(nlohmann::json("python")));
    QCOMPARE(BundleFixtures::dump(cm["pre"][0]), BundleFixtures::dump((nlohmann::json::parse(
                                                     "{\"disabled\":false,\"name\":\"MyPreHook\","
                                                     "\"path\":\"\",\"require_session\":false,"
                                                     "\"raw_body_only\":false}"))));
    QCOMPARE(BundleFixtures::dump(cm["auth_check"]["name"]),
             BundleFixtures::dump(nlohmann::json("MyAuthCheck")));
    QVERIFY(cm["post"].is_null());
    QVERIFY(cm["traffic_logs"].is_object());
    QVERIFY(cm["id_extractor"]["extractor_config"].is_null());
    // In Go's field order.
    QVERIFY(readFile(out + QStringLiteral("/manifest.json"))
                .startsWith("{\"file_list\":[\"file1.py\",\"file2.py\"],\"custom_middleware\":"
                            "{\"pre\":["));
}

void TestBundleBuilder::fileListIsReadRelativeToTheManifest()
{
    // The test runs from the build directory, not next to the manifest.
    QVERIFY(QDir::currentPath() != QFileInfo(m_manifest).absolutePath());
    QVERIFY(!buildSample().isEmpty());
}

void TestBundleBuilder::unsignedBundleVerifies()
{
    const QString zip = buildSample();
    const auto report = BundleVerifier::verify(zip);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->failure));
    QCOMPARE(report->source, zip);
    QCOMPARE(report->computedChecksum, QStringLiteral("1510d0e71b31de1c78fd9e823a7c6de9"));
    QVERIFY(report->checksumMatches());
    QVERIFY(!report->isSigned());
    QVERIFY(!report->signatureVerified);
    QCOMPARE(report->manifest.customMiddleware.driver, QStringLiteral("python"));
    QCOMPARE(
        BundleVerifier::describeHooks(report->manifest.customMiddleware),
        (QStringList{QStringLiteral("pre: MyPreHook"), QStringLiteral("auth_check: MyAuthCheck")}));
    QCOMPARE(report->warnings, QStringList());
}

void TestBundleBuilder::signedBundleVerifiesWithThePublicKey_data()
{
    QTest::addColumn<QString>("privateKey");
    QTest::addColumn<QString>("publicKey");
    QTest::newRow("PKCS#1 key, PKIX public key") << m_keys.privatePkcs1 << m_keys.publicPkix;
    QTest::newRow("PKCS#8 key, PKCS#1 public key") << m_keys.privatePkcs8 << m_keys.publicPkcs1;
}

void TestBundleBuilder::signedBundleVerifiesWithThePublicKey()
{
    QFETCH(QString, privateKey);
    QFETCH(QString, publicKey);
    const QString zip = buildSample(privateKey);
    QVERIFY(!zip.isEmpty());
    const auto report = BundleVerifier::verify(zip, publicKey);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->failure));
    QVERIFY(report->isSigned());
    QVERIFY(report->signatureVerified);
    // Without a key the signature is not checked, but the checksum is.
    const auto unchecked = BundleVerifier::verify(zip);
    QVERIFY(unchecked.ok() && unchecked->ok());
    QVERIFY(!unchecked->signatureVerified);
}

void TestBundleBuilder::wrongPublicKeyFailsWithTyksText()
{
    const QString zip = buildSample(m_keys.privatePkcs8);
    const auto report = BundleVerifier::verify(zip, m_otherKeys.publicPkix);
    QVERIFY(report.ok());
    QCOMPARE(report->failure, QStringLiteral("crypto/rsa: verification error"));
}

void TestBundleBuilder::unsignedBundleWithKeyConfiguredIsNotSigned()
{
    const QString zip = buildSample();
    const auto report = BundleVerifier::verify(zip, m_keys.publicPkix);
    QVERIFY(report.ok());
    QCOMPARE(report->failure, QStringLiteral("Bundle isn't signed"));
}

void TestBundleBuilder::tamperedFileFailsTheChecksum()
{
    const QString zip = buildSample(m_keys.privatePkcs8);
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(BundleArchive::extract(zip, out).ok());
    // Same manifest, one changed file: what an edit after signing looks like.
    const QString tampered = m_dir->filePath(QStringLiteral("tampered.zip"));
    QVERIFY(BundleArchive::create(tampered, {{QStringLiteral("file1.py"), "file1 content, changed"},
                                             {QStringLiteral("file2.py"),
                                              readFile(out + QStringLiteral("/file2.py"))},
                                             {QStringLiteral("manifest.json"),
                                              readFile(out + QStringLiteral("/manifest.json"))}})
                .ok());
    for (const QString &key : {QString(), m_keys.publicPkix}) {
        const auto report = BundleVerifier::verify(tampered, key);
        QVERIFY(report.ok());
        QCOMPARE(report->failure, QStringLiteral("invalid checksum"));
        QVERIFY(!report->checksumMatches());
    }
}

void TestBundleBuilder::tamperedDirectoryFailsTheChecksum()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(BundleArchive::extract(buildSample(), out).ok());
    QVERIFY(BundleVerifier::verify(out).value().ok());
    QVERIFY(writeFile(out + QStringLiteral("/file2.py"), "file2 content!"));
    const auto report = BundleVerifier::verify(out);
    QVERIFY(report.ok());
    QCOMPARE(report->failure, QStringLiteral("invalid checksum"));
}

void TestBundleBuilder::manifestWithoutHooksIsRefused()
{
    auto doc = BundleFixtures::pythonManifest({QStringLiteral("file1.py")});
    doc["custom_middleware"].erase("pre");
    doc["custom_middleware"]["auth_check"]["name"] = "";
    QVERIFY(writeFile(m_manifest, QByteArray::fromStdString(doc.dump())));
    const auto manifest = BundleBuilder::loadManifest(m_manifest);
    QVERIFY(!manifest.ok());
    QCOMPARE(manifest.error().message, QStringLiteral("No hooks defined"));
    QCOMPARE(manifest.error().where.file, m_manifest);
}

void TestBundleBuilder::manifestWithoutDriverIsRefused()
{
    auto doc = BundleFixtures::pythonManifest({QStringLiteral("file1.py")});
    doc["custom_middleware"].erase("driver");
    QVERIFY(writeFile(m_manifest, QByteArray::fromStdString(doc.dump())));
    const auto manifest = BundleBuilder::loadManifest(m_manifest);
    QVERIFY(!manifest.ok());
    QCOMPARE(manifest.error().message, QStringLiteral("No driver specified"));
}

void TestBundleBuilder::nonexistentFileIsRefusedAtItsPlace()
{
    const auto doc =
        BundleFixtures::pythonManifest({QStringLiteral("file1.py"), QStringLiteral("nothere.py")});
    const QByteArray text = QByteArray::fromStdString(doc.dump(2));
    QVERIFY(writeFile(m_manifest, text));
    const auto manifest = BundleBuilder::loadManifest(m_manifest);
    QVERIFY(!manifest.ok());
    QCOMPARE(manifest.error().message,
             QStringLiteral("Referencing a nonexistent file: nothere.py"));
    const qsizetype at = text.indexOf("\"nothere.py\"");
    QCOMPARE(manifest.error().where.line, text.left(at).count('\n') + 1);
    QCOMPARE(manifest.error().where.column, at - text.lastIndexOf('\n', at));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("bundle.zip"))));
}

void TestBundleBuilder::listingManifestJsonIsRefused()
{
    const auto doc = BundleFixtures::pythonManifest(
        {QStringLiteral("file1.py"), QStringLiteral("manifest.json")});
    QVERIFY(writeFile(m_manifest, QByteArray::fromStdString(doc.dump())));
    const auto manifest = BundleBuilder::loadManifest(m_manifest);
    QVERIFY(!manifest.ok());
    QVERIFY2(manifest.error().message.contains(QStringLiteral("must not list manifest.json")),
             qPrintable(message(manifest.error())));
}

void TestBundleBuilder::missingManifestCannotBeLoaded()
{
    BuildOptions options;
    options.manifestPath = m_dir->filePath(QStringLiteral("none.json"));
    const auto built = BundleBuilder::build(options);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().message.contains(QStringLiteral("Couldn't load manifest file")),
             qPrintable(message(built.error())));
}

void TestBundleBuilder::staleSignatureIsKeptWithAWarning()
{
    auto doc = BundleFixtures::pythonManifest({QStringLiteral("file1.py")});
    doc["signature"] = "c3RhbGU=";
    QVERIFY(writeFile(m_manifest, QByteArray::fromStdString(doc.dump())));
    BuildOptions options;
    options.manifestPath = m_manifest;
    options.outputPath = m_dir->filePath(QStringLiteral("stale.zip"));
    const auto built = BundleBuilder::build(options);
    QVERIFY(built.ok());
    QCOMPARE(built->manifest.signature, QStringLiteral("c3RhbGU="));
    QCOMPARE(built->warnings.size(), 1);
    QCOMPARE(BundleVerifier::verify(options.outputPath, m_keys.publicPkix)->failure,
             QStringLiteral("crypto/rsa: verification error"));
}

void TestBundleBuilder::nestedFilesWarnThatTykCannotUnpackThem()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("src/lib/helper.py")), "x = 1\n"));
    const auto doc = BundleFixtures::pythonManifest(
        {QStringLiteral("file1.py"), QStringLiteral("lib/helper.py")});
    QVERIFY(writeFile(m_manifest, QByteArray::fromStdString(doc.dump())));
    const QString zip = buildSample();
    const auto report = BundleVerifier::verify(zip);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->failure));
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY2(report->warnings.first().contains(QStringLiteral("\"lib/helper.py\" has no directory "
                                                              "entry \"lib/\"")),
             qPrintable(report->warnings.first()));
}

void TestBundleBuilder::verifyOfMissingPathIsAnError()
{
    const auto report = BundleVerifier::verify(m_dir->filePath(QStringLiteral("none.zip")));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::NotFound);
}

void TestBundleBuilder::garbagePublicKeyIsAnErrorNotAFailure()
{
    const QString zip = buildSample(m_keys.privatePkcs8);
    const QString key = m_dir->filePath(QStringLiteral("garbage.pem"));
    QVERIFY(writeFile(key, "garbage"));
    const auto report = BundleVerifier::verify(zip, key);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.startsWith(QStringLiteral("public key ") + key +
                                               QStringLiteral(": not a PEM public key")),
             qPrintable(report.error().message));
}

QTEST_GUILESS_MAIN(TestBundleBuilder)
#include "tst_bundlebuilder.moc"
