// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI is the gateway: real HTTP clients call the address in the status bar and their
// requests show in the timeline and history, marked with where they came from.
#include "mainwindowfixture.h"
#include "core/http/httpclient.h"
#include "ui/common/gatewayaddressbutton.h"
#include "ui/debugger/debuggerpane.h"
#include "workbench/models/pausedexchangemodel.h"
#include "ui/history/historymodel.h"
#include "ui/timeline/timelinemodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

using namespace Hb;

namespace {
// A GET with a real HTTP client, as curl would send it; status -1 when nothing came back.
int httpGet(const QUrl &base, const QByteArray &path)
{
    Http::HttpClient client;
    Http::HttpRequest request;
    request.target = path;
    request.headers.add("Host", base.authority().toLatin1());
    std::optional<int> status;
    client.send(base.host(), quint16(base.port()), request, 10000,
                [&](Result<Http::HttpResponse> r) { status = r ? r->status : -1; });
    if (!QTest::qWaitFor([&] { return status.has_value(); }, 15000))
        return -1;
    return *status;
}
} // namespace

class tst_GuiGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clientsCallTheAddressInTheStatusBarAndShowInTheTimeline()
    {
        HbTest::MainWindowFixture f;
        QSignalSpy listening(f.bridge.get(), &Ui::EngineBridge::listening);
        f.bridge->listen(QStringLiteral("127.0.0.1"), 0);
        QVERIFY(listening.wait(10000));
        const QString url = listening.first().at(0).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")),
                 qPrintable(listening.first().at(1).toString()));

        Ui::GatewayAddressButton *button = f.window->gatewayAddress();
        QVERIFY(button->isVisible());
        QVERIFY(button->text().contains(url));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url);

        QCOMPARE(httpGet(QUrl(url), "/keyless/get?from=curl"), 200);
        Ui::TimelineModel *timeline = f.window->timelineModel();
        QTRY_VERIFY(timeline->rowCount() > 0);
        const int row = timeline->rowCount() - 1;
        QCOMPARE(timeline->index(row, Ui::TimelineModel::Path).data().toString(),
                 QStringLiteral("/keyless/get?from=curl"));
        // The client's own address, not "workbench".
        QVERIFY2(timeline->index(row, Ui::TimelineModel::Source)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("127.0.0.1:")),
                 qPrintable(timeline->index(row, Ui::TimelineModel::Source).data().toString()));
        QTRY_VERIFY(f.window->historyModel()->rowCount() > 0);
        QVERIFY(f.window->historyModel()->entry(0).source == Ui::HistoryEntry::Source::HttpFront);
    }

    // A breakpoint stops a request from an outside client as it stops the composer's; the
    // client gets its reply once the request is resumed.
    void breakpointsStopRequestsFromHttpClients()
    {
        HbTest::MainWindowFixture f;
        QSignalSpy listening(f.bridge.get(), &Ui::EngineBridge::listening);
        f.bridge->listen(QStringLiteral("127.0.0.1"), 0);
        QVERIFY(listening.wait(10000));
        const QUrl url(listening.first().at(0).toString());
        Ui::DebuggerPane *pane = f.window->debugger();
        pane->phaseCombo()->setCurrentText(QStringLiteral("Proxy"));
        pane->apiCombo()->setCurrentIndex(pane->apiCombo()->findData(QStringLiteral("keyless")));
        pane->phaseCombo()->setCurrentText(QStringLiteral("Proxy"));
        QTest::mouseClick(pane->addBreakpointButton(), Qt::LeftButton);

        Http::HttpClient client;
        Http::HttpRequest request;
        request.target = "/keyless/held";
        request.headers.add("Host", url.authority().toLatin1());
        std::optional<int> status;
        client.send(url.host(), quint16(url.port()), request, 20000,
                    [&](Result<Http::HttpResponse> r) { status = r ? r->status : -1; });
        QTRY_COMPARE(pane->pausedModel()->rowCount(), 1);
        QVERIFY(!status.has_value()); // held at the breakpoint
        pane->resumeAction()->trigger();
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, 200);
    }

    void aBusyPortFallsBackToAFreeOneAndSaysSo()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        HbTest::MainWindowFixture f;
        QSignalSpy listening(f.bridge.get(), &Ui::EngineBridge::listening);
        f.bridge->listen(QStringLiteral("127.0.0.1"), taken.serverPort());
        QVERIFY(listening.wait(10000));
        const QUrl url(listening.first().at(0).toString());
        QVERIFY(url.isValid() && url.port() > 0);
        QVERIFY(url.port() != taken.serverPort());
        const QString note = listening.first().at(1).toString();
        QVERIFY2(note.contains(QString::number(taken.serverPort())) && note.contains(u"busy"),
                 qPrintable(note));
        QCOMPARE(httpGet(url, "/keyless/get"), 200);
    }
};

QTEST_MAIN(tst_GuiGateway)
#include "tst_guigateway.moc"
