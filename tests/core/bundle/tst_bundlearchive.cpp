// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlearchive.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;
using namespace Hb::Bundle;
using BundleFixtures::listTree;
using BundleFixtures::readFile;

class TestBundleArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdZipUnpacksToTheSameFiles();
    void createdZipHasMode0755AndReplacesTheOldFile();
    void nestedEntriesGetTheirDirectories();
    void hostileArchiveIsRefusedAndLeavesNothing_data();
    void hostileArchiveIsRefusedAndLeavesNothing();
    void existingDestinationIsNotTouched();
    void notAZipIsRefused();
    void entryNamesAreCheckedLikeTyk_data();
    void entryNamesAreCheckedLikeTyk();
};

void TestBundleArchive::createdZipUnpacksToTheSameFiles()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("b.zip"));
    const QByteArray binary("\0\1\2\xff", 4);
    QVERIFY(BundleArchive::create(zip, {{QStringLiteral("middleware.py"), "print(1)\n"},
                                        {QStringLiteral("lib/bin.dat"), binary},
                                        {QStringLiteral("empty.txt"), QByteArray()}})
                .ok());
    const auto names = BundleArchive::entryNames(zip);
    QVERIFY(names.ok());
    QCOMPARE(*names, (QStringList{QStringLiteral("middleware.py"), QStringLiteral("lib/bin.dat"),
                                  QStringLiteral("empty.txt")}));
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto ok = BundleArchive::extract(zip, out);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(readFile(out + QStringLiteral("/middleware.py")), QByteArray("print(1)\n"));
    QCOMPARE(readFile(out + QStringLiteral("/lib/bin.dat")), binary);
    QVERIFY(QFileInfo(out + QStringLiteral("/empty.txt")).isFile());
    // No staging directory is left next to the destination.
    QCOMPARE(listTree(dir.path()).filter(QStringLiteral(".partial")), QStringList());
}

void TestBundleArchive::createdZipHasMode0755AndReplacesTheOldFile()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("b.zip"));
    QVERIFY(BundleFixtures::writeFile(zip, "old"));
    QVERIFY(BundleArchive::create(zip, {{QStringLiteral("a.py"), "a"}}).ok());
    const auto permissions = QFileInfo(zip).permissions();
    QVERIFY(permissions.testFlag(QFile::ExeOwner));
    QVERIFY(permissions.testFlag(QFile::ExeGroup));
    QVERIFY(permissions.testFlag(QFile::ReadOther));
    QVERIFY(!permissions.testFlag(QFile::WriteGroup));
    QVERIFY(!permissions.testFlag(QFile::WriteOther));
    QVERIFY(readFile(zip).startsWith("PK\x03\x04"));
    QCOMPARE(listTree(dir.path()), QStringList{QStringLiteral("b.zip")});
}

void TestBundleArchive::nestedEntriesGetTheirDirectories()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("nested.zip"));
    QCOMPARE(BundleFixtures::makeZip(QStringLiteral("nested"), zip), QString());
    const QString out = dir.filePath(QStringLiteral("cache/out"));
    const auto ok = BundleArchive::extract(zip, out);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(listTree(out), (QStringList{QStringLiteral("deep"), QStringLiteral("deep/er"),
                                         QStringLiteral("deep/er/mod.py"), QStringLiteral("dot.py"),
                                         QStringLiteral("lib"), QStringLiteral("lib/helper.py")}));
    QCOMPARE(readFile(out + QStringLiteral("/deep/er/mod.py")), QByteArray("y = 2\n"));
    // Tyk creates directory entries with mode 0700.
    const auto permissions = QFileInfo(out + QStringLiteral("/lib")).permissions();
    QVERIFY(permissions.testFlag(QFile::ExeOwner));
    QVERIFY(!permissions.testFlag(QFile::ReadGroup));
    QVERIFY(!permissions.testFlag(QFile::ReadOther));
}

