// SPDX-License-Identifier: GPL-3.0-or-later
// The session-cache inspector: evict, view/edit a session, pause the engine clock.
#include "mainwindowfixture.h"
#include "ui/composer/composerpane.h"
#include "ui/sessions/sessioncacheentrydialog.h"
#include "ui/sessions/sessioncachemodel.h"
#include "ui/sessions/sessioncachepane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "ui/common/qsci.h"

using namespace Hb;

namespace {
// Sends the sample's ID-extractor request (/python/, the token in Authorization).
void sendPythonRequest(Ui::MainWindow &window)
{
    Ui::ComposerPane *composer = window.composer();
    composer->setTarget(QStringLiteral("/python/get"));
    composer->headersEdit()->setPlainText(QStringLiteral("Authorization: sample-token"));
    composer->statusLabel()->clear();
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
}

int eventCount(Ui::SessionCachePane *pane, const QString &event)
{
    auto *events = pane->findChild<QListWidget *>(QStringLiteral("sessionCacheEvents"));
    return int(events->findItems(event, Qt::MatchContains).size());
}

QPushButton *button(Ui::SessionCachePane *pane, const char *name)
{
    return pane->findChild<QPushButton *>(QString::fromLatin1(name));
}
} // namespace

class tst_SessionCachePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A gRPC server sets its deadlines by its own clock: the entry says so, since Jump forward
    // moves the engine's clock and Python's, Lua's and JavaScript's, not the server's.
    void anEntryOfAGrpcAuthPluginSaysItsDeadlineFollowsTheServersClock()
    {
        Ui::SessionCacheModel model;
        QAbstractItemModelTester tester(&model);
        Engine::SessionCacheEntry grpc;
        grpc.storageKey = QStringLiteral("k1");
        grpc.driver = QStringLiteral("grpc");
        grpc.deadline = 1000 + 60;
        Engine::SessionCacheEntry python = grpc;
        python.storageKey = QStringLiteral("k2");
        python.driver = QStringLiteral("python");
        model.setEntries({grpc, python}, 1000);
        QCOMPARE(model.index(0, Ui::SessionCacheModel::TimeLeft).data().toString(),
                 QStringLiteral("60 s (server's clock)"));
        QVERIFY(model.index(0, Ui::SessionCacheModel::Key)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"does not reach it"));
        QCOMPARE(model.index(1, Ui::SessionCacheModel::TimeLeft).data().toString(),
                 QStringLiteral("60 s"));
        QVERIFY(!model.index(1, Ui::SessionCacheModel::Key)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"gRPC"));
    }

    void evictingASessionRemovesTheRowAndTheNextRequestCallsThePluginAgain()
    {
        HbTest::MainWindowFixture f;
        Ui::SessionCachePane *pane = f.window->sessionCache();
        Ui::SessionCacheModel *cache = pane->model();
        QAbstractItemModelTester tester(cache,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sendPythonRequest(*f.window);
        QTRY_COMPARE(cache->rowCount(), 1);
        QTRY_COMPARE(eventCount(pane, QStringLiteral("plugin_called")), 1);
        sendPythonRequest(*f.window);
        QTRY_COMPARE(cache->index(0, Ui::SessionCacheModel::Hits).data().toInt(), 1);

        pane->table()->selectRow(0);
        QTest::mouseClick(button(pane, "evictSession"), Qt::LeftButton);
        QTRY_COMPARE(cache->rowCount(), 0);
        sendPythonRequest(*f.window);
        QTRY_COMPARE(eventCount(pane, QStringLiteral("plugin_called")), 2);
        QTRY_COMPARE(cache->rowCount(), 1);

        QTest::mouseClick(button(pane, "evictAllSessions"), Qt::LeftButton);
        QTRY_COMPARE(cache->rowCount(), 0);
    }

    void aSessionIsShownAndAnEditIsWrittenBackToTheStore()
    {
        HbTest::MainWindowFixture f;
        Ui::SessionCachePane *pane = f.window->sessionCache();
        sendPythonRequest(*f.window);
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        pane->table()->selectRow(0);
        QTest::mouseClick(button(pane, "viewSession"), Qt::LeftButton);
        Ui::SessionCacheEntryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane->findChild<Ui::SessionCacheEntryDialog *>()));
        const QString json = dialog->editor()->text();
        QVERIFY2(json.contains(QStringLiteral("id_extractor_deadline")), qPrintable(json));
        // Edit a field and save; the store answers with the new JSON.
        QString edited = json;
        edited.replace(0, 1, QStringLiteral("{\n  \"hookbench_test\": \"edited\","));
        dialog->editor()->setText(edited);
        QSignalSpy written(f.bridge.get(), &Ui::EngineBridge::sessionWritten);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().at(1).toString(), QString());
        QSignalSpy read(f.bridge.get(), &Ui::EngineBridge::sessionRead);
        f.bridge->readSession(dialog->storageKey());
        QTRY_COMPARE(read.size(), 1);
        QVERIFY(read.first().at(1).toByteArray().contains("\"hookbench_test\": \"edited\""));
    }

    void pausingTheClockStopsTheCountdown()
    {
        HbTest::MainWindowFixture f;
        Ui::SessionCachePane *pane = f.window->sessionCache();
        Ui::SessionCacheModel *cache = pane->model();
        sendPythonRequest(*f.window);
        QTRY_COMPARE(cache->rowCount(), 1);
        QPushButton *pause = button(pane, "pauseClock");
        QTest::mouseClick(pause, Qt::LeftButton);
        auto *clock = pane->findChildren<QLabel *>().first();
        QTRY_VERIFY(clock->text().contains(QStringLiteral("paused")));
        const QString left = cache->index(0, Ui::SessionCacheModel::TimeLeft).data().toString();
        pane->grab().save(QDir::temp().filePath(QStringLiteral("hookbench-sessioncache.png")));
        QTest::qWait(1300); // a tick and a refresh from the engine
        QCOMPARE(cache->index(0, Ui::SessionCacheModel::TimeLeft).data().toString(), left);
        // Run again: the countdown resumes from where it stood.
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY(!clock->text().contains(QStringLiteral("paused")));
        QTRY_VERIFY_WITH_TIMEOUT(
            cache->index(0, Ui::SessionCacheModel::TimeLeft).data().toString() != left, 3000);
    }
};

QTEST_MAIN(tst_SessionCachePane)
#include "tst_sessioncachepane.moc"
