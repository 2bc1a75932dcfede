// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's reply: Body (JSON pretty-printed and coloured), Headers (a table), Raw; and
// never a stale reply: sending clears the last one until this request's reply arrives.
#include "mainwindowfixture.h"
#include "ui/composer/composerpane.h"
#include "ui/composer/replyview.h"
#include "ui/debugger/debuggerpane.h"
#include "workbench/models/pausedexchangemodel.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Hb;

class TestReplyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aJsonReplyIsPrettyPrintedColouredAndItsHeadersAreATable()
    {
        Ui::ReplyView view;
        Http::HttpResponse r;
        r.status = 200;
        r.headers.add("Content-Type", "application/json");
        r.headers.add("X-Plugin", "1");
        r.body = "{\"a\":1,\"b\":\"x\",\"c\":true}";
        view.showResponse(r);
        const QString body = view.bodyView()->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("\n    \"a\": 1,")), qPrintable(body));
        QCOMPARE(view.headersTable()->rowCount(), 2);
        QCOMPARE(view.headersTable()->item(1, 0)->text(), QStringLiteral("X-Plugin"));
        QCOMPARE(view.headersTable()->item(1, 1)->text(), QStringLiteral("1"));
        QCOMPARE(view.tabText(1), QStringLiteral("Headers (2)"));
        QVERIFY(view.rawView()->toPlainText().startsWith(QStringLiteral("Content-Type: ")));
        // The key "a" is coloured apart from the plain text around it.
        const QTextBlock line = view.bodyView()->document()->findBlockByNumber(1);
        QVERIFY(!line.layout()->formats().isEmpty());

        r.body = "not json";
        view.showResponse(r);
        QCOMPARE(view.bodyView()->toPlainText(), QStringLiteral("not json"));
    }

    // A request held at a breakpoint has no reply yet: the composer shows none, not the
    // previous request's.
    void aNewRequestsReplyReplacesTheLastOneAndNothingStaleShowsMeanwhile()
    {
        HbTest::MainWindowFixture f;
        Ui::ComposerPane *composer = f.window->composer();
        composer->setTarget(QStringLiteral("/keyless/get?first=1"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->replyView()->bodyView()->toPlainText().contains(u"first"));

        f.window->debugger()->addBreakpoint({QStringLiteral("Proxy"), QString(), QString()});
        composer->setTarget(QStringLiteral("/keyless/get?second=1"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(f.window->debugger()->pausedModel()->rowCount(), 1);
        QVERIFY(composer->replyView()->bodyView()->toPlainText().isEmpty());
        QCOMPARE(composer->replyView()->bodyView()->placeholderText(),
                 QStringLiteral("Waiting for the reply…"));
        f.window->debugger()->resumeAction()->trigger();
        QTRY_VERIFY(composer->replyView()->bodyView()->toPlainText().contains(u"second"));
        QVERIFY(!composer->replyView()->bodyView()->toPlainText().contains(u"first"));
    }
};

QTEST_MAIN(TestReplyView)
#include "tst_replyview.moc"
