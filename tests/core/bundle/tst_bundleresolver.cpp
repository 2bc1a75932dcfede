// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlebuilder.h"
#include "core/bundle/bundleresolver.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace Hb;
using namespace Hb::Bundle;
using BundleFixtures::listTree;
using BundleFixtures::readFile;
using BundleFixtures::writeFile;

class TestBundleResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void bundleIdIsTheMd5OfTheName();
    void directoryBundleIsUsedInPlace();
    void zipBundleIsUnpackedIntoTheCache();
    void zipReportsHashingUnpackingAndVerifyingUpToTheirTotals();
    void sameZipResolvedTwiceReusesItsDirectory();
    void changedZipGetsANewDirectoryAndContentHash();
    void editedDirectoryBundleChangesTheContentHash();
    void missingBundleNamesThePathLookedAt();
    void withoutABaseThereIsNoBundle();
    void httpBundleIsDownloadedOnceAndVerified();
    void httpNeedsTheBundleDownloader();
    void httpErrorStatusIsTyksError();
    void httpsCertificateIsCheckedUnlessSkipVerifyIsSet();
    void fileUrlAndPlainPathBasesAreLocal();
    void bundlesDirTakesPrecedenceOverTheBaseUrl();
    void unsignedDirectoryIsNotVerified();
    void signedDirectoryMustMatchItsChecksum();
    void skipVerifyExistingSkipsEvenASignedDirectory();
    void directoryWithoutManifestIsRefused();
    void unsignedZipWithKeyConfiguredIsRefusedAndRemoved();
    void signedZipVerifiesWithTheKey();
    void hostileZipIsRefusedAndLeavesNothingInTheCache();
    void commaSeparatedBundlesAreMerged();
    void mergingConflictingDriversFails();
    void subdirectoryNamesFollowTyk_data();
    void subdirectoryNamesFollowTyk();

private:
    QString buildZip(const QString &name, const QByteArray &code, const QString &key = {},
                     const QString &driver = QStringLiteral("python"));
    BundleSourceOptions options() const;

    QTemporaryDir m_keysDir;
    BundleFixtures::Keys m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bundles;
    QString m_cache;
};

void TestBundleResolver::initTestCase()
{
    const auto keys = BundleFixtures::generateKeys(m_keysDir.path(), QStringLiteral("k"));
    QVERIFY2(keys, "openssl could not generate RSA keys");
    m_keys = *keys;
}

void TestBundleResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_bundles = m_dir->filePath(QStringLiteral("bundles"));
    m_cache = m_dir->filePath(QStringLiteral("cache"));
    QVERIFY(QDir().mkpath(m_bundles));
}

BundleSourceOptions TestBundleResolver::options() const
{
    BundleSourceOptions o;
    o.bundlesDir = m_bundles;
    o.cacheDir = m_cache;
    return o;
}

// Builds `<bundles>/<name>` from a one-file manifest with a pre hook.
QString TestBundleResolver::buildZip(const QString &name, const QByteArray &code,
                                     const QString &key, const QString &driver)
{
    const QString src = m_dir->filePath(QStringLiteral("src-") + name);
    writeFile(src + QStringLiteral("/middleware.py"), code);
    auto doc = BundleFixtures::pythonManifest({QStringLiteral("middleware.py")});
    doc["custom_middleware"]["driver"] = driver.toStdString();
    doc["custom_middleware"]["pre"][0]["path"] = "middleware.py";
    if (name.startsWith(u'b'))
        doc["custom_middleware"].erase("auth_check");
    writeFile(src + QStringLiteral("/manifest.json"), QByteArray::fromStdString(doc.dump()));
    BuildOptions build;
    build.manifestPath = src + QStringLiteral("/manifest.json");
    build.outputPath = QDir(m_bundles).filePath(name);
    build.privateKeyPath = key;
    const auto built = BundleBuilder::build(build);
    if (!built)
        qWarning("build failed: %s", qPrintable(built.error().toString()));
    return built ? built->outputPath : QString();
}

void TestBundleResolver::bundleIdIsTheMd5OfTheName()
{
    QCOMPARE(BundleResolver::bundleIdOf(QStringLiteral("bundle.zip")),
             QStringLiteral("c343271e0935000c0ea41f8d9822015c"));
}

