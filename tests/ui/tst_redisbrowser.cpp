// SPDX-License-Identifier: GPL-3.0-or-later
// The session inspector's Redis browser, driven as a person uses it, against a real Redis.
#include "tests/support/redisserver.h"
#include "ui/sessions/redisbrowserdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Hb;

class tst_RedisBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectingListsTheSessionsAndShowsOne()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        redis.cli({QStringLiteral("SET"),
                   QStringLiteral("apikey-my-org028d78bcc7127513a26766c607a84bcb"),
                   QStringLiteral("{\"rate\":1000,\"id_extractor_deadline\":1767225660}")});
        Ui::RedisBrowserDialog dialog;
        dialog.show();
        dialog.portEdit()->setValue(redis.port());
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.keyList()->count(), 1);
        dialog.keyList()->setCurrentRow(0);
        QTRY_VERIFY(
            dialog.sessionView()->toPlainText().contains(QStringLiteral("id_extractor_deadline")));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("no expiry")));
    }

    void aWrongPortSaysWhy()
    {
        Ui::RedisBrowserDialog dialog;
        dialog.portEdit()->setValue(1);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.statusLabel()->text().contains(QStringLiteral("cannot connect")));
    }
};

QTEST_MAIN(tst_RedisBrowser)
#include "tst_redisbrowser.moc"