void TestBundleArchive::hostileArchiveIsRefusedAndLeavesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("maxEntries");
    QTest::addColumn<qint64>("maxTotal");
    QTest::addColumn<qint64>("maxRatio");
    const qint64 mib = 1024 * 1024;
    const ExtractLimits d;
    QTest::newRow("parent escape") << QStringLiteral("dotdot")
                                   << QStringLiteral("entry \"../evil.py\" refused: the path "
                                                     "escapes the bundle (..)")
                                   << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("nested escape")
        << QStringLiteral("nested-dotdot") << QStringLiteral("entry \"lib/../../evil.py\" refused")
        << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("absolute") << QStringLiteral("absolute")
                              << QStringLiteral("entry \"/abs.py\" refused: absolute path")
                              << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("symlink") << QStringLiteral("symlink")
                             << QStringLiteral("entry \"link.py\" refused: symbolic link")
                             << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("backslash") << QStringLiteral("backslash")
                               << QStringLiteral("entry \"lib\\evil.py\" refused: the name "
                                                 "contains a backslash")
                               << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("NUL") << QStringLiteral("nul")
                         << QStringLiteral("entry \"evil\\0py\" refused: the name contains a NUL")
                         << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("300 MiB of zeros") << QStringLiteral("bomb")
                                      << QStringLiteral("entry \"bomb.bin\" refused: the archive "
                                                        "declares more than 268435456 bytes")
                                      << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("compression ratio") << QStringLiteral("ratio")
                                       << QStringLiteral("entry \"zeros.bin\" refused: "
                                                         "compression ratio over 100:1")
                                       << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("header lies about the size")
        << QStringLiteral("lying")
        << QStringLiteral("entry \"small.bin\" refused: compression "
                          "ratio over 100:1")
        << d.maxEntries << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("header lies, total counted while inflating")
        << QStringLiteral("lying")
        << QStringLiteral("entry \"small.bin\" refused: the archive inflates to more than "
                          "1572864 bytes")
        << d.maxEntries << mib * 3 / 2 << qint64(1000000);
    QTest::newRow("too many entries")
        << QStringLiteral("many") << QStringLiteral("50 entries, more than the limit of 20")
        << qint64(20) << d.maxTotalBytes << d.maxRatio;
    QTest::newRow("bzip2") << QStringLiteral("bzip2")
                           << QStringLiteral("entry \"packed.py\" refused: compression method 12")
                           << d.maxEntries << d.maxTotalBytes << d.maxRatio;
}

void TestBundleArchive::hostileArchiveIsRefusedAndLeavesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(qint64, maxEntries);
    QFETCH(qint64, maxTotal);
    QFETCH(qint64, maxRatio);
    QTemporaryDir zips;
    QTemporaryDir cache;
    const QString zip = zips.filePath(kind + QStringLiteral(".zip"));
    QCOMPARE(BundleFixtures::makeZip(kind, zip), QString());
    ExtractLimits limits;
    limits.maxEntries = maxEntries;
    limits.maxTotalBytes = maxTotal;
    limits.maxRatio = maxRatio;
    const auto ok = BundleArchive::extract(zip, cache.filePath(QStringLiteral("dest")), limits);
    QVERIFY(!ok.ok());
    QCOMPARE(ok.error().code, ErrorCode::InvalidInput);
    QVERIFY2(ok.error().message.startsWith(zip + QStringLiteral(": ")),
             qPrintable(ok.error().message));
    QVERIFY2(ok.error().message.contains(expected), qPrintable(ok.error().message));
    QCOMPARE(listTree(cache.path()), QStringList());
    QCOMPARE(listTree(zips.path()), QStringList{kind + QStringLiteral(".zip")});
}

void TestBundleArchive::existingDestinationIsNotTouched()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("b.zip"));
    QVERIFY(BundleArchive::create(zip, {{QStringLiteral("a.py"), "new"}}).ok());
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(BundleFixtures::writeFile(out + QStringLiteral("/a.py"), "old"));
    const auto ok = BundleArchive::extract(zip, out);
    QVERIFY(!ok.ok());
    QVERIFY(ok.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(readFile(out + QStringLiteral("/a.py")), QByteArray("old"));
}

void TestBundleArchive::notAZipIsRefused()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("b.zip"));
    QVERIFY(BundleFixtures::writeFile(zip, QByteArray(300, 'x')));
    const auto ok = BundleArchive::extract(zip, dir.filePath(QStringLiteral("out")));
    QVERIFY(!ok.ok());
    QVERIFY2(ok.error().message.contains(QStringLiteral("not a valid zip archive")),
             qPrintable(ok.error().message));
    QCOMPARE(listTree(dir.path()), QStringList{QStringLiteral("b.zip")});
}

void TestBundleArchive::entryNamesAreCheckedLikeTyk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cleaned"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("middleware.js") << QStringLiteral("middleware.js");
    QTest::newRow("nested") << QStringLiteral("lib/utils.js") << QStringLiteral("lib/utils.js");
    QTest::newRow("dot slash") << QStringLiteral("./middleware.js")
                               << QStringLiteral("middleware.js");
    QTest::newRow("inner dotdot") << QStringLiteral("lib/../x.js") << QStringLiteral("x.js");
    QTest::newRow("absolute") << QStringLiteral("/test/path") << QString();
    QTest::newRow("escape") << QStringLiteral("../../test/path") << QString();
    QTest::newRow("nested escape") << QStringLiteral("invalid/../../test/path") << QString();
    QTest::newRow("dot escape") << QStringLiteral("./../test") << QString();
    // Tyk's check is a string prefix test, so it refuses this harmless name too.
    QTest::newRow("dotdot prefix") << QStringLiteral("..hidden.js") << QString();
}

void TestBundleArchive::entryNamesAreCheckedLikeTyk()
{
    QFETCH(QString, name);
    QFETCH(QString, cleaned);
    const auto result = BundleArchive::checkEntryName(name);
    QCOMPARE(result.ok(), !cleaned.isEmpty());
    if (result.ok())
        QCOMPARE(*result, cleaned);
}

QTEST_GUILESS_MAIN(TestBundleArchive)
#include "tst_bundlearchive.moc"
