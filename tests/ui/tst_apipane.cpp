// SPDX-License-Identifier: GPL-3.0-or-later
// The API definition pane: form and JSON text in sync, saving reloads the engine.
#include "mainwindowfixture.h"
#include "ui/apiformwidget.h"
#include "ui/apilistmodel.h"
#include "ui/apipane.h"
#include "ui/composerpane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "ui/qsci.h"

using namespace Hb;

namespace {
void selectApi(Ui::MainWindow &window, const QString &listenPath)
{
    auto *table = window.apiPane()->findChild<QTableView *>();
    for (int row = 0; row < window.apiModel()->rowCount(); ++row) {
        if (window.apiModel()->api(row).listenPath == listenPath)
            table->selectRow(row);
    }
}

void replaceAll(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}
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
};

QTEST_MAIN(tst_ApiPane)
#include "tst_apipane.moc"
