// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery copies of unsaved editor buffers: written after the typing stops, in order,
// atomically; removed on save; read back (or reported) at the next start.
#include "workbench/workspace/unsavedbufferstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb::Ui;

namespace {
bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class tst_UnsavedBufferStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCopyIsWrittenOnceAfterTheTypingStops()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("hook.py"));
        QVERIFY(writeBytes(file, "print(1)\n"));
        const FileFingerprint base = FileFingerprint::ofFile(file);
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.setWriteDelay(500);
        QSignalSpy written(&store, &UnsavedBufferStore::written);
        store.update(file, QStringLiteral("print(2)\n"), base);
        store.update(file, QStringLiteral("print(3)\n"), base);
        QVERIFY(store.hasPendingWrites());
        QVERIFY(!QFile::exists(store.copyPath(file)));
        QVERIFY(written.wait(5000));
        QTest::qWait(100);
        QCOMPARE(written.count(), 1); // two edits, one write
        QCOMPARE(written.first().at(1).toString(), QString());
        QVERIFY(!store.hasPendingWrites());

        const UnsavedBufferStore::Recovered recovered = store.recover();
        QVERIFY(recovered.problems.isEmpty());
        QCOMPARE(recovered.buffers.size(), 1);
        const UnsavedBuffer &buffer = recovered.buffers.first();
        QVERIFY(buffer.isOf(file));
        QCOMPARE(buffer.text, QStringLiteral("print(3)\n"));
        QVERIFY(buffer.base.sameContent(base));
        QCOMPARE(buffer.base.size, 9);
        QVERIFY(!buffer.fileChanged);
        QVERIFY(qAbs(buffer.writtenAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void steadyTypingStillGetsACopyEveryFewDelays()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("hook.py"));
        QVERIFY(writeBytes(file, "print(1)\n"));
        const FileFingerprint base = FileFingerprint::ofFile(file);
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.setWriteDelay(100);
        QSignalSpy written(&store, &UnsavedBufferStore::written);
        // A keystroke every 30 ms for 1.5 s: never a 100 ms pause.
        QElapsedTimer typing;
        typing.start();
        int keystrokes = 0;
        while (typing.elapsed() < 1500) {
            store.update(file, QStringLiteral("print(%1)\n").arg(++keystrokes), base);
            QTest::qWait(30);
        }
        QVERIFY2(written.count() >= 1, "a copy was written while the typing went on");
        QVERIFY(QFile::exists(store.copyPath(file)));
    }

    void flushWritesWhatIsPendingAtOnce()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("hook.lua"));
        QVERIFY(writeBytes(file, "return 1\n"));
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.setWriteDelay(60000);
        store.update(file, QStringLiteral("return 2\n"), FileFingerprint::ofFile(file));
        store.flush();
        QVERIFY(!store.hasPendingWrites());
        QVERIFY(QFile::exists(store.copyPath(file)));
        QCOMPARE(store.recover().buffers.value(0).text, QStringLiteral("return 2\n"));
    }

    void savingRemovesTheCopyAndAPendingWrite()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("hook.js"));
        QVERIFY(writeBytes(file, "var a;\n"));
        const FileFingerprint base = FileFingerprint::ofFile(file);
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.setWriteDelay(60000);
        store.update(file, QStringLiteral("var b;\n"), base);
        store.flush();
        QVERIFY(QFile::exists(store.copyPath(file)));
        store.update(file, QStringLiteral("var c;\n"), base); // pending when the save comes
        store.discard(file);
        QVERIFY(!store.hasPendingWrites());
        store.flush();
        QVERIFY(!QFile::exists(store.copyPath(file)));
        QVERIFY(store.recover().buffers.isEmpty());
    }

    void theNewestTextWinsWhenWritesQueueUp()
    {
        QTemporaryDir work;
        const QString a = work.filePath(QStringLiteral("a.py"));
        const QString b = work.filePath(QStringLiteral("b.py"));
        const QString c = work.filePath(QStringLiteral("c.py"));
        for (const QString &path : {a, b, c})
            QVERIFY(writeBytes(path, "pass\n"));
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.setWriteDelay(0);
        // Each round's writes are queued before the next round's text arrives.
        for (int i = 0; i < 40; ++i) {
            store.update(a, QStringLiteral("a = %1\n").arg(i), {});
            store.update(b, QStringLiteral("b = %1\n").arg(i), {});
            QTest::qWait(1);
        }
        // A removal queued behind a write of the same file is not undone by it.
        store.update(c, QStringLiteral("c = 1\n"), {});
        QTest::qWait(1);
        store.discard(c);
        store.flush();
        QHash<QString, QString> texts;
        for (const UnsavedBuffer &buffer : store.recover().buffers)
            texts.insert(QFileInfo(buffer.file).fileName(), buffer.text);
        QCOMPARE(texts.value(QStringLiteral("a.py")), QStringLiteral("a = 39\n"));
        QCOMPARE(texts.value(QStringLiteral("b.py")), QStringLiteral("b = 39\n"));
        QVERIFY(!texts.contains(QStringLiteral("c.py")));
    }

    void aCorruptCopyIsReportedAndSkippedNotDeleted()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("hook.py"));
        QVERIFY(writeBytes(file, "pass\n"));
        const QString directory = work.filePath(QStringLiteral("recovery"));
        UnsavedBufferStore store(directory);
        store.update(file, QStringLiteral("print('kept')\n"), FileFingerprint::ofFile(file));
        store.flush();
        const QString torn = QDir(directory).filePath(QStringLiteral("torn-0123.json"));
        const QString foreign = QDir(directory).filePath(QStringLiteral("foreign-4567.json"));
        QVERIFY(writeBytes(torn, "{\"format\": 1, \"file\": \"/x\", \"te"));
        QVERIFY(writeBytes(foreign, "{\"name\": \"something else\"}"));

        const UnsavedBufferStore::Recovered recovered = store.recover();
        QCOMPARE(recovered.buffers.size(), 1);
        QCOMPARE(recovered.buffers.first().text, QStringLiteral("print('kept')\n"));
        QCOMPARE(recovered.problems.size(), 2);
        const QString problems = recovered.problems.join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("torn-0123.json")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("foreign-4567.json")), qPrintable(problems));
        store.flush();
        QVERIFY(QFile::exists(torn));
        QVERIFY(QFile::exists(foreign));
    }

    void aCopyOfWhatTheFileNowHoldsIsRemoved()
    {
        // The save landed, the crash came before the copy's removal: nothing to restore.
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("hook.py"));
        QVERIFY(writeBytes(file, "print('saved')\n"));
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.update(file, QStringLiteral("print('saved')\n"), {});
        store.flush();
        QVERIFY(store.recover().buffers.isEmpty());
        store.flush();
        QVERIFY(!QFile::exists(store.copyPath(file)));
    }

    void aFileChangedOrGoneSinceTheEditIsFlagged()
    {
        QTemporaryDir work;
        const QString changed = work.filePath(QStringLiteral("changed.py"));
        const QString gone = work.filePath(QStringLiteral("gone.py"));
        QVERIFY(writeBytes(changed, "a = 1\n"));
        QVERIFY(writeBytes(gone, "b = 1\n"));
        UnsavedBufferStore store(work.filePath(QStringLiteral("recovery")));
        store.update(changed, QStringLiteral("a = 2\n"), FileFingerprint::ofFile(changed));
        store.update(gone, QStringLiteral("b = 2\n"), FileFingerprint::ofFile(gone));
        store.flush();
        QVERIFY(writeBytes(changed, "a = 3\n")); // same size, other bytes
        QVERIFY(QFile::remove(gone));
        const QList<UnsavedBuffer> buffers = store.recover().buffers;
        QCOMPARE(buffers.size(), 2);
        for (const UnsavedBuffer &buffer : buffers)
            QVERIFY2(buffer.fileChanged, qPrintable(buffer.file));
    }

    void aWriteThatFailsIsReported()
    {
        QTemporaryDir work;
        const QString blocker = work.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(writeBytes(blocker, "x"));
        UnsavedBufferStore store(blocker + QStringLiteral("/recovery"));
        QSignalSpy written(&store, &UnsavedBufferStore::written);
        store.update(work.filePath(QStringLiteral("hook.py")), QStringLiteral("x"), {});
        store.flush();
        QTRY_COMPARE(written.count(), 1);
        QVERIFY(!written.first().at(1).toString().isEmpty());
    }

    void eachWorkspaceHasItsOwnFolderUnderAppData()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        const QString root =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
            QStringLiteral("/recovery/");
        const QString first = UnsavedBufferStore::directoryFor(one.path());
        QVERIFY2(first.startsWith(root), qPrintable(first));
        QVERIFY(first != UnsavedBufferStore::directoryFor(two.path()));
        // The same folder spelt another way is the same workspace.
        QDir(one.path()).mkdir(QStringLiteral("sub"));
        QCOMPARE(UnsavedBufferStore::directoryFor(one.path() + QStringLiteral("/sub/..")), first);
    }
};

QTEST_GUILESS_MAIN(tst_UnsavedBufferStore)
#include "tst_unsavedbufferstore.moc"
