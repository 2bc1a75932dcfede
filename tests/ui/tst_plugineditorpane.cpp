// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin editor keeps unsaved edits per file, marks them in its list, and reverts.
#include "editordriving.h"
#include "mainwindowfixture.h"
#include "ui/editors/plugineditorpane.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "ui/common/qsci.h"

using namespace Hb;

using HbTest::readFile;
using HbTest::typeAtEnd;

namespace {
// The list index of the plugin file whose name ends with `name`.
int indexOf(Ui::PluginEditorPane *pane, const QString &name)
{
    return pane->fileList()->findText(name, Qt::MatchEndsWith);
}

// Picks a file in the list as the user does.
void activate(Ui::PluginEditorPane *pane, int index)
{
    pane->fileList()->setCurrentIndex(index);
    Q_EMIT pane->fileList()->activated(index);
}

const QString Mark = QStringLiteral("\u2022");
} // namespace

class tst_PluginEditorPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchingFilesKeepsUnsavedEditsAndMarksThem()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        HbTest::MainWindowFixture f(workspace.path());
        Ui::PluginEditorPane *pane = f.window->pluginEditor();
        const int middleware = indexOf(pane, QStringLiteral("middleware.py"));
        const int counters = indexOf(pane, QStringLiteral("counters.py"));
        QVERIFY(middleware >= 0 && counters >= 0);
        activate(pane, middleware);
        const QString path = pane->currentFile();
        const QString original = pane->editor()->text();
        typeAtEnd(pane->editor(), QStringLiteral("# not saved yet\n"));
        QVERIFY(pane->fileList()->itemText(middleware).startsWith(Mark));
        QVERIFY(pane->revertButton()->isEnabled());

        activate(pane, counters);
        QVERIFY(pane->currentFile().endsWith(QStringLiteral("counters.py")));
        QVERIFY(!pane->editor()->isModified());
        QVERIFY(!pane->revertButton()->isEnabled());
        QVERIFY(!pane->fileList()->itemText(counters).startsWith(Mark));
        QVERIFY(pane->fileList()->itemText(middleware).startsWith(Mark));
        // Undo stays within a file: nothing to undo in the one just opened.
        QVERIFY(!pane->editor()->isUndoAvailable());

        activate(pane, middleware);
        QCOMPARE(pane->editor()->text(), original + QStringLiteral("# not saved yet\n"));
        QVERIFY(pane->editor()->isModified());
        QCOMPARE(pane->statusLabel()->text(), QStringLiteral("Not saved yet."));
        QCOMPARE(readFile(path), original); // nothing written behind the user's back

        QVERIFY(pane->save());
        QVERIFY(!pane->fileList()->itemText(middleware).startsWith(Mark));
        QVERIFY(!pane->isModified(path));
        QCOMPARE(readFile(path), original + QStringLiteral("# not saved yet\n"));
    }

    void revertReadsTheFileAgainAndUndoBringsTheEditBack()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        HbTest::MainWindowFixture f(workspace.path());
        Ui::PluginEditorPane *pane = f.window->pluginEditor();
        const int middleware = indexOf(pane, QStringLiteral("middleware.py"));
        activate(pane, middleware);
        const QString original = pane->editor()->text();
        typeAtEnd(pane->editor(), QStringLiteral("oops = 1\n"));
        QTest::mouseClick(pane->revertButton(), Qt::LeftButton);
        QCOMPARE(pane->editor()->text(), original);
        QVERIFY(!pane->editor()->isModified());
        QVERIFY(!pane->isModified(pane->currentFile()));
        QVERIFY(!pane->fileList()->itemText(middleware).startsWith(Mark));
        QVERIFY(!pane->revertButton()->isEnabled());

        pane->editor()->undo();
        QCOMPARE(pane->editor()->text(), original + QStringLiteral("oops = 1\n"));
        QVERIFY(pane->isModified(pane->currentFile()));
        QVERIFY(pane->fileList()->itemText(middleware).startsWith(Mark));
    }

    void undoingBackToTheFileClearsTheMark()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        HbTest::MainWindowFixture f(workspace.path());
        Ui::PluginEditorPane *pane = f.window->pluginEditor();
        const int counters = indexOf(pane, QStringLiteral("counters.py"));
        activate(pane, counters);
        typeAtEnd(pane->editor(), QStringLiteral("x = 1\n"));
        QVERIFY(pane->isModified(pane->currentFile()));
        pane->editor()->undo();
        QVERIFY(!pane->editor()->isModified());
        QVERIFY(!pane->isModified(pane->currentFile()));
        QVERIFY(!pane->fileList()->itemText(counters).startsWith(Mark));
    }
};

QTEST_MAIN(tst_PluginEditorPane)
#include "tst_plugineditorpane.moc"
