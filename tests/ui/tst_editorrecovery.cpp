// SPDX-License-Identifier: GPL-3.0-or-later
// Hot exit: the editors' unsaved buffers outlive a crash or a close without saving and come
// back, unsaved, in the next window on the same workspace.
#include "editordriving.h"
#include "mainwindowfixture.h"
#include "core/setup/enginesetup.h"
#include "workbench/bridge/enginebridge.h"
#include "workbench/models/apilistmodel.h"
#include "ui/editors/apipane.h"
#include "ui/editors/plugineditorpane.h"
#include "workbench/workspace/unsavedbufferstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "ui/common/qsci.h"

using namespace Hb;

using HbTest::openPlugin;
using HbTest::readFile;
using HbTest::selectApi;
using HbTest::typeAtEnd;

namespace {
// A window on `workspace` whose editors keep their recovery copies in `recovery`.
struct EditorRun
{
    Ui::UnsavedBufferStore store;
    HbTest::MainWindowFixture f;

    EditorRun(const QString &workspace, const QString &recovery)
        : store(recovery)
        , f(workspace)
    {
        store.setWriteDelay(50);
        f.window->setUnsavedBufferStore(&store);
    }
};
} // namespace

class tst_EditorRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unsavedEditsSurviveACrashAndComeBackUnsaved()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QTemporaryDir recovery;
        QString apiFile;
        QString apiDisk;
        QString apiEdited;
        QString pluginFile;
        QString pluginDisk;
        QString pluginEdited;
        {
            EditorRun s(workspace.path(), recovery.path());
            Ui::ApiPane *api = s.f.window->apiPane();
            selectApi(*s.f.window, QStringLiteral("/keyless/"));
            apiFile = api->currentFile();
            apiDisk = api->editor()->text();
            apiEdited = QString(apiDisk).replace(QStringLiteral("/keyless/"),
                                                 QStringLiteral("/before-the-crash/"));
            api->editor()->setText(apiEdited);
            Ui::PluginEditorPane *plugin = s.f.window->pluginEditor();
            openPlugin(plugin, QStringLiteral("middleware.py"));
            pluginFile = plugin->currentFile();
            pluginDisk = plugin->editor()->text();
            typeAtEnd(plugin->editor(), QStringLiteral("# typed before the crash\n"));
            pluginEdited = plugin->editor()->text();
            // Another definition shown meanwhile: its edit is kept all the same.
            selectApi(*s.f.window, QStringLiteral("/token/"));
            QTRY_VERIFY(QFile::exists(s.store.copyPath(apiFile)) &&
                        QFile::exists(s.store.copyPath(pluginFile)));
            QTRY_VERIFY(!s.store.hasPendingWrites());
            // The crash: the window goes without a closeEvent and nothing is saved or
            // flushed (the store has nothing pending left to write).
        }
        QCOMPARE(readFile(apiFile), apiDisk);
        QCOMPARE(readFile(pluginFile), pluginDisk);

        EditorRun s(workspace.path(), recovery.path());
        Ui::ApiPane *api = s.f.window->apiPane();
        QCOMPARE(api->currentFile(), apiFile);
        QCOMPARE(api->editor()->text(), apiEdited);
        QVERIFY(api->editor()->isModified());
        QVERIFY(api->revertButton()->isEnabled());
        auto *apiStatus = api->findChild<QLabel *>(QStringLiteral("apiStatus"));
        QVERIFY2(apiStatus->text().startsWith(QStringLiteral("Restored unsaved edits from")),
                 qPrintable(apiStatus->text()));
        Ui::PluginEditorPane *plugin = s.f.window->pluginEditor();
        QCOMPARE(plugin->currentFile(), pluginFile);
        QCOMPARE(plugin->editor()->text(), pluginEdited);
        QVERIFY(plugin->editor()->isModified());
        QVERIFY(plugin->fileList()->currentText().startsWith(QStringLiteral("\u2022")));
        QVERIFY2(plugin->statusLabel()->text().startsWith(QStringLiteral("Restored unsaved")),
                 qPrintable(plugin->statusLabel()->text()));
        const QString log = s.f.window->logView()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("restored unsaved edits of ") + apiFile),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("restored unsaved edits of ") + pluginFile),
                 qPrintable(log));
        QVERIFY(!log.contains(QStringLiteral("changed since")));
        QVERIFY(!QApplication::activeModalWidget());
        // Typing and undoing in a restored buffer leaves it unsaved, as restored.
        typeAtEnd(plugin->editor(), QStringLiteral("z"));
        plugin->editor()->undo();
        QCOMPARE(plugin->editor()->text(), pluginEdited);
        QVERIFY(plugin->editor()->isModified());
        QVERIFY(plugin->isModified(pluginFile));
        // For looking at the restored state (docs, reviews), once the layout has settled.
        QTest::qWait(50);
        s.f.window->grab().save(QDir::temp().filePath(QStringLiteral("hookbench-restored.png")));

        // Revert: the disk text again, not modified, and the recovery copy gone.
        QTest::mouseClick(api->revertButton(), Qt::LeftButton);
        QCOMPARE(api->editor()->text(), apiDisk);
        QVERIFY(!api->editor()->isModified());
        QCOMPARE(apiStatus->text(), QStringLiteral("Reverted to the file on disk."));
        QTest::mouseClick(plugin->revertButton(), Qt::LeftButton);
        QCOMPARE(plugin->editor()->text(), pluginDisk);
        QVERIFY(!plugin->editor()->isModified());
        s.store.flush();
        QVERIFY(!QFile::exists(s.store.copyPath(apiFile)));
        QVERIFY(!QFile::exists(s.store.copyPath(pluginFile)));
        QVERIFY(s.store.recover().buffers.isEmpty());
    }

    void savingARestoredEditRemovesItsCopy()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QTemporaryDir recovery;
        QString file;
        {
            EditorRun s(workspace.path(), recovery.path());
            Ui::PluginEditorPane *plugin = s.f.window->pluginEditor();
            openPlugin(plugin, QStringLiteral("counters.py"));
            file = plugin->currentFile();
            typeAtEnd(plugin->editor(), QStringLiteral("# saved after the restart\n"));
            QTRY_VERIFY(QFile::exists(s.store.copyPath(file)));
            QTRY_VERIFY(!s.store.hasPendingWrites());
        }
        EditorRun s(workspace.path(), recovery.path());
        Ui::PluginEditorPane *plugin = s.f.window->pluginEditor();
        QCOMPARE(plugin->currentFile(), file);
        QVERIFY(plugin->save());
        QVERIFY(readFile(file).endsWith(QStringLiteral("# saved after the restart\n")));
        s.store.flush();
        QVERIFY(!QFile::exists(s.store.copyPath(file)));
    }

    void closingTheWindowKeepsPendingEditsWithoutAsking()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QTemporaryDir recovery;
        EditorRun s(workspace.path(), recovery.path());
        s.store.setWriteDelay(60000);
        Ui::PluginEditorPane *plugin = s.f.window->pluginEditor();
        openPlugin(plugin, QStringLiteral("middleware.py"));
        typeAtEnd(plugin->editor(), QStringLiteral("# typed just before closing\n"));
        QVERIFY(s.store.hasPendingWrites());
        QVERIFY(s.f.window->close());
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!s.store.hasPendingWrites());
        const QList<Ui::UnsavedBuffer> kept = s.store.recover().buffers;
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().text.endsWith(QStringLiteral("# typed just before closing\n")));
    }

    void aCopyWhoseFileNoEditorShowsIsKeptAndLogged()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QTemporaryDir recovery;
        const QString notes = workspace.filePath(QStringLiteral("notes.txt"));
        {
            Ui::UnsavedBufferStore store(recovery.path());
            store.update(notes, QStringLiteral("written in another version"), {});
        }
        EditorRun s(workspace.path(), recovery.path());
        const QString log = s.f.window->logView()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("kept the recovery copy of ") + notes),
                 qPrintable(log));
        s.store.flush();
        QVERIFY(QFile::exists(s.store.copyPath(notes)));
    }

    void aDefinitionStillLoadingGetsItsEditWhenTheLoadEnds()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QTemporaryDir recovery;
        const QString file = workspace.filePath(QStringLiteral("apps/token.json"));
        const QString edited =
            readFile(file).replace(QStringLiteral("/token/"), QStringLiteral("/while-loading/"));
        {
            Ui::UnsavedBufferStore store(recovery.path());
            store.update(file, edited, Ui::FileFingerprint::ofFile(file));
        }
        // As the GUI starts: the window first, the definitions loaded on the engine thread.
        QTemporaryDir bundleCache;
        Setup::EngineOptions options;
        options.appsDir = workspace.filePath(QStringLiteral("apps"));
        options.bundlesDir = workspace.filePath(QStringLiteral("bundles"));
        options.bundleCacheDir = bundleCache.path();
        options.deferApiLoad = true;
        auto setup = Setup::EngineSetup::create(options);
        QVERIFY(setup.ok());
        Ui::UnsavedBufferStore store(recovery.path());
        {
            Ui::EngineBridge bridge(**setup);
            Ui::MainWindow window(bridge, (*setup)->diagnostics());
            window.show();
            bridge.reload();
            window.setUnsavedBufferStore(&store);
            QCOMPARE(window.apiModel()->rowCount(), 0);
            QTRY_COMPARE(window.apiPane()->currentFile(), file);
            QCOMPARE(window.apiPane()->editor()->text(), edited);
            QVERIFY(window.apiPane()->isModified(file));
            const QString log = window.logView()->toPlainText();
            QVERIFY2(log.contains(QStringLiteral("restored unsaved edits of ") + file),
                     qPrintable(log));
            QVERIFY(!log.contains(QStringLiteral("kept the recovery copy")));
        }
    }

    void aRestoredEditWhoseFileChangedOnDiskSaysSo()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QTemporaryDir recovery;
        QString file;
        {
            EditorRun s(workspace.path(), recovery.path());
            Ui::ApiPane *api = s.f.window->apiPane();
            selectApi(*s.f.window, QStringLiteral("/token/"));
            file = api->currentFile();
            api->editor()->setText(
                api->editor()->text().replace(QStringLiteral("/token/"), QStringLiteral("/a/")));
            QTRY_VERIFY(QFile::exists(s.store.copyPath(file)));
            QTRY_VERIFY(!s.store.hasPendingWrites());
        }
        // Someone else edits the file while Hookbench is down.
        QFile changed(file);
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("\n");
        changed.close();

        EditorRun s(workspace.path(), recovery.path());
        Ui::ApiPane *api = s.f.window->apiPane();
        QCOMPARE(api->currentFile(), file);
        QVERIFY(api->editor()->text().contains(QStringLiteral("\"/a/\"")));
        auto *status = api->findChild<QLabel *>(QStringLiteral("apiStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("has changed since")),
                 qPrintable(status->text()));
        QVERIFY(s.f.window->logView()->toPlainText().contains(QStringLiteral("changed since")));
    }
};

QTEST_MAIN(tst_EditorRecovery)
#include "tst_editorrecovery.moc"