void TestBundleResolver::directoryBundleIsUsedInPlace()
{
    const QString dir = m_bundles + QStringLiteral("/mybundle");
    writeFile(dir + QStringLiteral("/middleware.py"), "def hook(): pass\n");
    writeFile(dir + QStringLiteral("/manifest.json"),
              QByteArray::fromStdString(
                  BundleFixtures::pythonManifest({QStringLiteral("middleware.py")}).dump()));
    const auto bundle = BundleResolver(options()).resolve(QStringLiteral("mybundle"));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    QCOMPARE(bundle->name, QStringLiteral("mybundle"));
    QCOMPARE(bundle->bundleId, BundleResolver::bundleIdOf(QStringLiteral("mybundle")));
    QCOMPARE(bundle->directory, dir);
    QCOMPARE(bundle->manifest.customMiddleware.pre.first().name, QStringLiteral("MyPreHook"));
    QCOMPARE(bundle->contentHash.size(), 32);
    QVERIFY(!QFileInfo::exists(m_cache)); // nothing to unpack
}

void TestBundleResolver::zipBundleIsUnpackedIntoTheCache()
{
    const QString zip = buildZip(QStringLiteral("a.zip"), "def hook(): pass\n");
    QVERIFY(!zip.isEmpty());
    const auto bundle = BundleResolver(options()).resolve(QStringLiteral("a.zip"));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    QCOMPARE(bundle->bundleId, BundleResolver::bundleIdOf(QStringLiteral("a.zip")));
    QCOMPARE(QFileInfo(bundle->directory).absolutePath(), QFileInfo(m_cache).absoluteFilePath());
    QVERIFY(QFileInfo(bundle->directory).fileName().startsWith(bundle->bundleId + u'-'));
    QCOMPARE(QFileInfo(bundle->directory).fileName().size(), 32 + 1 + 16);
    QCOMPARE(readFile(bundle->directory + QStringLiteral("/middleware.py")),
             QByteArray("def hook(): pass\n"));
    QCOMPARE(bundle->manifest.checksum.size(), 32);
    // The directory, middleware.py, manifest.json, and the lock that marks it in use.
    QCOMPARE(listTree(m_cache).size(), 4);
    QVERIFY(QFileInfo::exists(bundle->directory + QStringLiteral(".lock")));
}

void TestBundleResolver::zipReportsHashingUnpackingAndVerifyingUpToTheirTotals()
{
    // A plugin with a 3 MB comment: several 64 KiB chunks to inflate and report.
    QByteArray code("def hook(): pass\n");
    for (int i = 0; code.size() < 3 * 1024 * 1024; ++i)
        code += "# line " + QByteArray::number(i * 7919 % 100003) + " of padding\n";
    const QString zip = buildZip(QStringLiteral("big.zip"), code);
    QVERIFY(!zip.isEmpty());
    QList<BundleProgress> heard;
    BundleSourceOptions o = options();
    o.progress = [&heard](const BundleProgress &p) { heard.append(p); };
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("big.zip"));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));

    using Stage = BundleProgress::Stage;
    QList<Stage> order;
    qint64 lastDone = -1;
    for (const BundleProgress &p : std::as_const(heard)) {
        QCOMPARE(p.bundle, QStringLiteral("big.zip"));
        if (order.isEmpty() || order.last() != p.stage) {
            order.append(p.stage);
            lastDone = -1;
        }
        QVERIFY2(p.done >= lastDone, "progress never goes back within a stage");
        QVERIFY(p.total == 0 || p.done <= p.total);
        lastDone = p.done;
    }
    QCOMPARE(order,
             (QList<Stage>{Stage::Hashing, Stage::Unpacking, Stage::Verifying, Stage::Done}));
    auto lastOf = [&heard](Stage stage) {
        BundleProgress last;
        for (const BundleProgress &p : std::as_const(heard)) {
            if (p.stage == stage)
                last = p;
        }
        return last;
    };
    const BundleProgress hashed = lastOf(Stage::Hashing);
    QCOMPARE(hashed.done, QFileInfo(zip).size());
    QCOMPARE(hashed.total, hashed.done);
    const BundleProgress unpacked = lastOf(Stage::Unpacking);
    QVERIFY(unpacked.done > code.size()); // the code and the manifest
    QCOMPARE(unpacked.total, unpacked.done);
    qsizetype unpackReports = 0;
    for (const BundleProgress &p : std::as_const(heard))
        unpackReports += p.stage == Stage::Unpacking ? 1 : 0;
    QVERIFY2(unpackReports >= 3 * 1024 * 1024 / (64 * 1024), "reported while inflating");

    // A zip unpacked before is hashed and verified again, not unpacked.
    heard.clear();
    QVERIFY(BundleResolver(o).resolve(QStringLiteral("big.zip")).ok());
    QVERIFY(!heard.isEmpty());
    for (const BundleProgress &p : std::as_const(heard))
        QVERIFY(p.stage != Stage::Unpacking);
}

