// SPDX-License-Identifier: GPL-3.0-or-later
// BundleCachePruner on a real cache folder: what goes, what stays.
#include "core/bundle/bundlecachepruner.h"
#include "core/bundle/bundleuselock.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using Hb::Bundle::BundleCachePruner;

namespace {
const QString kBundleA = QStringLiteral("c343271e0935000c0ea41f8d9822015c");
const QString kBundleB = QStringLiteral("0123456789abcdef0123456789abcdef");

// Dates the folder `ageSecs` back (QFile cannot open a folder to set its time).
void setAge(const QString &path, qint64 ageSecs)
{
    const time_t when = time_t(QDateTime::currentSecsSinceEpoch() - ageSecs);
    const struct timespec times[2] = {{when, 0}, {when, 0}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

// An unpacked version `<bundle>-<version>` with one file of `bytes`, written `ageSecs` ago.
QString unpack(const QTemporaryDir &cache, const QString &bundle, const QString &version,
               qint64 ageSecs, qint64 bytes = 10)
{
    const QString dir = cache.filePath(bundle + u'-' + version);
    BundleFixtures::writeFile(dir + QStringLiteral("/middleware.py"), QByteArray(bytes, 'x'));
    setAge(dir, ageSecs);
    return dir;
}
} // namespace

class TestBundleCachePruner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oldVersionsNoApiUsesAreRemovedAndTheRestStays()
    {
        QTemporaryDir cache;
        const QString oldUnused = unpack(cache, kBundleA, QStringLiteral("0000000000000001"), 7200);
        const QString oldInUse = unpack(cache, kBundleA, QStringLiteral("0000000000000002"), 7200);
        const QString freshUnused = unpack(cache, kBundleB, QStringLiteral("0000000000000003"), 10);
        BundleFixtures::writeFile(cache.filePath(QStringLiteral("downloads/x.zip")), "zip");
        BundleFixtures::writeFile(cache.filePath(QStringLiteral("notes/keep.txt")), "mine");
        setAge(cache.filePath(QStringLiteral("downloads")), 30 * 86400);

        const QStringList removed = BundleCachePruner::prune(cache.path(), {oldInUse});
        QCOMPARE(removed, QStringList{oldUnused});
        QVERIFY(!QFileInfo::exists(oldUnused));
        QVERIFY(QFileInfo::exists(oldInUse + QStringLiteral("/middleware.py")));
        QVERIFY(QFileInfo::exists(freshUnused)); // maybe still serving requests in flight
        QVERIFY(QFileInfo::exists(cache.filePath(QStringLiteral("downloads/x.zip"))));
        QVERIFY(QFileInfo::exists(cache.filePath(QStringLiteral("notes/keep.txt"))));
    }

    // Another process (or a request still running on an older version) holds a BundleUseLock:
    // the version stays, however old, until the lock goes.
    void aVersionSomeoneStillUsesIsKeptUntilReleased()
    {
        QTemporaryDir cache;
        const QString version = unpack(cache, kBundleA, QStringLiteral("00000000000000cc"), 7200);
        auto lock = Hb::Bundle::BundleUseLock::take(version);
        QVERIFY(lock);
        QVERIFY(BundleCachePruner::prune(cache.path(), {}).isEmpty());
        QVERIFY(QFileInfo::exists(version + QStringLiteral("/middleware.py")));
        lock.reset();
        QCOMPARE(BundleCachePruner::prune(cache.path(), {}), QStringList{version});
        QVERIFY(!QFileInfo::exists(version + QStringLiteral(".lock")));
    }

    void aMergedBundleKeepsTheVersionsItLinksTo()
    {
        QTemporaryDir cache;
        const QString linked = unpack(cache, kBundleA, QStringLiteral("00000000000000aa"), 7200);
        const QString merged = unpack(cache, kBundleB, QStringLiteral("00000000000000bb"), 7200);
        QVERIFY(QFile::link(linked, merged + QStringLiteral("/platform__a")));
        QVERIFY(BundleCachePruner::prune(cache.path(), {merged}).isEmpty());
        QVERIFY(QFileInfo::exists(linked + QStringLiteral("/middleware.py")));
    }

    void overTheSizeBoundUnusedVersionsGoOldestFirst()
    {
        QTemporaryDir cache;
        const QString older =
            unpack(cache, kBundleA, QStringLiteral("0000000000000001"), 600, 4000);
        const QString newer =
            unpack(cache, kBundleA, QStringLiteral("0000000000000002"), 300, 4000);
        const QString justWritten =
            unpack(cache, kBundleB, QStringLiteral("0000000000000003"), 5, 4000);
        BundleCachePruner::Limits limits;
        limits.maxBytes = 9000;
        const QStringList removed = BundleCachePruner::prune(cache.path(), {}, limits);
        QCOMPARE(removed, QStringList{older}); // 12,000 bytes: one version brings it under
        QVERIFY(QFileInfo::exists(newer));
        QVERIFY(QFileInfo::exists(justWritten));
    }
};

QTEST_GUILESS_MAIN(TestBundleCachePruner)
#include "tst_bundlecachepruner.moc"
