// SPDX-License-Identifier: GPL-3.0-or-later
// The step debugger driven as a person uses it, offscreen, on the sample workspace: set a
// breakpoint, send from the composer, edit the paused request, resume, step, revert, abort.
#include "core/setup/enginesetup.h"
#include "workbench/models/breakpointmodel.h"
#include "ui/composer/composerpane.h"
#include "ui/debugger/debuggerpane.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/mainwindow.h"
#include "workbench/models/pausedexchangemodel.h"
#include "ui/debugger/pausedrequesteditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Hb;

namespace {
struct Fixture
{
    QTemporaryDir bundleCache;
    std::unique_ptr<Setup::EngineSetup> setup;
    std::unique_ptr<Ui::EngineBridge> bridge;
    std::unique_ptr<Ui::MainWindow> window;

    Fixture()
    {
        const QString workspace =
            qEnvironmentVariable("HOOKBENCH_SAMPLES") + QStringLiteral("/workspace");
        Setup::EngineOptions options;
        options.appsDir = workspace + QStringLiteral("/apps");
        options.bundlesDir = workspace + QStringLiteral("/bundles");
        options.bundleCacheDir = bundleCache.path();
        auto created = Setup::EngineSetup::create(options);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        setup = std::move(*created);
        bridge = std::make_unique<Ui::EngineBridge>(*setup);
        window = std::make_unique<Ui::MainWindow>(*bridge, setup->diagnostics());
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
    }
    ~Fixture()
    {
        window.reset();
        bridge.reset(); // stops the engine thread before the engine goes
    }

    Ui::DebuggerPane *pane() const { return window->debugger(); }
    Ui::ComposerPane *composer() const { return window->composer(); }

    // Picks phase and API in the breakpoint form and clicks Add, as a person would.
    void setBreakpoint(const QString &phase, const QString &apiId = {},
                       const QString &condition = {})
    {
        pane()->phaseCombo()->setCurrentText(phase);
        const int api = pane()->apiCombo()->findData(apiId);
        QVERIFY(api >= 0);
        pane()->apiCombo()->setCurrentIndex(api);
        pane()->phaseCombo()->setCurrentText(phase);
        pane()->conditionEdit()->setText(condition);
        QTest::mouseClick(pane()->addBreakpointButton(), Qt::LeftButton);
    }

    void send(const QString &target, const QString &headers = {})
    {
        composer()->setTarget(target);
        composer()->headersEdit()->setPlainText(headers);
        QTest::mouseClick(composer()->sendButton(), Qt::LeftButton);
    }

    QString pausedCell(int column) const
    {
        return pane()->pausedModel()->index(0, column).data().toString();
    }

    // The window must be active for the Debug menu's shortcuts.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key(key), modifiers);
    }
};

Engine::PausedExchange paused(quint64 id, const QByteArray &target, const QString &phase)
{
    Engine::PausedExchange e;
    e.id = id;
    e.apiId = QStringLiteral("keyless");
    e.phase = phase;
    e.request.target = target;
    return e;
}
} // namespace