void TestBundleResolver::sameZipResolvedTwiceReusesItsDirectory()
{
    buildZip(QStringLiteral("a.zip"), "v1\n");
    const BundleResolver resolver(options());
    const auto first = resolver.resolve(QStringLiteral("a.zip"));
    QVERIFY(first.ok());
    const QDateTime unpackedAt =
        QFileInfo(first->directory + QStringLiteral("/middleware.py")).lastModified();
    const auto second = BundleResolver(options()).resolve(QStringLiteral("a.zip"));
    QVERIFY(second.ok());
    QCOMPARE(second->directory, first->directory);
    QCOMPARE(second->contentHash, first->contentHash);
    QCOMPARE(QFileInfo(second->directory + QStringLiteral("/middleware.py")).lastModified(),
             unpackedAt);
    QCOMPARE(QDir(m_cache).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
}

void TestBundleResolver::changedZipGetsANewDirectoryAndContentHash()
{
    buildZip(QStringLiteral("a.zip"), "v1\n");
    const BundleResolver resolver(options());
    const auto first = resolver.resolve(QStringLiteral("a.zip"));
    QVERIFY(first.ok());
    buildZip(QStringLiteral("a.zip"), "v2\n");
    const auto second = resolver.resolve(QStringLiteral("a.zip"));
    QVERIFY(second.ok());
    QVERIFY(second->directory != first->directory);
    QVERIFY(second->contentHash != first->contentHash);
    QCOMPARE(second->bundleId, first->bundleId);
    // The old version stays for requests still running on it.
    QCOMPARE(readFile(first->directory + QStringLiteral("/middleware.py")), QByteArray("v1\n"));
    QCOMPARE(readFile(second->directory + QStringLiteral("/middleware.py")), QByteArray("v2\n"));
}

void TestBundleResolver::editedDirectoryBundleChangesTheContentHash()
{
    const QString dir = m_bundles + QStringLiteral("/d");
    writeFile(dir + QStringLiteral("/middleware.py"), "v1\n");
    writeFile(dir + QStringLiteral("/manifest.json"),
              QByteArray::fromStdString(
                  BundleFixtures::pythonManifest({QStringLiteral("middleware.py")}).dump()));
    const BundleResolver resolver(options());
    const auto first = resolver.resolve(QStringLiteral("d"));
    QVERIFY(first.ok());
    QCOMPARE(resolver.resolve(QStringLiteral("d"))->contentHash, first->contentHash);
    writeFile(dir + QStringLiteral("/middleware.py"), "v2\n");
    const auto second = resolver.resolve(QStringLiteral("d"));
    QVERIFY(second.ok());
    QVERIFY(second->contentHash != first->contentHash);
}

void TestBundleResolver::missingBundleNamesThePathLookedAt()
{
    const auto bundle = BundleResolver(options()).resolve(QStringLiteral("none.zip"));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code, ErrorCode::NotFound);
    QVERIFY2(bundle.error().message.startsWith(QStringLiteral("bundle \"none.zip\": ") + m_bundles +
                                               QStringLiteral("/none.zip: ")),
             qPrintable(bundle.error().message));
}

void TestBundleResolver::withoutABaseThereIsNoBundle()
{
    BundleSourceOptions o;
    o.cacheDir = m_cache;
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().message,
             QStringLiteral("bundle \"a.zip\": No bundle base URL set, skipping bundle"));
}

