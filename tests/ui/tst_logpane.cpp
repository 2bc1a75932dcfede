// SPDX-License-Identifier: GPL-3.0-or-later
// The Logs pane: levels read from the lines, the level filter, search, copy and clear, the
// program's own messages forwarded from any thread, and what the main window logs.
#include "mainwindowfixture.h"
#include "ui/composer/composerpane.h"
#include "ui/logs/logentry.h"
#include "ui/logs/logmodel.h"
#include "ui/logs/logpane.h"
#include "ui/logs/qtmessageforwarder.h"
#include "ui/editors/plugineditorpane.h"
#include "ui/common/qsci.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <thread>

using namespace Hb;
using Hb::Ui::LogLevel;

namespace {
QStringList shownMessages(Ui::LogPane &pane)
{
    QStringList out;
    QAbstractItemModel *model = pane.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, Ui::LogModel::MessageColumn).data().toString());
    return out;
}

void fill(Ui::LogPane &pane)
{
    pane.append(LogLevel::Debug, QStringLiteral("engine"), QStringLiteral("a debug line"));
    pane.append(LogLevel::Info, {}, QStringLiteral("loaded api"));
    pane.append(LogLevel::Warning, QStringLiteral("python"), QStringLiteral("slow hook"));
    pane.append(LogLevel::Error, QStringLiteral("request 3 · api · pre:Check"),
                QStringLiteral("Hook 'Check' returned an error: boom"));
}
} // namespace

class TestLogPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineSaysItsSourceAndLevel_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("engine") << QStringLiteral("[python] error: Hook 'X' failed")
                                << QStringLiteral("python") << int(LogLevel::Error)
                                << QStringLiteral("Hook 'X' failed");
        QTest::newRow("plugin") << QStringLiteral("warning: deprecated") << QString()
                                << int(LogLevel::Warning) << QStringLiteral("deprecated");
        QTest::newRow("print") << QStringLiteral("print: hello") << QString() << int(LogLevel::Info)
                               << QStringLiteral("hello");
        QTest::newRow("plain") << QStringLiteral("Go plugin host started (pid 4)") << QString()
                               << int(LogLevel::Info)
                               << QStringLiteral("Go plugin host started (pid 4)");
        QTest::newRow("a colon later is text")
            << QStringLiteral("loaded a at /a/: fine") << QString() << int(LogLevel::Info)
            << QStringLiteral("loaded a at /a/: fine");
        QTest::newRow("multi-line")
            << QStringLiteral("[go] fatal: panic\ngoroutine 1") << QStringLiteral("go")
            << int(LogLevel::Error) << QStringLiteral("panic\ngoroutine 1");
    }
    void aLineSaysItsSourceAndLevel()
    {
        QFETCH(QString, line);
        const Ui::LogEntry entry = Ui::parseLogLine(line);
        QTEST(entry.source, "source");
        QTEST(int(entry.level), "level");
        QTEST(entry.text, "text");
    }

    void theLevelFilterAndTheSearchNarrowTheLines()
    {
        Ui::LogPane pane;
        QAbstractItemModelTester tester(pane.view()->model());
        fill(pane);
        // Info and above by default: the debug line waits for "All levels".
        QCOMPARE(shownMessages(pane).size(), 3);
        QCOMPARE(pane.countLabel()->text(), QStringLiteral("3 of 4 shown"));
        pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findData(int(LogLevel::Debug)));
        QCOMPARE(shownMessages(pane).size(), 4);
        pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findData(int(LogLevel::Warning)));
        QCOMPARE(shownMessages(pane),
                 (QStringList{QStringLiteral("slow hook"),
                              QStringLiteral("Hook 'Check' returned an error: boom")}));
        pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findData(int(LogLevel::Error)));
        QCOMPARE(shownMessages(pane).size(), 1);

        pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findData(int(LogLevel::Debug)));
        QTest::keyClicks(pane.searchField(), QStringLiteral("PRE:check"));
        // Matches the source ("request 3 · api · pre:Check"), any case.
        QCOMPARE(shownMessages(pane),
                 QStringList{QStringLiteral("Hook 'Check' returned an error: boom")});
        QCOMPARE(pane.countLabel()->text(), QStringLiteral("1 of 4 shown"));
        pane.searchField()->clear();
        QCOMPARE(shownMessages(pane).size(), 4);
    }

    void ctrlFFocusesTheSearchAndCopyTakesTheSelectedLines()
    {
        Ui::LogPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        fill(pane);
        pane.view()->setFocus();
        QTest::keyClick(pane.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane.searchField()->hasFocus());

        pane.view()->setFocus();
        pane.view()->selectRow(1);
        QTest::keyClick(pane.view(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.endsWith(QStringLiteral("[python] warning: slow hook")),
                 qPrintable(copied));

        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("logClear")),
                          Qt::LeftButton);
        QCOMPARE(pane.view()->model()->rowCount(), 0);
        QCOMPARE(pane.toPlainText(), QString());
    }

    void theModelKeepsTheNewestLinesUpToItsCapacity()
    {
        Ui::LogModel model(3);
        for (int i = 0; i < 5; ++i)
            model.append({QDateTime::currentDateTime(), LogLevel::Info, {}, QString::number(i)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entry(0).text, QStringLiteral("2"));
        QCOMPARE(model.entry(2).text, QStringLiteral("4"));
    }

    // qWarning/qInfo from any thread (the engine, a plugin host) reach the pane, with the
    // level the line names or the message type's, whichever is higher. A plugin's own output
    // and failures do not: the pane has them from the trace, with their request.
    void theProgramsOwnMessagesFromAnyThreadShowInThePane()
    {
        Ui::LogPane pane;
        pane.levelFilter()->setCurrentIndex(pane.levelFilter()->findData(int(LogLevel::Debug)));
        {
            Ui::QtMessageForwarder forwarder(&pane);
            std::thread([] {
                qInfo("[python] error: Hook 'X' returned an error: bad (m.py:3)");
                qInfo("[python] info: a plugin's tyk.log line");
                qWarning("the Gateway API accepts Tyk's default secret");
                qInfo("[python] warning: Python plugin host restarted (pid 9); loading its 1 "
                      "plugin(s) again");
                qInfo("[goplugin] info: Go plugin host started (pid 8; Delve: dlv attach 8)");
            }).join();
            QTRY_COMPARE(pane.view()->model()->rowCount(), 3);
        }
        const QString text = pane.toPlainText();
        QVERIFY2(!text.contains(u"Hook 'X'") && !text.contains(u"tyk.log line"), qPrintable(text));
        QVERIFY2(text.contains(u"warning: the Gateway API accepts"), qPrintable(text));
        QVERIFY2(text.contains(u"[python] warning: Python plugin host restarted (pid 9)"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"[goplugin] Go plugin host started (pid 8; Delve"),
                 qPrintable(text));
        // Gone with the forwarder.
        qInfo("after");
        QTest::qWait(20);
        QCOMPARE(pane.view()->model()->rowCount(), 3);
    }

    // A traceback's or a load error's "FILE:LINE" opens the file at that line: double-click
    // the log line.
    void aLineNamingAFileAndLineOpensItInTheEditor()
    {
        const QString plugin =
            HbTest::sampleWorkspace() + QStringLiteral("/bundles/python-hooks/middleware.py");
        QVERIFY(QFileInfo(plugin).isFile());
        QCOMPARE(Ui::LogPane::locationIn(QStringLiteral("bad thing (") + plugin +
                                         QStringLiteral(":3, in Pre)")),
                 std::make_pair(plugin, 3));
        QCOMPARE(Ui::LogPane::locationIn(QStringLiteral("/no/such/file.py:3")).second, 0);
        QCOMPARE(Ui::LogPane::locationIn(QStringLiteral("no place here")).second, 0);

        HbTest::MainWindowFixture f;
        Ui::LogPane *pane = f.window->logView();
        // The Logs dock shares its place with the history: bring it forward, as a click on
        // its tab does.
        auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("LogDock"));
        QVERIFY(dock);
        dock->raise();
        QTRY_VERIFY(pane->view()->isVisible());
        pane->append(LogLevel::Error, QStringLiteral("python"),
                     QStringLiteral("Hook 'Pre' returned an error: boom (") + plugin +
                         QStringLiteral(":3, in Pre)"));
        QAbstractItemModel *shown = pane->view()->model();
        const QModelIndex last = shown->index(shown->rowCount() - 1, Ui::LogModel::MessageColumn);
        QSignalSpy activated(pane, &Ui::LogPane::locationActivated);
        pane->view()->scrollTo(last);
        const QRect cell = pane->view()->visualRect(last);
        // A person's double click: a click, then the second press that makes it double.
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(pane->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QTRY_COMPARE(f.window->pluginEditor()->currentFile(), plugin);
        int line = 0, column = 0;
        f.window->pluginEditor()->editor()->getCursorPosition(&line, &column);
        QCOMPARE(line, 2); // 0-based
    }

    // Without a secret of its own the Gateway API takes Tyk's published default: the window
    // says so as a warning, as `serve` does at start.
    void theDefaultSecretIsAWarningInTheLogs()
    {
        QTemporaryDir cache;
        Setup::EngineOptions options;
        options.appsDir = HbTest::sampleWorkspace() + QStringLiteral("/apps");
        options.bundlesDir = HbTest::sampleWorkspace() + QStringLiteral("/bundles");
        options.bundleCacheDir = cache.path();
        auto setup = Setup::EngineSetup::create(options);
        QVERIFY(setup);
        Ui::EngineBridge bridge(**setup);
        // As app/gui/main.cpp builds it.
        Ui::MainWindow window(bridge, (*setup)->configWarnings() + (*setup)->diagnostics());
        Ui::LogPane *pane = window.logView();
        pane->levelFilter()->setCurrentIndex(pane->levelFilter()->findData(int(LogLevel::Warning)));
        QCOMPARE(pane->view()->model()->rowCount(), 1);
        const QString shown = pane->view()
                                  ->model()
                                  ->index(0, Ui::LogModel::MessageColumn)
                                  .data(Qt::ToolTipRole)
                                  .toString();
        QVERIFY2(shown.contains(u"accepts Tyk's published default secret"), qPrintable(shown));
    }

    // A hook that fails shows as an error line naming the request, API and phase.
    void aFailingRequestIsAnErrorLineNamingItsRequestAndPhase()
    {
        HbTest::MainWindowFixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/python/get"));
        composer->statusLabel()->clear();
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton); // no token: the auth fails
        QTRY_VERIFY(!composer->statusLabel()->text().isEmpty());
        Ui::LogPane *pane = f.window->logView();
        pane->levelFilter()->setCurrentIndex(pane->levelFilter()->findData(int(LogLevel::Error)));
        QAbstractItemModel *shown = pane->view()->model();
        const auto requestRows = [shown] {
            int n = 0;
            for (int row = 0; row < shown->rowCount(); ++row)
                n += shown->index(row, Ui::LogModel::SourceColumn)
                         .data()
                         .toString()
                         .startsWith(QStringLiteral("request "));
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(requestRows() > 0, 15000);
    }
};

QTEST_MAIN(TestLogPane)
#include "tst_logpane.moc"
