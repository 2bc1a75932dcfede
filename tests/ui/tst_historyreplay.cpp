// SPDX-License-Identifier: GPL-3.0-or-later
// Saved requests, history and replay driven through the main window, offscreen, on a copy of
// the sample workspace (the test writes its .hookbench and edits an API definition).
#include "core/setup/enginesetup.h"
#include "ui/composer/composerpane.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypane.h"
#include "ui/mainwindow.h"
#include "ui/debugger/debuggerpane.h"
#include "ui/timeline/timelinepane.h"
#include "workbench/models/breakpointmodel.h"
#include "ui/history/replaycomparisonview.h"
#include "ui/composer/savedrequestlist.h"
#include "workbench/workspace/workspacefile.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QMenu>
#include <QTimer>
#include <QApplication>
#include <QGuiApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Hb;

namespace {
bool copySampleWorkspace(const QString &to)
{
    const QString samples =
        qEnvironmentVariable("HOOKBENCH_SAMPLES") + QStringLiteral("/workspace");
    QDirIterator it(samples, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString target = QDir(to).filePath(QDir(samples).relativeFilePath(from));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(from, target))
            return false;
    }
    return true;
}

struct Fixture
{
    QTemporaryDir workspace;
    QTemporaryDir bundleCache;
    std::unique_ptr<Setup::EngineSetup> setup;
    std::unique_ptr<Ui::EngineBridge> bridge;
    std::unique_ptr<Ui::WorkspaceFile> file;
    std::unique_ptr<Ui::MainWindow> window;