// The real HTTP server bundles come from: Python's http.server over `dir`, stopped by PID.
class BundleServer
{
public:
    bool start(const QString &dir, const QStringList &tls = {})
    {
        m_process.start(QStringLiteral("python3"),
                        QStringList{QStringLiteral(HB_BUNDLE_HTTP_SERVER), dir} + tls);
        if (!m_process.waitForStarted(10000))
            return false;
        // Python starts slowly on a loaded machine (a pyenv shim first on PATH slower still).
        QDeadlineTimer deadline(60000);
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
               !deadline.hasExpired())
            m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)));
        const QByteArray line = m_process.readLine().trimmed();
        port = line.startsWith("PORT ") ? line.mid(5).toUShort() : 0;
        if (port == 0)
            qWarning("bundle server did not start: %s %s", line.constData(),
                     m_process.readAllStandardError().constData());
        return port != 0;
    }
    void stop()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    ~BundleServer() { stop(); }
    quint16 port = 0;

private:
    QProcess m_process;
};

void TestBundleResolver::httpBundleIsDownloadedOnceAndVerified()
{
    buildZip(QStringLiteral("a.zip"), "def hook(): pass\n");
    BundleServer server;
    QVERIFY(server.start(m_dir->path()));
    BundleSourceOptions o;
    o.cacheDir = m_cache;
    o.enableBundleDownloader = true;
    // Go's path.Join(base path, name): the base's path is kept.
    o.bundleBaseUrl = QStringLiteral("http://127.0.0.1:%1/bundles/").arg(server.port);
    QList<BundleProgress::Stage> stages;
    o.progress = [&stages](const BundleProgress &p) { stages.append(p.stage); };
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    QCOMPARE(readFile(bundle->directory + QStringLiteral("/middleware.py")),
             QByteArray("def hook(): pass\n"));
    QVERIFY(stages.contains(BundleProgress::Stage::Downloading));
    QVERIFY(stages.contains(BundleProgress::Stage::Verifying));

    // Tyk downloads a bundle once: with the server gone it still loads.
    server.stop();
    o.progress = {};
    const auto again = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->directory, bundle->directory);
}

void TestBundleResolver::httpNeedsTheBundleDownloader()
{
    BundleSourceOptions o;
    o.cacheDir = m_cache;
    o.bundleBaseUrl = QStringLiteral("https://bundles.example/b/");
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().message,
             QStringLiteral("bundle \"a.zip\": Bundle downloader is disabled"));
}

void TestBundleResolver::httpErrorStatusIsTyksError()
{
    BundleServer server;
    QVERIFY(server.start(m_dir->path()));
    BundleSourceOptions o;
    o.cacheDir = m_cache;
    o.enableBundleDownloader = true;
    o.bundleBaseUrl = QStringLiteral("http://127.0.0.1:%1/bundles").arg(server.port);
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("missing.zip"));
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().message.endsWith(QStringLiteral("HTTP Error, got status code 404")),
             qPrintable(bundle.error().message));
    QVERIFY(bundle.error().message.contains(QStringLiteral("/bundles/missing.zip")));
    QVERIFY(!QFileInfo::exists(m_cache + QStringLiteral("/downloads")) ||
            QDir(m_cache + QStringLiteral("/downloads")).isEmpty());
}

void TestBundleResolver::httpsCertificateIsCheckedUnlessSkipVerifyIsSet()
{
    buildZip(QStringLiteral("a.zip"), "x = 1\n");
    const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    BundleServer server;
    QVERIFY(server.start(m_dir->path(),
                         {QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}));
    BundleSourceOptions o;
    o.cacheDir = m_cache;
    o.enableBundleDownloader = true;
    o.bundleBaseUrl = QStringLiteral("https://127.0.0.1:%1/bundles/").arg(server.port);
    const auto refused = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("Error getting bundle")),
             qPrintable(refused.error().message));

    o.insecureSkipVerify = true; // bundle_insecure_skip_verify
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
}

void TestBundleResolver::fileUrlAndPlainPathBasesAreLocal()
{
    buildZip(QStringLiteral("a.zip"), "x\n");
    for (const QString &base : {QUrl::fromLocalFile(m_bundles).toString(), m_bundles}) {
        BundleSourceOptions o;
        o.bundleBaseUrl = base;
        o.cacheDir = m_cache;
        const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
        QVERIFY2(bundle.ok(), qPrintable(base));
    }
    BundleSourceOptions o;
    o.bundleBaseUrl = QStringLiteral("ftp://host/b");
    QCOMPARE(BundleResolver(o).resolve(QStringLiteral("a.zip")).error().message,
             QStringLiteral("bundle \"a.zip\": Unknown URL scheme"));
}

