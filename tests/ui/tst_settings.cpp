// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings (listen address, store, plugin timeout, theme, editor font, language) and
// View > Layout (Compose, Debug, Inspect, Reset Layout), driven as a person uses them.
#include "mainwindowfixture.h"
#include "ui/common/gatewayaddressbutton.h"
#include "ui/common/qsci.h"
#include "ui/common/theme.h"
#include "ui/editors/apipane.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/settingsdialog.h"

#include "core/setup/engineoptions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;

namespace {
QAction *findAction(QWidget *window, const QString &objectName)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

QDockWidget *dock(QWidget *window, const char *name)
{
    return window->findChild<QDockWidget *>(QLatin1String(name));
}

// Raised (the tab shown) and not hidden.
bool inFront(QDockWidget *d)
{
    return d->isVisible() && !d->visibleRegion().isEmpty();
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init() { QSettings().clear(); }
    void cleanup() { Ui::applyTheme(Ui::Theme::System); }

    void aWrongListenAddressOrStoreKeepsOkOffAndSaysWhy()
    {
        Ui::SettingsDialog dialog(Ui::AppSettings{});
        dialog.show();
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog.listenEdit(), QStringLiteral("gateway"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problemLabel()->text().startsWith(QStringLiteral("Listen address:")),
                 qPrintable(dialog.problemLabel()->text()));
        dialog.listenEdit()->setText(QStringLiteral("300.1.1.1:80"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"not an IP address"));
        dialog.listenEdit()->setText(QStringLiteral("127.0.0.1:9090"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problemLabel()->isHidden());

        QTest::keyClicks(dialog.storeEdit(), QStringLiteral("redis://"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemLabel()->text().startsWith(QStringLiteral("Session store:")));
        dialog.storeEdit()->setText(QStringLiteral("redis://user:pw@localhost:6379/x"));
        QVERIFY(!ok->isEnabled());
        // The password is not shown back.
        QVERIFY2(!dialog.problemLabel()->text().contains(u"pw@"),
                 qPrintable(dialog.problemLabel()->text()));
        dialog.storeEdit()->setText(QStringLiteral("redis://localhost:6379/2"));
        QVERIFY(ok->isEnabled());
        dialog.storeEdit()->setText(QStringLiteral("memory"));
        QVERIFY(ok->isEnabled());
    }

    void settingsAreKeptAndFillWhatTheCommandLineLeavesOpen()
    {
        Ui::AppSettings chosen;
        chosen.listen = QStringLiteral("127.0.0.1:9191");
        chosen.store = QStringLiteral("redis://127.0.0.1:6390/1");
        chosen.pluginTimeoutMs = 1234;
        chosen.theme = Ui::Theme::Dark;
        chosen.language = QStringLiteral("de");
        chosen.save();
        const Ui::AppSettings loaded = Ui::AppSettings::load();
        QCOMPARE(loaded.listen, chosen.listen);
        QCOMPARE(loaded.store, chosen.store);
        QCOMPARE(loaded.pluginTimeoutMs, 1234);
        QCOMPARE(loaded.theme, Ui::Theme::Dark);
        QCOMPARE(loaded.language, QStringLiteral("de"));

        Setup::EngineOptions fromSettings;
        loaded.applyTo(fromSettings, QString());
        QCOMPARE(fromSettings.listen, chosen.listen);
        QCOMPARE(fromSettings.store, chosen.store);
        QCOMPARE(fromSettings.pluginTimeoutMs, 1234);

        // --listen and --store win.
        Setup::EngineOptions fromCommandLine;
        fromCommandLine.listen = QStringLiteral("127.0.0.1:7000");
        fromCommandLine.store = QStringLiteral("memory");
        loaded.applyTo(fromCommandLine, fromCommandLine.listen);
        QCOMPARE(fromCommandLine.listen, QStringLiteral("127.0.0.1:7000"));
        QCOMPARE(fromCommandLine.store, QStringLiteral("memory"));

        // Nothing set: the engine's defaults stay.
        QSettings().clear();
        Setup::EngineOptions untouched;
        Ui::AppSettings::load().applyTo(untouched, QString());
        QVERIFY(untouched.listen.isEmpty());
        QVERIFY(untouched.store.isEmpty());
        QCOMPARE(untouched.pluginTimeoutMs, 5000);
    }

    // OK applies the theme, the editor font and the listen address at once.
    void okAppliesTheThemeTheFontAndTheListenAddressAtOnce()
    {
        HbTest::MainWindowFixture f;
        QAction *open = findAction(f.window.get(), QStringLiteral("settingsAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        open->trigger();
        auto *dialog = qobject_cast<Ui::SettingsDialog *>(f.window->settingsDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->themeCombo()->setCurrentIndex(
            dialog->themeCombo()->findData(Ui::themeKey(Ui::Theme::Dark)));
        dialog->fontSizeSpin()->setValue(17);
        dialog->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!f.window->settingsDialog());

        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(f.window->apiPane()->editor()->lexer()->defaultFont().pointSize(), 17);
        QTRY_VERIFY(
            f.window->gatewayAddress()->url().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(Ui::AppSettings::load().theme, Ui::Theme::Dark);
        QVERIFY(Ui::AppSettings::load().editorFont.contains(u",17,"));
    }

    void cancelKeepsTheSettings()
    {
        HbTest::MainWindowFixture f;
        f.window->openSettings();
        auto *dialog = qobject_cast<Ui::SettingsDialog *>(f.window->settingsDialog());
        QVERIFY(dialog);
        dialog->storeEdit()->setText(QStringLiteral("memory"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!f.window->settingsDialog());
        QVERIFY(Ui::AppSettings::load().store.isEmpty());
    }

    void layoutPresetsBringTheirDocksForwardAndResetRestoresTheFirstStartOne()
    {
        HbTest::MainWindowFixture f;
        QMainWindow *window = f.window.get();
        QTRY_VERIFY(window->isVisible());
        QVERIFY(inFront(dock(window, "ComposerDock")));
        QVERIFY(inFront(dock(window, "HistoryDock")));
        QVERIFY(!inFront(dock(window, "DebuggerDock")));

        auto *layoutMenu = window->findChild<QMenu *>(QStringLiteral("layoutMenu"));
        QVERIFY(layoutMenu);
        const QList<QAction *> presets = layoutMenu->actions();
        QVERIFY(presets.size() >= 4);
        QCOMPARE(presets.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));

        dock(window, "ApiDock")->close();
        presets.at(1)->trigger(); // Debug
        QVERIFY(inFront(dock(window, "DebuggerDock")));
        QVERIFY(inFront(dock(window, "LogDock")));
        QVERIFY(dock(window, "ApiDock")->isVisible());

        presets.at(2)->trigger(); // Inspect
        QVERIFY(inFront(dock(window, "SessionCacheDock")));
        QVERIFY(inFront(dock(window, "ComposerDock")));

        findAction(window, QStringLiteral("resetLayoutAction"))->trigger();
        QVERIFY(inFront(dock(window, "ComposerDock")));
        QVERIFY(inFront(dock(window, "HistoryDock")));
        QVERIFY(!inFront(dock(window, "DebuggerDock")));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