    Fixture()
    {
        if (!copySampleWorkspace(workspace.path()))
            qFatal("cannot copy the sample workspace");
        Setup::EngineOptions options;
        options.appsDir = workspace.filePath(QStringLiteral("apps"));
        options.bundlesDir = workspace.filePath(QStringLiteral("bundles"));
        options.bundleCacheDir = bundleCache.path();
        auto created = Setup::EngineSetup::create(options);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        setup = std::move(*created);
        bridge = std::make_unique<Ui::EngineBridge>(*setup);
        file = std::make_unique<Ui::WorkspaceFile>(workspace.path());
        file->setSaveDelay(20);
        file->load();
        window = std::make_unique<Ui::MainWindow>(*bridge, setup->diagnostics());
        window->setWorkspace(file.get());
        window->resize(1280, 800);
        window->show();
    }
    ~Fixture()
    {
        window.reset();
        file.reset();
        bridge.reset(); // stops the engine thread before the engine goes
    }
    int savedRow(const QString &name) const
    {
        const auto &requests = window->composer()->savedRequests()->requests();
        for (int row = 0; row < requests.size(); ++row) {
            if (requests.at(row).name == name)
                return row;
        }
        return -1;
    }
    // Replays the history rows and waits for the results.
    QListWidget *replay(const QList<int> &rows)
    {
        Ui::HistoryPane *pane = window->historyPane();
        pane->view()->clearSelection();
        for (int row : rows)
            pane->view()->selectionModel()->select(window->historyModel()->index(row, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
        QTest::mouseClick(pane->replayButton(), Qt::LeftButton);
        return pane->resultList();
    }
};
} // namespace

class tst_HistoryReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSentSavedRequestIsInTheHistoryReplaysTheSameAndThenShowsAChangedApi()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.window->historyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ui::ComposerPane *composer = f.window->composer();
        const int row = f.savedRow(QStringLiteral("Keyless echo"));
        QVERIFY(row >= 0);
        f.window->composer()->savedRequests()->activate(row); // a double click
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        Ui::HistoryModel *history = f.window->historyModel();
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, Ui::HistoryModel::Path).data().toString(),
                 QStringLiteral("/keyless/get?sample=1"));
        QCOMPARE(history->index(0, Ui::HistoryModel::Status).data().toInt(), 200);
        QVERIFY(!history->entry(0).phases.isEmpty());

        // Nothing changed: the replay is the same.
        QListWidget *results = f.replay({0});
        QTRY_COMPARE(results->count(), 1);
        QVERIFY2(results->item(0)->data(Qt::UserRole).toBool(),
                 qPrintable(results->item(0)->text()));
        QVERIFY(f.window->historyPane()->comparisonView()->comparison().same());
        QTRY_COMPARE(history->rowCount(), 2);
        QVERIFY(history->entry(0).source == Ui::HistoryEntry::Source::Replay);

        // The API now keeps its listen path when proxying: the echo sees another URL.
        const QString apiFile = f.workspace.filePath(QStringLiteral("apps/keyless.json"));
        QFile api(apiFile);
        QVERIFY(api.open(QIODevice::ReadOnly));
        QByteArray definition = api.readAll();
        api.close();
        QVERIFY(definition.contains("\"strip_listen_path\": true"));
        definition.replace("\"strip_listen_path\": true", "\"strip_listen_path\": false");
        QVERIFY(api.open(QIODevice::WriteOnly | QIODevice::Truncate));
        api.write(definition);
        api.close();
        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        f.bridge->reload();
        QTRY_COMPARE(reloaded.count(), 1);

        QVERIFY(history->entry(1).source == Ui::HistoryEntry::Source::Engine); // the recording
        results = f.replay({1});
        QTRY_COMPARE(results->count(), 1);
        QVERIFY(!results->item(0)->data(Qt::UserRole).toBool());
        QVERIFY(results->item(0)->text().contains(QStringLiteral("body")));
        const Ui::ReplayComparisonView *view = f.window->historyPane()->comparisonView();
        QVERIFY(view->comparison().bodyChanged());
        QVERIFY(view->replayedView()->toHtml().contains(
            QLatin1String(Ui::ReplayComparisonView::AddedColour)));
        QVERIFY(view->recordedView()->toHtml().contains(
            QLatin1String(Ui::ReplayComparisonView::RemovedColour)));
        QVERIFY(view->replayedView()->toPlainText().contains(QStringLiteral("/keyless/get")));

        // The history is in the workspace file.
        f.file->flush();
        Ui::WorkspaceFile reread(f.workspace.path());
        reread.load();
        QTRY_COMPARE(reread.data().history.size(), 3);
    }

    // Breakpoints, on and off, are kept in the workspace file and come back with it.
    void breakpointsAreKeptInTheWorkspaceFileAcrossRestarts()
    {
        QList<Ui::SavedBreakpoint> kept;
        {
            Fixture f;
            Ui::DebuggerPane *debugger = f.window->debugger();
            debugger->addBreakpoint({QStringLiteral("Proxy"), QString(), QStringLiteral("X-A")});
            debugger->addBreakpoint(
                {QStringLiteral("pre"), QStringLiteral("python-hooks"), QString()});
            Ui::BreakpointModel *model = debugger->breakpointModel();
            QVERIFY(model->setData(model->index(1, Ui::BreakpointModel::Phase), Qt::Unchecked,
                                   Qt::CheckStateRole));
            f.file->flush();
            Ui::WorkspaceFile reread(f.workspace.path());
            reread.load();
            kept = reread.data().breakpoints;
            QCOMPARE(kept.size(), 2);
            QCOMPARE(kept.at(0).breakpoint.condition, QStringLiteral("X-A"));
            QVERIFY(kept.at(0).enabled);
            QVERIFY(!kept.at(1).enabled);
        }
        Fixture again;
        // The fixture copies the sample afresh: put the kept file's breakpoints in it.
        again.window->debugger()->setSavedBreakpoints(kept);
        QCOMPARE(again.window->debugger()->breakpointModel()->entries(), kept);
        QCOMPARE(again.window->debugger()->breakpointModel()->enabledBreakpoints().size(), 1);
    }

    void replayingManyShowsProgressAndCanBeCancelled()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/keyless/get"));
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(f.window->historyModel()->rowCount(), 5);
        Ui::HistoryPane *pane = f.window->historyPane();
        QListWidget *results = f.replay({0, 1, 2, 3, 4});
        QVERIFY(pane->cancelButton()->isEnabled());
        QVERIFY(!pane->replayButton()->isEnabled());
        QTest::mouseClick(pane->cancelButton(), Qt::LeftButton);
        QVERIFY(pane->replayButton()->isEnabled());
        QTest::qWait(200);
        // Cancelled before any reply came back: only the note.
        QVERIFY(results->count() <= 2);
        QVERIFY(results->item(results->count() - 1)->text().contains(QStringLiteral("cancelled")));
        // All at once runs to the end.
        results = f.replay({0, 1, 2, 3, 4});
        QTRY_COMPARE(results->count(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(results->item(i)->data(Qt::UserRole).toBool());
    }

    void anUnknownVariableIsShownAndNothingIsSent()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        QCOMPARE(composer->activeEnvironment(), QStringLiteral("local"));
        const int row = f.savedRow(QStringLiteral("Python plugin: every hook"));
        QVERIFY(row >= 0);
        composer->savedRequests()->activate(row);
        QVERIFY(composer->headersEdit()->toPlainText().contains(QStringLiteral("{{token}}")));
        composer->setActiveEnvironment(QString());
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY(composer->statusLabel()->text().contains(QStringLiteral("{{token}}")));
        QVERIFY(composer->statusLabel()->text().contains(QStringLiteral("no environment")));
        QTest::qWait(100);
        QCOMPARE(f.window->historyModel()->rowCount(), 0);
        // With the environment the sample token gets the Python plugin's 200.
        composer->setActiveEnvironment(QStringLiteral("local"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY(composer->responseView()->toPlainText().contains(QStringLiteral("sample-token")));
    }

    void savingARequestWritesItToTheWorkspaceFile()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/oas/anything?saved=1"));
        Ui::SavedRequest request = composer->currentRequest();
        request.name = QStringLiteral("mine");
        composer->savedRequests()->addOrReplace(request);
        f.file->flush();
        Ui::WorkspaceFile reread(f.workspace.path());
        reread.load();
        QCOMPARE(reread.data().savedRequests.last().name, QStringLiteral("mine"));
        QCOMPARE(reread.data().savedRequests.last().url, QStringLiteral("/oas/anything?saved=1"));
        composer->savedRequests()->remove(int(reread.data().savedRequests.size()) - 1);
        f.file->flush();
        Ui::WorkspaceFile again(f.workspace.path());
        again.load();
        QCOMPARE(again.data().savedRequests.size(), reread.data().savedRequests.size() - 1);
    }

    // The loop a plugin author closes: a reply in the history becomes what its saved request
    // expects, the workspace file keeps it, and hookbench-cli test passes it.
    void expectThisReplyStoresTheReplyOnItsSavedRequestAndTheCliPassesIt()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        Ui::HistoryPane *pane = f.window->historyPane();
        Ui::HistoryModel *history = f.window->historyModel();
        QVERIFY(!pane->expectButton()->isEnabled());

        // A saved request without expectations.
        QList<Ui::SavedRequest> requests = composer->savedRequests()->requests();
        const int row = f.savedRow(QStringLiteral("Python plugin: every hook"));
        QVERIFY(row >= 0);
        requests[row].expect = {};
        composer->setSavedRequests(requests);
        composer->savedRequests()->activate(row);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(history->rowCount(), 1);
        // And a request that is not saved.
        composer->setTarget(QStringLiteral("/keyless/get?fresh=1"));
        composer->headersEdit()->clear();
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(history->rowCount(), 2);

        pane->view()->selectRow(1); // the Python request
        QVERIFY(pane->expectButton()->isEnabled());
        QTest::mouseClick(pane->expectButton(), Qt::LeftButton);
        const Ui::SavedRequest python = composer->savedRequests()->requests().at(row);
        QCOMPARE(python.name, QStringLiteral("Python plugin: every hook"));
        QCOMPARE(python.expect.value(QStringLiteral("status")).toInt(), 200);
        // Its first request is answered by the auth plugin, not the ID extractor's cache.
        QCOMPARE(python.expect.value(QStringLiteral("cacheHit")).toBool(true), false);
        const QString calls = QString::fromUtf8(
            QJsonDocument(python.expect.value(QStringLiteral("pluginCalls")).toArray()).toJson());
        for (const char *hook :
             {"pre:SamplePre", "auth_check:SampleAuth", "post_key_auth:SamplePostKeyAuth",
              "post:SamplePost", "response:SampleResponse"})
            QVERIFY2(calls.contains(QLatin1String(hook)), qPrintable(calls));
        QVERIFY(composer->expectEdit()->toPlainText().contains(QStringLiteral("\"status\": 200")));
        QVERIFY(!composer->expectProblemLabel()->isVisibleTo(composer));
        QVERIFY(composer->savedRequests()->list()->item(row)->text().endsWith(QStringLiteral("✓")));

        pane->view()->selectRow(0); // the unsaved one becomes a saved request
        QTest::mouseClick(pane->expectButton(), Qt::LeftButton);
        const Ui::SavedRequest fresh = composer->savedRequests()->requests().constLast();
        QCOMPARE(fresh.name, QStringLiteral("GET /keyless/get"));
        QCOMPARE(fresh.url, QStringLiteral("/keyless/get?fresh=1"));
        QCOMPARE(fresh.expect.value(QStringLiteral("status")).toInt(), 200);

        // A mistake typed into the Expect field is shown and not saved.
        composer->expectEdit()->setPlainText(QStringLiteral("{\"stauts\": 200}"));
        QVERIFY(composer->expectProblemLabel()->isVisibleTo(composer));
        QVERIFY2(composer->expectProblemLabel()->text().contains(QStringLiteral("stauts")),
                 qPrintable(composer->expectProblemLabel()->text()));

        f.file->flush();
        QProcess cli;
        cli.start(qEnvironmentVariable("HOOKBENCH_CLI"),
                  {QStringLiteral("test"), f.workspace.path(), QStringLiteral("--bundle-cache"),
                   f.bundleCache.path(), QStringLiteral("--filter"),
                   QStringLiteral("Python plugin: every hook"), QStringLiteral("--filter"),
                   QStringLiteral("GET /keyless/get")});
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("2 passed, 0 failed")), qPrintable(out));
    }

    // The timeline's row menu, chosen as a user does (right click, pick an entry).
    void theTimelineRowMenuOpensReplaysBreaksAndCopiesItsRequest()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/keyless/get?from=timeline"));
        composer->headersEdit()->setPlainText(QStringLiteral("X-From: timeline"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(f.window->historyModel()->rowCount(), 1);
        Ui::TimelinePane *timeline = f.window->timelinePane();
        QTRY_COMPARE(timeline->view()->model()->rowCount(), 1);
        const QModelIndex row = timeline->view()->model()->index(0, 0);
        auto choose = [&](const QString &entry) {
            bool chosen = false;
            QTimer::singleShot(0, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                for (QAction *a : menu->actions())
                    if (a->text() == entry && a->isEnabled()) {
                        chosen = true;
                        a->trigger();
                    }
                menu->close();
            });
            const QPoint at = timeline->view()->visualRect(row).center();
            Q_EMIT timeline->view()->customContextMenuRequested(at);
            return chosen;
        };

        composer->setTarget(QString());
        composer->headersEdit()->clear();
        QVERIFY(choose(QStringLiteral("Open in Composer")));
        QCOMPARE(composer->target(), QStringLiteral("/keyless/get?from=timeline"));
        QVERIFY2(
            composer->headersEdit()->toPlainText().contains(QStringLiteral("X-From: timeline")),
            qPrintable(composer->headersEdit()->toPlainText()));

        QGuiApplication::clipboard()->clear();
        QVERIFY(choose(QStringLiteral("Copy as curl")));
        QVERIFY2(QGuiApplication::clipboard()->text().contains(
                     QStringLiteral("http://localhost:8080/keyless/get?from=timeline")),
                 qPrintable(QGuiApplication::clipboard()->text()));

        QVERIFY(choose(QStringLiteral("Break Here")));
        const auto &breakpoints = f.window->debugger()->breakpointModel()->breakpoints();
        QCOMPARE(breakpoints.size(), 1);
        QCOMPARE(breakpoints.at(0).apiId, QStringLiteral("keyless"));
        QCOMPARE(breakpoints.at(0).condition, QStringLiteral("GET /keyless/get"));
        QVERIFY(!breakpoints.at(0).phase.isEmpty());
        f.window->debugger()->breakpointModel()->clear();
        f.bridge->setBreakpoints({});

        QVERIFY(choose(QStringLiteral("Replay")));
        QListWidget *results = f.window->historyPane()->resultList();
        QTRY_COMPARE(results->count(), 1);
        QVERIFY2(results->item(0)->data(Qt::UserRole).toBool(),
                 qPrintable(results->item(0)->text()));
    }

    void curlImportFillsTheComposerAndCopyAsCurlQuotes()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        const auto notes =
            composer->importCurl(QStringLiteral("curl -X POST http://localhost:8080/keyless/post "
                                                "\\\n -H 'X-A: it'\\''s' -d 'a=1' --compressed"));
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), 1);
        QVERIFY(composer->statusLabel()->text().contains(QStringLiteral("--compressed")));
        const auto command = composer->curlCommand();
        QVERIFY(command.ok());
        QVERIFY2(command->contains(QStringLiteral("-H 'X-A: it'\\''s'")), qPrintable(*command));
        QVERIFY(command->contains(QStringLiteral("http://localhost:8080/keyless/post")));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY(composer->responseView()->toPlainText().contains(QStringLiteral("\"a\": \"1\"")));
    }
};

QTEST_MAIN(tst_HistoryReplay)
#include "tst_historyreplay.moc"