void TestBundleResolver::bundlesDirTakesPrecedenceOverTheBaseUrl()
{
    buildZip(QStringLiteral("a.zip"), "x\n");
    BundleSourceOptions o = options();
    o.bundleBaseUrl = QStringLiteral("http://ignored/");
    QVERIFY(BundleResolver(o).resolve(QStringLiteral("a.zip")).ok());
}

void TestBundleResolver::unsignedDirectoryIsNotVerified()
{
    // Tyk's partial verification: an existing directory without a signature is trusted,
    // even with a wrong checksum and a public key configured.
    const QString dir = m_bundles + QStringLiteral("/d");
    auto doc = BundleFixtures::pythonManifest({QStringLiteral("middleware.py")});
    doc["checksum"] = "wrong";
    writeFile(dir + QStringLiteral("/middleware.py"), "x\n");
    writeFile(dir + QStringLiteral("/manifest.json"), QByteArray::fromStdString(doc.dump()));
    BundleSourceOptions o = options();
    o.publicKeyPath = m_keys.publicPkix;
    QVERIFY(BundleResolver(o).resolve(QStringLiteral("d")).ok());
}

void TestBundleResolver::signedDirectoryMustMatchItsChecksum()
{
    buildZip(QStringLiteral("a.zip"), "x\n", m_keys.privatePkcs8);
    BundleSourceOptions o = options();
    o.publicKeyPath = m_keys.publicPkix;
    const auto unpacked = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY(unpacked.ok());
    // Use the unpacked zip as a directory bundle, then tamper with it.
    const QString dir = m_bundles + QStringLiteral("/d");
    QVERIFY(QDir().rename(unpacked->directory, dir));
    QVERIFY(BundleResolver(o).resolve(QStringLiteral("d")).ok());
    writeFile(dir + QStringLiteral("/middleware.py"), "evil\n");
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("d"));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().message,
             QStringLiteral("bundle \"d\": ") + dir + QStringLiteral(": invalid checksum"));
    QVERIFY(QFileInfo::exists(dir)); // Tyk never removes an existing directory
}

void TestBundleResolver::skipVerifyExistingSkipsEvenASignedDirectory()
{
    buildZip(QStringLiteral("a.zip"), "x\n", m_keys.privatePkcs8);
    const auto unpacked = BundleResolver(options()).resolve(QStringLiteral("a.zip"));
    QVERIFY(unpacked.ok());
    const QString dir = m_bundles + QStringLiteral("/d");
    QVERIFY(QDir().rename(unpacked->directory, dir));
    writeFile(dir + QStringLiteral("/middleware.py"), "changed\n");
    BundleSourceOptions o = options();
    o.publicKeyPath = m_keys.publicPkix;
    o.skipVerifyExisting = true;
    QVERIFY(BundleResolver(o).resolve(QStringLiteral("d")).ok());
}

void TestBundleResolver::directoryWithoutManifestIsRefused()
{
    QVERIFY(QDir().mkpath(m_bundles + QStringLiteral("/empty")));
    const auto bundle = BundleResolver(options()).resolve(QStringLiteral("empty"));
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().message.endsWith(QStringLiteral("/empty/manifest.json: file does not "
                                                            "exist")),
             qPrintable(bundle.error().message));
}

void TestBundleResolver::unsignedZipWithKeyConfiguredIsRefusedAndRemoved()
{
    buildZip(QStringLiteral("a.zip"), "x\n");
    BundleSourceOptions o = options();
    o.publicKeyPath = m_keys.publicPkix;
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().message.endsWith(QStringLiteral("a.zip: Bundle isn't signed")),
             qPrintable(bundle.error().message));
    QCOMPARE(listTree(m_cache), QStringList());
}

void TestBundleResolver::signedZipVerifiesWithTheKey()
{
    buildZip(QStringLiteral("a.zip"), "x\n", m_keys.privatePkcs1);
    BundleSourceOptions o = options();
    o.publicKeyPath = m_keys.publicPkcs1;
    const auto bundle = BundleResolver(o).resolve(QStringLiteral("a.zip"));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    QVERIFY(!bundle->manifest.signature.isEmpty());
}