class tst_DebuggerPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void breakpointModelKeepsOneRowPerDistinctBreakpoint()
    {
        Ui::BreakpointModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApiNames({{QStringLiteral("keyless"), QStringLiteral("Keyless echo")}});
        QVERIFY(model.add({QStringLiteral("Proxy"), QStringLiteral("keyless"), QString()}));
        QVERIFY(model.add({QStringLiteral("pre"), QString(), QStringLiteral("X-Debug")}));
        QVERIFY(!model.add({QStringLiteral("Proxy"), QStringLiteral("keyless"), QString()}));
        QVERIFY(!model.add({QString(), QString(), QString()}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Ui::BreakpointModel::Api).data().toString(),
                 QStringLiteral("Keyless echo"));
        QCOMPARE(model.index(1, Ui::BreakpointModel::Api).data().toString(),
                 QStringLiteral("any API"));
        QCOMPARE(model.index(1, Ui::BreakpointModel::Condition).data().toString(),
                 QStringLiteral("X-Debug"));
        model.removeRow(0);
        QCOMPARE(model.breakpoints().first().phase, QStringLiteral("pre"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void pausedModelMergesTheEnginesQueueRowByRow()
    {
        Ui::PausedExchangeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExchanges({paused(1, "/a", QStringLiteral("VersionCheck")),
                            paused(2, "/b", QStringLiteral("Proxy")),
                            paused(3, "/c", QStringLiteral("Proxy"))});
        QCOMPARE(model.rowCount(), 3);
        QPersistentModelIndex second = model.index(1, 0);
        // 1 resumed, 2 stepped on, 4 arrived: row 2 stays the same row object.
        model.setExchanges({paused(2, "/b", QStringLiteral("RateLimitHeaders")),
                            paused(3, "/c", QStringLiteral("Proxy")),
                            paused(4, "/d", QStringLiteral("Proxy"))});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(second.isValid());
        QCOMPARE(second.row(), 0);
        QCOMPARE(model.index(0, Ui::PausedExchangeModel::NextPhase).data().toString(),
                 QStringLiteral("RateLimitHeaders"));
        QCOMPARE(model.index(2, Ui::PausedExchangeModel::Path).data().toString(),
                 QStringLiteral("/d"));
        QCOMPARE(model.rowOf(4), 2);
        QCOMPARE(model.rowOf(1), -1);
        model.setExchanges({});
        QCOMPARE(model.rowCount(), 0);
    }

    void headerEditedAtABreakpointReachesTheEchoUpstream()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.pane()->pausedModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!f.pane()->resumeAction()->isEnabled()); // nothing to resume yet
        f.setBreakpoint(QStringLiteral("Proxy"), QStringLiteral("keyless"));
        QCOMPARE(f.pane()->breakpointModel()->rowCount(), 1);
        f.send(QStringLiteral("/keyless/get?from=debugger"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QCOMPARE(f.pausedCell(Ui::PausedExchangeModel::Api), QStringLiteral("Keyless echo"));
        QCOMPARE(f.pausedCell(Ui::PausedExchangeModel::Method), QStringLiteral("GET"));
        QCOMPARE(f.pausedCell(Ui::PausedExchangeModel::Path),
                 QStringLiteral("/keyless/get?from=debugger"));
        QCOMPARE(f.pausedCell(Ui::PausedExchangeModel::NextPhase), QStringLiteral("Proxy"));
        QVERIFY(f.window->findChild<QDockWidget *>(QStringLiteral("DebuggerDock"))->isVisible());
        QCOMPARE(f.composer()->statusLabel()->text(), QStringLiteral("Sending…"));
        // The paused request is selected and editable.
        QTRY_VERIFY(f.pane()->resumeAction()->isEnabled());
        Ui::PausedRequestEditor *editor = f.pane()->editor();
        QCOMPARE(editor->pathEdit()->text(), QStringLiteral("/keyless/get"));
        QCOMPARE(editor->queryEdit()->text(), QStringLiteral("from=debugger"));
        auto *add = editor->findChild<QToolButton *>(QStringLiteral("addHeader"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTableWidget *headers = editor->headersTable();
        headers->item(headers->rowCount() - 1, 0)->setText(QStringLiteral("X-Debug"));
        headers->item(headers->rowCount() - 1, 1)
            ->setText(QStringLiteral("edited at a breakpoint"));
        f.press(Qt::Key_F8); // resume applies what was typed
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY(f.composer()->responseView()->toPlainText().contains(
            QStringLiteral("\"X-Debug\": \"edited at a breakpoint\"")));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 0);
        QVERIFY(!f.pane()->resumeAction()->isEnabled());
    }

    void stepRunsOnePhaseAndPausesBeforeTheNext()
    {
        Fixture f;
        const QStringList phases = f.bridge->phaseNames().value(QStringLiteral("keyless"));
        QVERIFY(phases.size() > 2);
        f.setBreakpoint(phases.at(0), QStringLiteral("keyless"));
        f.send(QStringLiteral("/keyless/get"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QCOMPARE(f.pausedCell(Ui::PausedExchangeModel::NextPhase), phases.at(0));
        f.press(Qt::Key_F10);
        QTRY_COMPARE(f.pausedCell(Ui::PausedExchangeModel::NextPhase), phases.at(1));
        f.press(Qt::Key_F10);
        QTRY_COMPARE(f.pausedCell(Ui::PausedExchangeModel::NextPhase), phases.at(2));
        QVERIFY(f.pane()->editor()->isEnabled());
        f.press(Qt::Key_F8);
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("200")));
    }

    // Space on a breakpoint's row unticks it: it stays listed and stops nothing; Disable All
    // and Enable All turn every one off and on.
    void aBreakpointTurnedOffStaysListedAndLetsRequestsThrough()
    {
        Fixture f;
        QSignalSpy engineList(f.pane(), &Ui::DebuggerPane::breakpointsChanged);
        f.setBreakpoint(QStringLiteral("Proxy"));
        QTableView *table = f.pane()->findChild<QTableView *>(QStringLiteral("breakpointTable"));
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(f.pane()->breakpointModel()->index(0, Ui::BreakpointModel::Phase));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(f.pane()->breakpointModel()->rowCount(), 1);
        QCOMPARE(f.pane()->breakpointModel()->index(0, 0).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(engineList.last().first().value<QList<Engine::Breakpoint>>().isEmpty());
        f.send(QStringLiteral("/keyless/get"));
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("200")));
        QCOMPARE(f.pane()->pausedModel()->rowCount(), 0);

        QTest::mouseClick(
            f.pane()->findChild<QPushButton *>(QStringLiteral("enableAllBreakpoints")),
            Qt::LeftButton);
        QCOMPARE(engineList.last().first().value<QList<Engine::Breakpoint>>().size(), 1);
        f.composer()->statusLabel()->clear();
        f.send(QStringLiteral("/keyless/get"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QTest::mouseClick(
            f.pane()->findChild<QPushButton *>(QStringLiteral("disableAllBreakpoints")),
            Qt::LeftButton);
        QVERIFY(engineList.last().first().value<QList<Engine::Breakpoint>>().isEmpty());
        f.press(Qt::Key_F8);
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("200")));
    }

    void abortAnswersTheClientWith499()
    {
        Fixture f;
        f.setBreakpoint(QStringLiteral("Proxy"));
        f.send(QStringLiteral("/keyless/get"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QTRY_VERIFY(f.pane()->abortAction()->isEnabled());
        f.press(Qt::Key_F8, Qt::ShiftModifier);
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("499")));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 0);
    }

    void revertPutsBackTheRequestTheClientSent()
    {
        Fixture f;
        f.setBreakpoint(QStringLiteral("Proxy"));
        f.send(QStringLiteral("/keyless/original?x=1"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        Ui::PausedRequestEditor *editor = f.pane()->editor();
        editor->pathEdit()->setText(QStringLiteral("/keyless/changed"));
        editor->bodyEdit()->setPlainText(QStringLiteral("a body"));
        f.pane()->applyAction()->trigger();
        QTRY_COMPARE(f.pausedCell(Ui::PausedExchangeModel::Path),
                     QStringLiteral("/keyless/changed?x=1"));
        f.pane()->revertAction()->trigger();
        QTRY_COMPARE(f.pausedCell(Ui::PausedExchangeModel::Path),
                     QStringLiteral("/keyless/original?x=1"));
        QTRY_COMPARE(editor->pathEdit()->text(), QStringLiteral("/keyless/original"));
        QCOMPARE(editor->bodyEdit()->toPlainText(), QString());
        f.pane()->resumeAction()->trigger();
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY(f.composer()->responseView()->toPlainText().contains(
            QStringLiteral("\"path\": \"/original\"")));
    }

    void otherRequestsFlowWhileOneWaitsOnAConditionalBreakpoint()
    {
        Fixture f;
        f.setBreakpoint(QStringLiteral("Proxy"), {}, QStringLiteral("X-Stop: here"));
        f.send(QStringLiteral("/keyless/stopped"), QStringLiteral("X-Stop: here"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        f.send(QStringLiteral("/keyless/flowing"));
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY(f.composer()->responseView()->toPlainText().contains(
            QStringLiteral("\"path\": \"/flowing\"")));
        QCOMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QCOMPARE(f.pausedCell(Ui::PausedExchangeModel::Path), QStringLiteral("/keyless/stopped"));
        // Removing the breakpoint leaves the paused request waiting for the user.
        QTableView *breakpoints =
            f.pane()->findChild<QTableView *>(QStringLiteral("breakpointTable"));
        breakpoints->selectRow(0);
        auto *remove = f.pane()->findChild<QPushButton *>(QStringLiteral("removeBreakpoint"));
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(f.pane()->breakpointModel()->rowCount(), 0);
        f.pane()->resumeAction()->trigger();
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 0);
    }

    void sessionEditedAtABreakpointIsWhatLaterPhasesSee()
    {
        Fixture f;
        const QString api = QStringLiteral("python-hooks");
        QVERIFY(f.bridge->phaseNames().value(api).contains(QStringLiteral("KeyExpired")));
        f.setBreakpoint(QStringLiteral("KeyExpired"), api);
        f.send(QStringLiteral("/python/get"), QStringLiteral("Authorization: sample-token"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QTRY_VERIFY(f.pane()->editor()->isEnabled());
        QPlainTextEdit *session = f.pane()->editor()->sessionEdit();
        QVERIFY(!session->isReadOnly()); // the plugin's auth found a session
        QJsonObject json = QJsonDocument::fromJson(session->toPlainText().toUtf8()).object();
        QVERIFY(!json.isEmpty());
        json.insert(QStringLiteral("expires"), 1); // long past
        session->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        f.press(Qt::Key_F8);
        QTRY_VERIFY(f.composer()->statusLabel()->text().startsWith(QStringLiteral("401")));
        QVERIFY(f.composer()->responseView()->toPlainText().contains(
            QStringLiteral("Key has expired")));
    }

    void aSessionThatIsNotJsonIsRefusedAndTheRequestStaysPaused()
    {
        Fixture f;
        f.setBreakpoint(QStringLiteral("KeyExpired"), QStringLiteral("python-hooks"));
        f.send(QStringLiteral("/python/get"), QStringLiteral("Authorization: sample-token"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QTRY_VERIFY(f.pane()->editor()->isEnabled());
        f.pane()->editor()->sessionEdit()->setPlainText(QStringLiteral("{ not json"));
        f.pane()->resumeAction()->trigger();
        auto *message = f.pane()->findChild<QLabel *>(QStringLiteral("debuggerMessage"));
        QCOMPARE(message->text(), QStringLiteral("The session is not a JSON object."));
        QTest::qWait(100);
        QCOMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QCOMPARE(f.composer()->statusLabel()->text(), QStringLiteral("Sending…"));
    }

    void germanTranslationCoversTheDebugger()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/hookbench_de.qm")));
        QCOMPARE(german.translate("Hb::Ui::DebuggerPane", "Paused requests"),
                 QStringLiteral("Angehaltene Anfragen"));
        QCOMPARE(german.translate("Hb::Ui::MainWindow", "&Debug"), QStringLiteral("&Debuggen"));
        QCOMPARE(german.translate("Hb::Ui::PausedExchangeModel", "Next phase"),
                 QStringLiteral("Nächste Phase"));
    }

    void debuggerPaneWithAPausedRequestRenders()
    {
        Fixture f;
        f.setBreakpoint(QStringLiteral("Proxy"));
        f.send(QStringLiteral("/keyless/get?look=1"), QStringLiteral("X-Look: at me"));
        QTRY_COMPARE(f.pane()->pausedModel()->rowCount(), 1);
        QTRY_VERIFY(f.pane()->editor()->isEnabled());
        const QImage image = f.window->grab().toImage();
        QVERIFY(image.save(QDir::temp().filePath(QStringLiteral("hookbench-debugger.png"))));
        // The dock fits the first-start window without growing it.
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(f.pane()->width() > 300);
    }
};

QTEST_MAIN(tst_DebuggerPane)
#include "tst_debuggerpane.moc"
