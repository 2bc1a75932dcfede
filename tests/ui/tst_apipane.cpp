// SPDX-License-Identifier: GPL-3.0-or-later
// The API definition pane: form and JSON text in sync, saving reloads the engine.
#include "editordriving.h"
#include "mainwindowfixture.h"
#include "ui/editors/apiformwidget.h"
#include "workbench/models/apilistmodel.h"
#include "ui/editors/apipane.h"
#include "ui/composer/composerpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "ui/common/qsci.h"

using namespace Hb;

using HbTest::selectApi;

namespace {
void replaceAll(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Types `text` into cell (row, column) as a user does: open the editor, type, press Return.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

// Columns of the form's virtual endpoint table; the source and flags are below it.
enum { VirtualPath, VirtualMethod, VirtualFunction };
} // namespace

class tst_ApiPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formEditsChangeTheTextAndKeepUnknownFields()
    {
        HbTest::MainWindowFixture f;
        Ui::ApiPane *pane = f.window->apiPane();
        selectApi(*f.window, QStringLiteral("/python/"));
        pane->tabs()->setCurrentIndex(1); // the form
        auto *listenPath = pane->form()->listenPathEdit();
        QCOMPARE(listenPath->text(), QStringLiteral("/python/"));
        replaceAll(listenPath, QStringLiteral("/py2/"));
        const QString text = pane->editor()->text();
        QVERIFY(text.contains(QStringLiteral("\"listen_path\": \"/py2/\"")));
        // config_data is no form field: it stays, and so does its content.
        QVERIFY(text.contains(QStringLiteral("\"greeting\": \"hello from config_data\"")));
        QVERIFY(text.indexOf(QStringLiteral("\"api_id\"")) <
                text.indexOf(QStringLiteral("\"config_data\""))); // key order kept
        QVERIFY(pane->editor()->isModified());
        // For looking at the form: docs and reviews open this picture.
        pane->grab().save(QDir::temp().filePath(QStringLiteral("hookbench-apiform.png")));
    }

    void settingTheAuthModeInTheFormWritesTheFlags()
    {
        HbTest::MainWindowFixture f;
        Ui::ApiPane *pane = f.window->apiPane();
        selectApi(*f.window, QStringLiteral("/keyless/"));
        QComboBox *auth = pane->form()->authModeBox();
        QCOMPARE(auth->currentText(), QStringLiteral("Keyless"));
        auth->setCurrentIndex(auth->findData(int(Ui::ApiFormMapping::AuthMode::CustomPlugin)));
        Q_EMIT auth->activated(auth->currentIndex());
        const QString text = pane->editor()->text();
        QVERIFY(text.contains(QStringLiteral("\"use_keyless\": false")));
        QVERIFY(text.contains(QStringLiteral("\"custom_plugin_auth_enabled\": true")));
    }

    void textEditsRefreshTheFormAndBadJsonTurnsItOff()
    {
        HbTest::MainWindowFixture f;
        Ui::ApiPane *pane = f.window->apiPane();
        selectApi(*f.window, QStringLiteral("/token/"));
        const QString original = pane->editor()->text();
        pane->editor()->setText(
            QString(original).replace(QStringLiteral("/token/"), QStringLiteral("/tok2/")));
        QCOMPARE(pane->form()->listenPathEdit()->text(), QStringLiteral("/tok2/"));
        QVERIFY(pane->form()->listenPathEdit()->isEnabled());
        // Break line 3: the form is off, says where, and the text keeps the edit.
        QStringList lines = original.split(u'\n');
        lines[2] = QStringLiteral("  \"org_id\" \"default\",");
        const QString broken = lines.join(u'\n');
        pane->editor()->setText(broken);
        QVERIFY(!pane->form()->listenPathEdit()->isEnabled());
        auto *problem = pane->form()->findChild<QLabel *>(QStringLiteral("formProblem"));
        QVERIFY(problem->isVisibleTo(pane->form()));
        QVERIFY2(problem->text().contains(QStringLiteral("3:")), qPrintable(problem->text()));
        QCOMPARE(pane->editor()->text(), broken);
        QCOMPARE(pane->markedLines(), QList<int>{3});
        // Mended: the form comes back.
        pane->editor()->setText(original);
        QVERIFY(pane->form()->listenPathEdit()->isEnabled());
        QVERIFY(pane->markedLines().isEmpty());
    }