void TestBundleResolver::hostileZipIsRefusedAndLeavesNothingInTheCache()
{
    QCOMPARE(
        BundleFixtures::makeZip(QStringLiteral("dotdot"), m_bundles + QStringLiteral("/evil.zip")),
        QString());
    const auto bundle = BundleResolver(options()).resolve(QStringLiteral("evil.zip"));
    QVERIFY(!bundle.ok());
    QVERIFY2(bundle.error().message.startsWith(QStringLiteral("bundle \"evil.zip\": ")),
             qPrintable(bundle.error().message));
    QVERIFY(bundle.error().message.contains(QStringLiteral("\"../evil.py\" refused")));
    QCOMPARE(listTree(m_cache), QStringList());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("evil.py"))));
}

void TestBundleResolver::commaSeparatedBundlesAreMerged()
{
    buildZip(QStringLiteral("a.zip"), "a\n");
    const QString dir = m_bundles + QStringLiteral("/b");
    writeFile(dir + QStringLiteral("/lib.js"), "b\n");
    writeFile(dir + QStringLiteral("/manifest.json"),
              "{\"file_list\":[\"lib.js\"],\"custom_middleware\":{\"driver\":\"python\","
              "\"post\":[{\"name\":\"BPost\",\"path\":\"lib.js\"}],"
              "\"id_extractor\":{\"extract_with\":\"value\",\"extract_from\":\"header\"}}}");
    const QString names = QStringLiteral("a.zip, b");
    const auto bundle = BundleResolver(options()).resolve(names);
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    QCOMPARE(bundle->name, names);
    QCOMPARE(bundle->bundleId, BundleResolver::bundleIdOf(names));
    const auto &cm = bundle->manifest.customMiddleware;
    QCOMPARE(cm.driver, QStringLiteral("python"));
    QCOMPARE(cm.pre.first().path, QStringLiteral("a/middleware.py"));
    QCOMPARE(cm.post.first().path, QStringLiteral("b/lib.js"));
    QCOMPARE(cm.authCheck.name, QStringLiteral("MyAuthCheck"));
    QCOMPARE(cm.idExtractor.extractWith, QStringLiteral("value"));
    QCOMPARE(bundle->manifest.fileList,
             (QStringList{QStringLiteral("a/middleware.py"), QStringLiteral("b/lib.js")}));
    QCOMPARE(readFile(bundle->directory + QStringLiteral("/a/middleware.py")), QByteArray("a\n"));
    QCOMPARE(readFile(bundle->directory + QStringLiteral("/b/lib.js")), QByteArray("b\n"));
    // Resolving again reuses the assembled directory; a changed part makes a new one.
    QCOMPARE(BundleResolver(options()).resolve(names)->directory, bundle->directory);
    writeFile(dir + QStringLiteral("/lib.js"), "b2\n");
    const auto changed = BundleResolver(options()).resolve(names);
    QVERIFY(changed.ok());
    QVERIFY(changed->contentHash != bundle->contentHash);
}

void TestBundleResolver::mergingConflictingDriversFails()
{
    buildZip(QStringLiteral("a.zip"), "a\n");
    buildZip(QStringLiteral("b.zip"), "b\n", {}, QStringLiteral("lua"));
    const auto bundle = BundleResolver(options()).resolve(QStringLiteral("a.zip,b.zip"));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().message,
             QStringLiteral("bundle \"a.zip,b.zip\": bundle \"b.zip\" declares driver \"lua\" but "
                            "earlier bundles set \"python\""));
}

void TestBundleResolver::subdirectoryNamesFollowTyk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subdirectory");
    QTest::newRow("plain") << QStringLiteral("a.zip") << QStringLiteral("a");
    QTest::newRow("path") << QStringLiteral("platform/x-1.4.0.zip")
                          << QStringLiteral("platform__x-1.4.0");
    QTest::newRow("no extension") << QStringLiteral("dir.v1/b") << QStringLiteral("dir.v1__b");
    QTest::newRow("only extension") << QStringLiteral(".zip") << QStringLiteral("bundle_");
}

void TestBundleResolver::subdirectoryNamesFollowTyk()
{
    QFETCH(QString, name);
    QFETCH(QString, subdirectory);
    const QString actual = BundleResolver::subdirectoryOf(name);
    if (subdirectory == u"bundle_")
        QCOMPARE(actual.size(), 7 + 12);
    QVERIFY2(actual.startsWith(subdirectory), qPrintable(actual));
    if (subdirectory != u"bundle_")
        QCOMPARE(actual, subdirectory);
}

QTEST_GUILESS_MAIN(TestBundleResolver)
#include "tst_bundleresolver.moc"
