// SPDX-License-Identifier: GPL-3.0-or-later
// Go plugin sources in the plugin editor, as an author works on samples/go: the sources
// are listed, a compile error is marked at its line, and a fixed plugin serves at once
// (rebuilt by the real Go toolchain on save).
#include "editordriving.h"
#include "mainwindowfixture.h"
#include "core/http/httpclient.h"
#include "ui/composer/composerpane.h"
#include "ui/editors/plugineditorpane.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QSignalSpy>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include "ui/common/qsci.h"

using namespace Hb;

namespace {
// A copy of samples/go's workspace, for tests that edit it.
bool copyGoSample(const QTemporaryDir &workspace)
{
    return HbTest::copyWorkspace(qEnvironmentVariable("HOOKBENCH_SAMPLES") +
                                     QStringLiteral("/go/workspace"),
                                 workspace.path());
}

QStringList builtPlugins()
{
    return QDir(qEnvironmentVariable("HOOKBENCH_GO_CACHE") + QStringLiteral("/plugins"))
        .entryList({QStringLiteral("*.so")}, QDir::Files);
}
} // namespace

class tst_GoPluginEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!qEnvironmentVariable("HOOKBENCH_GO_CACHE").isEmpty());
    }

    void savingGoSourcesRebuildsThePluginAndMarksCompileErrors()
    {
        QTemporaryDir workspace;
        QVERIFY(copyGoSample(workspace));
        HbTest::MainWindowFixture f(workspace.path(), qEnvironmentVariable("HOOKBENCH_GO_CACHE"));
        Ui::PluginEditorPane *pane = f.window->pluginEditor();
        // The sources beside apps/ are listed with the other plugin code.
        const int index = pane->fileList()->findText(QStringLiteral("plugins/headers/main.go"),
                                                     Qt::MatchEndsWith);
        QVERIFY2(index >= 0, qPrintable(pane->statusLabel()->text()));
        pane->open(pane->fileList()->itemData(index).toString());
        const QString original = pane->editor()->text();
        QVERIFY(original.contains(QStringLiteral("\"go-sample\"")));

        // A statement Go refuses, on a line of its own at the end.
        const int lines = int(original.count(u'\n'));
        pane->editor()->setText(original + QStringLiteral("var broken int = \"text\"\n"));
        QVERIFY(pane->save());
        QTRY_VERIFY_WITH_TIMEOUT(!pane->markedLines().isEmpty(), 300000);
        QCOMPARE(pane->markedLines().first(), lines + 1);

        pane->editor()->setText(QString(original).replace(
            QStringLiteral("\"go-sample\""), QStringLiteral("\"edited-in-hookbench\"")));
        QVERIFY(pane->save());
        QTRY_VERIFY_WITH_TIMEOUT(
            pane->statusLabel()->text().contains(QStringLiteral("loads cleanly")), 300000);
        QVERIFY(pane->markedLines().isEmpty());
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/go/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: letmein"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            composer->responseView()->toPlainText().contains(QStringLiteral("edited-in-hookbench")),
            20000);
    }

    // A reload compiles changed Go sources off the engine thread: clients of the gateway are
    // answered (by the plugins loaded before) while the compiler runs, and a request sent from
    // the composer after the save waits for the reload, so it runs the saved code.
    void theEngineAnswersWhileAGoPluginIsBuilt()
    {
        QTemporaryDir workspace;
        QVERIFY(copyGoSample(workspace));
        HbTest::MainWindowFixture f(workspace.path(), qEnvironmentVariable("HOOKBENCH_GO_CACHE"));
        QSignalSpy listening(f.bridge.get(), &Ui::EngineBridge::listening);
        f.bridge->listen(QStringLiteral("127.0.0.1"), 0);
        QVERIFY(listening.wait(10000));
        const QUrl gateway(listening.first().at(0).toString());
        // New sources, so the reload has a build to do.
        QFile file(workspace.filePath(QStringLiteral("plugins/headers/main.go")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n// " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "\n");
        file.close();

        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        f.bridge->reload();
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/go/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: letmein"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

        Http::HttpClient client;
        Http::HttpRequest request;
        request.target = "/go/get";
        request.headers.add("Host", gateway.authority().toLatin1());
        request.headers.add("Authorization", "letmein");
        std::optional<int> status;
        client.send(gateway.host(), quint16(gateway.port()), request, 20000,
                    [&](Result<Http::HttpResponse> r) { status = r ? r->status : -1; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
        QCOMPARE(*status, 200);
        QVERIFY2(reloaded.isEmpty(), "the gateway's client waited for the build");
        QVERIFY(composer->statusLabel()->text().isEmpty() ||
                !composer->statusLabel()->text().startsWith(QStringLiteral("200")));

        QVERIFY(reloaded.wait(300000));
        QVERIFY2(reloaded.first().at(0).toString().isEmpty(),
                 qPrintable(reloaded.first().at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(composer->statusLabel()->text().startsWith(QStringLiteral("200")),
                                 20000);
    }

    // Debug > Build Go Plugins for Delve rebuilds the workspace's plugins without
    // optimisations and they go on serving.
    void theDelveSwitchRebuildsThePluginsWithoutOptimisations()
    {
        QTemporaryDir workspace;
        QVERIFY(copyGoSample(workspace));
        // A marker makes these sources new to the cache, so the debug builds are this test's.
        const QString source = workspace.filePath(QStringLiteral("plugins/headers/main.go"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n// " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "\n");
        file.close();
        HbTest::MainWindowFixture f(workspace.path(), qEnvironmentVariable("HOOKBENCH_GO_CACHE"));
        QAction *action = f.window->pluginDebugAction();
        QVERIFY(action && action->isCheckable() && !action->isChecked());
        const QStringList before = builtPlugins();

        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        action->trigger();
        QVERIFY(reloaded.wait(300000));
        QVERIFY2(reloaded.first().at(0).toString().isEmpty(),
                 qPrintable(reloaded.first().at(0).toString()));
        QStringList added;
        for (const QString &so : builtPlugins())
            if (!before.contains(so))
                added.append(so);
        // Debug builds are cached apart from optimised ones (the flags are part of the
        // build's key; Go records no -gcflags in a plugin), so new files mean new builds.
        QVERIFY2(!added.isEmpty(), "no plugin was rebuilt");
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/go/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: letmein"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            composer->responseView()->toPlainText().contains(QStringLiteral("go-sample")), 20000);
    }
};

QTEST_MAIN(tst_GoPluginEditor)
#include "tst_goplugineditor.moc"
