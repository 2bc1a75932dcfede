// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a person uses it, offscreen, on the sample workspace.
#include "core/setup/enginesetup.h"
#include "core/bundle/bundlebuilder.h"
#include "tests/ui/mainwindowfixture.h"
#include "workbench/models/apilistmodel.h"
#include "ui/editors/apipane.h"
#include "ui/composer/composerpane.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/mainwindow.h"
#include "ui/editors/plugineditorpane.h"
#include "ui/sessions/sessioncachemodel.h"
#include "ui/sessions/sessioncachepane.h"
#include "ui/timeline/timelinemodel.h"
#include <QTableView>
#include <QLineEdit>
#include <QTreeWidget>
#include "ui/timeline/requestdetailview.h"
#include "ui/timeline/timelinepane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QProgressBar>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ui/common/qsci.h"
#include <QTranslator>

using namespace Hb;

namespace {
struct Fixture
{
    QTemporaryDir bundleCache;
    std::unique_ptr<Setup::EngineSetup> setup;
    std::unique_ptr<Ui::EngineBridge> bridge;
    std::unique_ptr<Ui::MainWindow> window;

    explicit Fixture(const QString &workspace = qEnvironmentVariable("HOOKBENCH_SAMPLES") +
                                                QStringLiteral("/workspace"),
                     bool deferApiLoad = false)
    {
        Setup::EngineOptions options;
        options.deferApiLoad = deferApiLoad;
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
    }
    ~Fixture()
    {
        window.reset();
        bridge.reset(); // stops the engine thread before the engine goes
    }
};
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Keeps QSettings (the saved dock layout) away from the user's configuration.
        QStandardPaths::setTestModeEnabled(true);
    }

    void showsOneRowPerSampleApi()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.window->apiModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.window->apiModel()->rowCount(), 4);
        QSet<QString> paths;
        for (int row = 0; row < 4; ++row)
            paths.insert(f.window->apiModel()->api(row).listenPath);
        QCOMPARE(paths, (QSet<QString>{QStringLiteral("/keyless/"), QStringLiteral("/token/"),
                                       QStringLiteral("/oas/"), QStringLiteral("/python/")}));
    }

    void windowComesUpEmptyThenShowsTheApisItLoadsWithProgress()
    {
        Fixture f(HbTest::sampleWorkspace(), /*deferApiLoad=*/true);
        QCOMPARE(f.window->apiModel()->rowCount(), 0);
        auto *apiFilter = f.window->findChild<QComboBox *>(QStringLiteral("timelineFilterApi"));
        auto *breakpointApi = f.window->findChild<QComboBox *>(QStringLiteral("breakpointApi"));
        QVERIFY(apiFilter && breakpointApi);
        QCOMPARE(apiFilter->count(), 1); // "All APIs"
        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        f.bridge->reload();
        QVERIFY(f.bridge->isLoading());
        QVERIFY(f.window->loadProgress()->isVisible());
        QVERIFY(reloaded.wait(20000));
        QVERIFY(!f.bridge->isLoading());
        QVERIFY(!f.window->loadProgress()->isVisible());
        QCOMPARE(f.window->apiModel()->rowCount(), 4);
        QCOMPARE(apiFilter->count(), 5);
        QCOMPARE(breakpointApi->count(), 5);
        // The first definition is shown, and the composer is offered its listen path.
        QCOMPARE(f.window->apiPane()->currentFile(), f.window->apiModel()->api(0).sourceFile);
        QVERIFY(!f.window->apiPane()->editor()->text().isEmpty());
        QCOMPARE(f.window->composer()->target(),
                 f.bridge->apis().first().listenPath + QStringLiteral("get"));
        // Breakpoints can name the loaded APIs' phases.
        QCOMPARE(f.bridge->phaseNames().size(), 4);
        for (const QStringList &names : f.bridge->phaseNames())
            QVERIFY(names.contains(QStringLiteral("VersionCheck")));
        QVERIFY(f.window->logView()->toPlainText().contains(QStringLiteral("loaded ")));
    }

    void aZipBundleReportsItsProgressWhileTheWindowWaits()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        // The sample's bundle directory, built into a zip the engine must unpack.
        const QString bundles = workspace.filePath(QStringLiteral("bundles"));
        Bundle::BuildOptions build;
        build.manifestPath = bundles + QStringLiteral("/python-hooks/manifest.json");
        build.outputPath = bundles + QStringLiteral("/python-hooks.zip");
        const auto built = Bundle::BundleBuilder::build(build);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toString()));
        const QString definition = workspace.filePath(QStringLiteral("apps/python.json"));
        QFile file(definition);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        QVERIFY(json.contains("\"python-hooks\""));
        json.replace("\"python-hooks\"", "\"python-hooks.zip\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();

        Fixture f(workspace.path(), /*deferApiLoad=*/true);
        QSignalSpy progress(f.bridge.get(), &Ui::EngineBridge::bundleProgress);
        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        QStringList messages;
        connect(f.window->statusBar(), &QStatusBar::messageChanged, this,
                [&messages](const QString &m) { messages.append(m); });
        f.bridge->reload();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(!progress.isEmpty());
        QSet<int> stages;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const auto p = args.at(0).value<Bundle::BundleProgress>();
            QCOMPARE(p.bundle, QStringLiteral("python-hooks.zip"));
            stages.insert(int(p.stage));
        }
        QVERIFY(stages.contains(int(Bundle::BundleProgress::Stage::Unpacking)));
        QVERIFY(stages.contains(int(Bundle::BundleProgress::Stage::Done)));
        QVERIFY(messages.contains(QStringLiteral("Unpacking bundle python-hooks.zip")));
        // Loaded from the zip, the Python API answers.
        QCOMPARE(f.window->apiModel()->rowCount(), 4);
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/python/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: sample-token"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(
            composer->responseView()->toPlainText().contains(QStringLiteral("sample user")));
    }

    void aSavedDefinitionThatNoLongerLoadsStaysShownWithItsProblem()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        Fixture f(workspace.path());
        Ui::ApiPane *pane = f.window->apiPane();
        const QString shown = pane->currentFile();
        QString text = pane->editor()->text();
        // A stray character after the object: the file no longer parses, so it is skipped.
        text.append(QStringLiteral("x\n"));
        pane->editor()->setText(text);
        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        QVERIFY(pane->save());
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(f.window->apiModel()->rowOfFile(shown), -1);
        QCOMPARE(f.window->apiModel()->rowCount(), 3);
        // The list gaining focus (it has no current row now) does not replace it either.
        auto *list = pane->findChild<QTableView *>();
        QApplication::setActiveWindow(f.window.get());
        pane->editor()->setFocus();
        QTRY_VERIFY(!list->hasFocus());
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        QTest::qWait(50);
        // Still shown, as saved, with its problem marked, so it can be mended here.
        QCOMPARE(pane->currentFile(), shown);
        QCOMPARE(pane->editor()->text(), text);
        QVERIFY(!pane->markedLines().isEmpty());
    }

    void aSavedListenPathShowsInTheApiListAfterTheReload()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        Fixture f(workspace.path());
        Ui::ApiPane *pane = f.window->apiPane();
        Ui::ApiListModel *model = f.window->apiModel();
        const QString shown = pane->currentFile();
        const int row = model->rowOfFile(shown);
        QVERIFY(row >= 0);
        const QString oldPath = model->api(row).listenPath;
        QString text = pane->editor()->text();
        QVERIFY(text.contains(u'"' + oldPath + u'"'));
        text.replace(u'"' + oldPath + u'"', QStringLiteral("\"/renamed/\""));
        pane->editor()->setText(text);
        QSignalSpy reloaded(f.bridge.get(), &Ui::EngineBridge::reloaded);
        QVERIFY(pane->save());
        QVERIFY(reloaded.wait(20000));
        const int newRow = model->rowOfFile(shown);
        QVERIFY(newRow >= 0);
        QCOMPARE(model->api(newRow).listenPath, QStringLiteral("/renamed/"));
        QCOMPARE(model->data(model->index(newRow, Ui::ApiListModel::ListenPath)).toString(),
                 QStringLiteral("/renamed/"));
        // The edited definition stays shown, its text as saved.
        QCOMPARE(pane->currentFile(), shown);
        QCOMPARE(pane->editor()->text(), text);
        // And the engine routes the new path.
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/renamed/get"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")) ||
                    composer->statusLabel()->text().startsWith(QStringLiteral("401")));
    }

    void sendingFromTheComposerShowsTheReplyAndATimelineRow()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/keyless/anything?from=composer"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY(composer->responseView()->toPlainText().contains(
            QStringLiteral("\"from\": \"composer\"")));
        QTRY_COMPARE(f.window->timelineModel()->rowCount(), 1);
        QTRY_COMPARE(f.window->timelineModel()->index(0, Ui::TimelineModel::Status).data().toInt(),
                     200);
        QCOMPARE(f.window->timelineModel()->index(0, Ui::TimelineModel::Api).data().toString(),
                 QStringLiteral("keyless"));
    }

    void timelineShowsAPhasesChangesLogsAndFiltersRequests()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/python/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: sample-token"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        composer->headersEdit()->clear();
        composer->setTarget(QStringLiteral("/keyless/get"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(f.window->timelineModel()->rowCount(), 2);
        QTRY_COMPARE(f.window->timelineModel()->index(1, Ui::TimelineModel::Status).data().toInt(),
                     200);

        Ui::TimelinePane *pane = f.window->timelinePane();
        QTableView *view = pane->view();
        view->setCurrentIndex(view->model()->index(0, 0)); // the Python request
        auto *phases = pane->detail()->findChild<QTreeWidget *>(QStringLiteral("timelinePhases"));
        QVERIFY(phases);
        QStringList names;
        for (int i = 0; i < phases->topLevelItemCount(); ++i)
            names << phases->topLevelItem(i)->text(0);
        QVERIFY2(names.contains(QStringLiteral("pre:SamplePre")), qPrintable(names.join(u',')));
        // The pre hook's header shows as an addition, and its output as plugin output.
        phases->setCurrentItem(phases->topLevelItem(int(names.indexOf(u"pre:SamplePre"))));
        const QString text = pane->detail()->phaseText();
        QVERIFY2(text.contains(QStringLiteral("+ X-Sample-Pre")), qPrintable(text));
        // The Python hook's coprocess Objects, in and out, with Tyk's proto field names.
        const qsizetype sent = text.indexOf(u"Object sent to the plugin");
        const qsizetype returned = text.indexOf(u"Object the plugin returned");
        QVERIFY2(sent >= 0 && returned > sent, qPrintable(text));
        QVERIFY2(text.indexOf(u"\"hook_name\": \"SamplePre\"", sent) > sent, qPrintable(text));
        QVERIFY2(text.indexOf(u"\"set_headers\"", returned) > returned, qPrintable(text));
        // The auth phase carries the ID extractor's decision.
        phases->setCurrentItem(phases->topLevelItem(int(names.indexOf(u"auth_check:SampleAuth"))));
        QVERIFY2(pane->detail()->phaseText().contains(QStringLiteral("id_extracted")),
                 qPrintable(pane->detail()->phaseText()));

        // Filters: by text, then by API.
        auto *filterText = pane->findChild<QLineEdit *>(QStringLiteral("timelineFilterText"));
        QTest::keyClicks(filterText, QStringLiteral("keyless"));
        QCOMPARE(view->model()->rowCount(), 1);
        filterText->clear();
        auto *api = pane->findChild<QComboBox *>(QStringLiteral("timelineFilterApi"));
        api->setCurrentIndex(api->findData(QStringLiteral("python-hooks")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, Ui::TimelineModel::Api).data().toString(),
                 QStringLiteral("python-hooks"));
    }

    void sessionCacheShowsTheCachedIdAndItExpiresWhenTheClockJumps()
    {
        Fixture f;
        Ui::SessionCacheModel *cache = f.window->sessionCache()->model();
        QAbstractItemModelTester tester(cache,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/python/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: sample-token"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        QTRY_COMPARE(cache->rowCount(), 1);
        QCOMPARE(cache->index(0, Ui::SessionCacheModel::RawId).data().toString(),
                 QStringLiteral("sample-token"));
        QTRY_VERIFY(
            cache->index(0, Ui::SessionCacheModel::TimeLeft).data().toString().endsWith(u's'));
        // A second request is a hit.
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(cache->index(0, Ui::SessionCacheModel::Hits).data().toInt(), 1);
        // The sample's deadline is a minute ahead: jump two minutes.
        auto *spin = f.window->sessionCache()->findChild<QSpinBox *>();
        QVERIFY(spin);
        spin->setValue(120);
        auto *jump =
            f.window->sessionCache()->findChild<QPushButton *>(QStringLiteral("jumpClock"));
        QVERIFY(jump);
        QTest::mouseClick(jump, Qt::LeftButton);
        QTRY_COMPARE(cache->index(0, Ui::SessionCacheModel::TimeLeft).data().toString(),
                     QStringLiteral("expired"));
        auto *events = f.window->sessionCache()->findChild<QListWidget *>();
        QTRY_VERIFY(
            !events->findItems(QStringLiteral("cache_expired"), Qt::MatchContains).isEmpty());
    }

    void savingPluginCodeReloadsItAndMarksLoadErrorsAtTheirLine()
    {
        // A copy of the sample workspace: the test edits its plugin.
        QTemporaryDir workspace;
        const QString samples =
            qEnvironmentVariable("HOOKBENCH_SAMPLES") + QStringLiteral("/workspace");
        QDirIterator it(samples, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to =
                QDir(workspace.path()).filePath(QDir(samples).relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(from, to));
        }
        Fixture f(workspace.path());
        Ui::PluginEditorPane *pane = f.window->pluginEditor();
        const int index =
            pane->fileList()->findText(QStringLiteral("middleware.py"), Qt::MatchEndsWith);
        QVERIFY(index >= 0);
        pane->open(pane->fileList()->itemData(index).toString());
        const QString original = pane->editor()->text();
        const int lines = int(original.count(u'\n'));
        pane->editor()->setText(original + QStringLiteral("def broken(:\n"));
        QVERIFY(pane->save());
        QTRY_VERIFY(!pane->markedLines().isEmpty());
        QCOMPARE(pane->markedLines().first(), lines + 1);
        QVERIFY(pane->statusLabel()->text().contains(QStringLiteral("SyntaxError")));
        // Fixed and saved: the code reloads cleanly and serves.
        pane->editor()->setText(QString(original).replace(QStringLiteral("sample user"),
                                                          QStringLiteral("edited user")));
        QVERIFY(pane->save());
        QTRY_VERIFY(pane->statusLabel()->text().contains(QStringLiteral("loads cleanly")));
        QVERIFY(pane->markedLines().isEmpty());
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/python/get"));
        composer->headersEdit()->setPlainText(QStringLiteral("Authorization: sample-token"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(
            composer->responseView()->toPlainText().contains(QStringLiteral("edited user")));
    }

    void ctrlReturnSendsAndErrorsLandInTheLog()
    {
        Fixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/token/private"));
        composer->sendButton()->setFocus();
        QTest::keyClick(composer->sendButton(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("401")));
        QTRY_VERIFY(f.window->logView()->toPlainText().contains(QStringLiteral("AuthKey")));
    }

    void aHeaderLineWithoutAColonIsReportedWithItsLine()
    {
        Fixture f;
        QPlainTextEdit *headers = f.window->composer()->headersEdit();
        headers->setPlainText(QStringLiteral("X-Good: 1\nbroken line"));
        const auto request = f.window->composer()->request();
        QVERIFY(!request.ok());
        QVERIFY(request.error().message.contains(QStringLiteral("2")));
    }

    void germanTranslationIsBuiltInAndComplete()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/hookbench_de.qm")));
        QCOMPARE(german.translate("Hb::Ui::MainWindow", "Logs"), QStringLiteral("Protokoll"));
        QCOMPARE(german.translate("Hb::Ui::ComposerPane", "Send"), QStringLiteral("Senden"));
        QVERIFY(!german.isEmpty());
    }

    void englishCarriesThePluralFormsOfTheStatusBar()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/hookbench_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&english));
        // QCoreApplication::translate, not QTranslator::translate, substitutes %n.
        const char *source = "%n API(s) loaded · engine ready";
        const QString one = QCoreApplication::translate("Hb::Ui::MainWindow", source, nullptr, 1);
        const QString three = QCoreApplication::translate("Hb::Ui::MainWindow", source, nullptr, 3);
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(one, QStringLiteral("1 API loaded · engine ready"));
        QCOMPARE(three, QStringLiteral("3 APIs loaded · engine ready"));
    }

    void theDefinitionViewFollowsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(dark);
        QImage image;
        {
            Fixture f;
            image = f.window->apiPane()->definitionView()->grab().toImage();
            f.window->grab().save(QDir::temp().filePath(QStringLiteral("hookbench-dark.png")));
        }
        QApplication::setPalette(light);
        // Most of the view is paper: it is the dark base colour, not QScintilla's white.
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                ++counts[image.pixel(x, y)];
        }
        QRgb commonest = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(commonest))
                commonest = it.key();
        }
        QVERIFY2(QColor(commonest).lightness() < 64,
                 qPrintable(QColor(commonest).name() + QStringLiteral(" is not dark")));
    }

    void mainWindowRendersTheSampleWorkspace()
    {
        Fixture f;
        f.window->composer()->setTarget(QStringLiteral("/keyless/get"));
        QTest::mouseClick(f.window->composer()->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(f.window->timelineModel()->rowCount(), 1);
        const QImage image = f.window->grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, "the window looks blank");
        QVERIFY(image.save(QDir::temp().filePath(QStringLiteral("hookbench-mainwindow.png"))));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