    void aVirtualEndpointAddedInTheFormIsWrittenSavedAndServed()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        QFile script(workspace.filePath(QStringLiteral("apps/hello.js")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("function helloFromForm(request, session, config) {\n"
                     "  return TykJsResponse({Body: 'hello from the form', Code: 200,\n"
                     "                        Headers: {}}, session.meta_data);\n"
                     "}\n");
        script.close();
        HbTest::MainWindowFixture f(workspace.path());
        Ui::ApiPane *pane = f.window->apiPane();
        selectApi(*f.window, QStringLiteral("/keyless/"));
        pane->tabs()->setCurrentIndex(1);
        auto *table = pane->form()->findChild<QTableWidget *>(QStringLiteral("virtualEndpoints"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);

        QTest::mouseClick(
            pane->form()->findChild<QPushButton *>(QStringLiteral("addVirtualEndpoint")),
            Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(pane->editor()->text().contains(QStringLiteral("\"virtual\": [")));
        typeIntoCell(table, 0, VirtualPath, QStringLiteral("/hello"));
        typeIntoCell(table, 0, VirtualFunction, QStringLiteral("helloFromForm"));
        // The new row is the current one: the fields below the table are its.
        QCOMPARE(table->currentRow(), 0);
        replaceAll(pane->form()->findChild<QLineEdit *>(QStringLiteral("virtualSourceUri")),
                   QStringLiteral("hello.js"));
        QTest::mouseClick(
            pane->form()->findChild<QCheckBox *>(QStringLiteral("virtualProxyOnError")),
            Qt::LeftButton);
        // The method is a choice: one step down from GET is POST, and back.
        auto *method = qobject_cast<QComboBox *>(table->cellWidget(0, VirtualMethod));
        QVERIFY(method);
        QTest::keyClick(method, Qt::Key_Down);
        QVERIFY(pane->editor()->text().contains(QStringLiteral("\"method\": \"POST\"")));
        QTest::keyClick(method, Qt::Key_Up);

        const QString text = pane->editor()->text();
        const auto json = nlohmann::ordered_json::parse(text.toStdString());
        const auto &version = json["version_data"]["versions"]["Default"];
        QCOMPARE(version["name"].get<std::string>(), "Default"); // the sample's keys stay
        QCOMPARE(QString::fromStdString(version["extended_paths"]["virtual"].dump()),
                 QStringLiteral(R"([{"path":"/hello","method":"GET",)"
                                R"("response_function_name":"helloFromForm",)"
                                R"("function_source_type":"file",)"
                                R"("function_source_uri":"hello.js","proxy_on_error":true}])"));
        QVERIFY(pane->editor()->isModified());
        // For looking at the form: docs and reviews open this picture.
        pane->form()->grab().save(
            QDir::temp().filePath(QStringLiteral("hookbench-apiform-endpoints.png")));

        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QFile file(pane->currentFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);
        auto *status = pane->findChild<QLabel *>(QStringLiteral("apiStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("loads cleanly")),
                     qPrintable(status->text()));
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/keyless/hello"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
        QVERIFY2(
            composer->responseView()->toPlainText().contains(QStringLiteral("hello from the form")),
            qPrintable(composer->responseView()->toPlainText()));
    }

    void savingWritesTheFileAndTheEngineServesTheNewListenPath()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        HbTest::MainWindowFixture f(workspace.path());
        Ui::ApiPane *pane = f.window->apiPane();
        selectApi(*f.window, QStringLiteral("/keyless/"));
        pane->tabs()->setCurrentIndex(1);
        replaceAll(pane->form()->listenPathEdit(), QStringLiteral("/renamed/"));
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QFile file(pane->currentFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"listen_path\": \"/renamed/\""));
        QVERIFY(saved.contains("\"version_data\""));
        auto *status = pane->findChild<QLabel *>(QStringLiteral("apiStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("loads cleanly")),
                     qPrintable(status->text()));
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/renamed/get"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->statusLabel()->text().startsWith(QStringLiteral("200")));
    }

    void aDefinitionWhoseFileIsGoneShowsTheJsonTheEngineLoaded()
    {
        QTemporaryDir workspace;
        QVERIFY(HbTest::copySampleWorkspace(workspace.path()));
        HbTest::MainWindowFixture f(workspace.path());
        QVERIFY(QFile::remove(workspace.filePath(QStringLiteral("apps/python.json"))));
        // Another row first, so that selecting the Python API shows it anew.
        selectApi(*f.window, QStringLiteral("/keyless/"));
        selectApi(*f.window, QStringLiteral("/python/"));
        const QString text = f.window->apiPane()->editor()->text();
        QVERIFY2(text.contains(QStringLiteral("\"api_id\": \"python-hooks\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\"listen_path\": \"/python/\"")));
    }
};

QTEST_MAIN(tst_ApiPane)
#include "tst_apipane.moc"
