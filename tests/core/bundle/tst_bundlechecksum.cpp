// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlechecksum.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;
using namespace Hb::Bundle;

class TestBundleChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFileListIsTheMd5OfNothing();
    void filesAreConcatenatedInListOrder();
    void singleFileChecksumIsThatFilesMd5();
    void sha256CoversTheSameBytes();
    void missingFileIsAnErrorNamingIt();
    void entriesJoinLikeGoFilepathJoin();
};

void TestBundleChecksum::emptyFileListIsTheMd5OfNothing()
{
    const auto digest = BundleChecksum::compute({}, QStringLiteral("/nonexistent"));
    QVERIFY(digest.ok());
    QCOMPARE(digest->md5Hex, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"));
}

void TestBundleChecksum::filesAreConcatenatedInListOrder()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixtures::writeFile(dir.filePath(QStringLiteral("file1.py")), "file1 content"));
    QVERIFY(BundleFixtures::writeFile(dir.filePath(QStringLiteral("file2.py")), "file2 content"));
    const auto digest = BundleChecksum::compute(
        {QStringLiteral("file1.py"), QStringLiteral("file2.py")}, dir.path());
    QVERIFY(digest.ok());
    QCOMPARE(digest->md5Hex, QStringLiteral("1510d0e71b31de1c78fd9e823a7c6de9"));
    const auto reversed = BundleChecksum::compute(
        {QStringLiteral("file2.py"), QStringLiteral("file1.py")}, dir.path());
    QVERIFY(reversed.ok());
    QVERIFY(reversed->md5Hex != digest->md5Hex);
}

void TestBundleChecksum::singleFileChecksumIsThatFilesMd5()
{
    QTemporaryDir dir;
    const QByteArray content = QByteArray(100000, 'x') + "tail"; // more than one read chunk
    QVERIFY(BundleFixtures::writeFile(dir.filePath(QStringLiteral("big.py")), content));
    const auto digest = BundleChecksum::compute({QStringLiteral("big.py")}, dir.path());
    QVERIFY(digest.ok());
    QCOMPARE(
        digest->md5Hex,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex()));
}

void TestBundleChecksum::sha256CoversTheSameBytes()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixtures::writeFile(dir.filePath(QStringLiteral("file1.py")), "file1 content"));
    QVERIFY(BundleFixtures::writeFile(dir.filePath(QStringLiteral("file2.py")), "file2 content"));
    const auto digest = BundleChecksum::compute(
        {QStringLiteral("file1.py"), QStringLiteral("file2.py")}, dir.path());
    QVERIFY(digest.ok());
    const auto expected = BundleChecksum::ofBytes("file1 contentfile2 content");
    QCOMPARE(digest->sha256, expected.sha256);
    QCOMPARE(digest->md5Hex, expected.md5Hex);
    QCOMPARE(digest->sha256.size(), 32);
}

void TestBundleChecksum::missingFileIsAnErrorNamingIt()
{
    QTemporaryDir dir;
    QVERIFY(BundleFixtures::writeFile(dir.filePath(QStringLiteral("a.py")), "a"));
    const auto digest =
        BundleChecksum::compute({QStringLiteral("a.py"), QStringLiteral("gone.py")}, dir.path());
    QVERIFY(!digest.ok());
    QCOMPARE(digest.error().code, ErrorCode::NotFound);
    QVERIFY2(digest.error().message.contains(QStringLiteral("\"gone.py\"")),
             qPrintable(digest.error().message));
    QVERIFY(digest.error().message.contains(dir.filePath(QStringLiteral("gone.py"))));
}

void TestBundleChecksum::entriesJoinLikeGoFilepathJoin()
{
    QCOMPARE(BundleChecksum::joinPath(QStringLiteral("/b"), QStringLiteral("/abs.py")),
             QStringLiteral("/b/abs.py"));
    QCOMPARE(BundleChecksum::joinPath(QStringLiteral("/b/"), QStringLiteral("./lib//x.py")),
             QStringLiteral("/b/lib/x.py"));
    QCOMPARE(BundleChecksum::joinPath(QStringLiteral("/b"), QStringLiteral("../x.py")),
             QStringLiteral("/x.py"));
}

QTEST_GUILESS_MAIN(TestBundleChecksum)
#include "tst_bundlechecksum.moc"
