// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's request detail: for coprocess hooks the Object a hook was sent and the one it
// returned, and for the request the analytics record before and after the analytics plugin,
// carried from the trace events through the model into the detail view.
#include "ui/timeline/requestdetailview.h"

#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepane.h"

#include <QFontInfo>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Hb;

namespace {
// As the coprocess driver writes them: indented, with the proto's field names.
const QByteArray kSent = "{\n"
                         " \"hook_type\": \"Pre\",\n"
                         " \"hook_name\": \"MyPreHook\",\n"
                         " \"request\": {\n"
                         "  \"headers\": {\n"
                         "   \"Accept\": \"*/*\"\n"
                         "  },\n"
                         "  \"url\": \"/grpc/get?a=<b>\"\n"
                         " }\n"
                         "}\n";
const QByteArray kReceived = "{\n"
                             " \"hook_type\": \"Pre\",\n"
                             " \"hook_name\": \"MyPreHook\",\n"
                             " \"request\": {\n"
                             "  \"set_headers\": {\n"
                             "   \"X-Plugin\": \"ran\"\n"
                             "  }\n"
                             " }\n"
                             "}\n";

// As AnalyticsJson::toJsonBytes writes a record: compact, tyk-pump's json tags.
const QByteArray kRecord =
    R"({"method":"GET","host":"localhost:8080","path":"/grpc/get","raw_path":"/grpc/get",)"
    R"("content_length":0,"user_agent":"curl/8.5.0","day":7,"month":12,"year":2026,"hour":15,)"
    R"("response_code":200,"api_key":"","timestamp":"2026-12-07T15:10:24Z",)"
    R"("api_version":"Non Versioned","api_name":"gRPC hooks","api_id":"grpc-hooks",)"
    R"("org_id":"","oauth_id":"","request_time":3,)"
    R"("raw_request":"R0VUIC9ncnBjL2dldCBIVFRQLzEuMQ0KSG9zdDogbG9jYWxob3N0OjgwODANCg0K",)"
    R"("raw_response":"","ip_address":"127.0.0.1",)"
    R"("latency":{"total":3,"upstream":2},"tags":["api-grpc-hooks"],"alias":"",)"
    R"("track_path":false,"expireAt":"2026-12-14T15:10:24Z"})";
// The same record as an analytics plugin that masks the client IP leaves it.
QByteArray maskedRecord()
{
    return QByteArray(kRecord).replace(R"("ip_address":"127.0.0.1")", R"("ip_address":"masked")");
}

Trace::TraceEvent event(Trace::TraceKind kind, const QString &phase, qint64 startNs, qint64 endNs)
{
    Trace::TraceEvent e;
    e.kind = kind;
    e.requestId = 1;
    e.apiId = QStringLiteral("grpc-hooks");
    e.phase = phase;
    e.startNs = startNs;
    e.endNs = endNs;
    e.outcome =
        kind == Trace::TraceKind::PhaseFinished ? Trace::Outcome::Continue : Trace::Outcome::None;
    return e;
}

// A request whose pre hook carries both Objects, and a phase that is no hook.
QList<Ui::PhaseDetail> hookRequestDetails()
{
    Ui::TimelineModel model;
    Trace::TraceEvent hook =
        event(Trace::TraceKind::PhaseFinished, QStringLiteral("pre:MyPreHook"), 1000, 2000);
    hook.objectSent = kSent;
    hook.objectReceived = kReceived;
    model.addEvents(
        {event(Trace::TraceKind::RequestStarted, {}, 0, 0),
         event(Trace::TraceKind::PhaseFinished, QStringLiteral("VersionCheck"), 0, 1000), hook,
         event(Trace::TraceKind::RequestFinished, {}, 0, 3000)});
    return model.details(1);
}

// The events of a request whose analytics record comes after it finished, as it does when
// an analytics plugin runs.
QList<Trace::TraceEvent> requestEvents()
{
    return {event(Trace::TraceKind::RequestStarted, {}, 0, 0),
            event(Trace::TraceKind::PhaseFinished, QStringLiteral("VersionCheck"), 0, 1000),
            event(Trace::TraceKind::PhaseFinished, QStringLiteral("Proxy"), 1000, 3000),
            event(Trace::TraceKind::RequestFinished, {}, 0, 3000)};
}

Trace::TraceEvent analyticsEvent(const QByteArray &after, const QString &note = {})
{
    Trace::TraceEvent e = event(Trace::TraceKind::Analytics, {}, 4000, 4000);
    e.analyticsRecord = kRecord;
    e.analyticsAfterPlugin = after;
    e.message = note;
    return e;
}

// Opens the Analytics tab of `view` as a person does, with a click on its tab.
void openAnalyticsTab(Ui::RequestDetailView &view)
{
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("timelineDetailTabs"));
    QVERIFY(tabs);
    QTabBar *bar = tabs->tabBar();
    int analytics = -1;
    for (int i = 0; i < bar->count(); ++i)
        if (bar->tabText(i) == u"Analytics")
            analytics = i;
    QVERIFY(analytics >= 0);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(analytics).center());
    QCOMPARE(tabs->currentIndex(), analytics);
}

// Selects phase `row` of `view` as a person does, by its row in the phase list.
void selectPhase(Ui::RequestDetailView &view, int row)
{
    auto *phases = view.findChild<QTreeWidget *>(QStringLiteral("timelinePhases"));
    QVERIFY(phases);
    phases->setCurrentItem(phases->topLevelItem(row));
}
} // namespace

class tst_RequestDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theModelCarriesTheObjectsOfAHookPhase()
    {
        const QList<Ui::PhaseDetail> details = hookRequestDetails();
        QCOMPARE(details.size(), 2);
        QVERIFY(details[0].objectSent.isEmpty());
        QVERIFY(details[0].objectReceived.isEmpty());
        QCOMPARE(details[1].objectSent, kSent);
        QCOMPARE(details[1].objectReceived, kReceived);
    }

    void aHookPhaseShowsTheObjectItWasSentAndTheOneItReturned()
    {
        Ui::RequestDetailView view;
        view.show();
        view.showRequest(1, hookRequestDetails());
        selectPhase(view, 1);
        const QString text = view.phaseText();
        const qsizetype sent = text.indexOf(u"Object sent to the plugin");
        const qsizetype returned = text.indexOf(u"Object the plugin returned");
        QVERIFY2(sent >= 0 && returned > sent, qPrintable(text));
        // The JSON as it came, markup in it shown as text, in the section it belongs to.
        const qsizetype url = text.indexOf(u"\"url\": \"/grpc/get?a=<b>\"");
        QVERIFY2(url > sent && url < returned, qPrintable(text));
        QVERIFY2(text.indexOf(u"\"X-Plugin\": \"ran\"") > returned, qPrintable(text));
    }

    void theObjectsAreReadOnlyMonospaceText()
    {
        Ui::RequestDetailView view;
        view.showRequest(1, hookRequestDetails());
        selectPhase(view, 1);
        auto *text = view.findChild<QTextBrowser *>(QStringLiteral("timelinePhaseText"));
        QVERIFY(text);
        QVERIFY(text->isReadOnly());
        for (const QString &needle :
             {QStringLiteral("\"hook_name\": \"MyPreHook\""), QStringLiteral("\"X-Plugin\"")}) {
            const QTextCursor found = text->document()->find(needle);
            QVERIFY2(!found.isNull(), qPrintable(needle));
            QVERIFY2(QFontInfo(found.charFormat().font()).fixedPitch(), qPrintable(needle));
        }
    }

    void aPhaseWithoutObjectsShowsNoObjectSections()
    {
        Ui::RequestDetailView view;
        view.showRequest(1, hookRequestDetails());
        selectPhase(view, 0);
        QVERIFY(view.phaseText().startsWith(u"VersionCheck"));
        QVERIFY(!view.phaseText().contains(u"Object sent to the plugin"));
        QVERIFY(!view.phaseText().contains(u"Object the plugin returned"));
    }

    void aHookThatReturnedNothingShowsOnlyWhatItWasSent()
    {
        QList<Ui::PhaseDetail> details = hookRequestDetails();
        details[1].objectReceived.clear(); // the call failed or timed out
        Ui::RequestDetailView view;
        view.showRequest(1, details);
        selectPhase(view, 1);
        QVERIFY(view.phaseText().contains(u"Object sent to the plugin"));
        QVERIFY(!view.phaseText().contains(u"Object the plugin returned"));
    }

    void theAnalyticsTabShowsTheRecordPrettyPrinted()
    {
        Ui::TimelineModel model;
        model.addEvents(requestEvents());
        model.addEvents({analyticsEvent({})});
        QCOMPARE(model.details(1).size(), 2); // the record is no phase
        Ui::RequestDetailView view;
        view.show();
        view.showRequest(1, model.details(1), model.analytics(1));
        openAnalyticsTab(view);
        const QString text = view.analyticsText();
        QVERIFY2(text.contains(u"\"api_id\": \"grpc-hooks\""), qPrintable(text));
        QVERIFY2(text.contains(u"\"response_code\": 200"), qPrintable(text));
        // Indented: a nested object over several lines.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\"latency\": \\{\n +\""))),
                 qPrintable(text));
        QVERIFY(!text.contains(u"After the analytics plugin"));
        QVERIFY(!text.contains(u"enable_analytics"));
        auto *browser = view.findChild<QTextBrowser *>(QStringLiteral("timelineAnalyticsText"));
        QVERIFY(browser);
        QVERIFY(browser->isReadOnly());
        const QTextCursor found = browser->document()->find(QStringLiteral("\"api_id\""));
        QVERIFY(!found.isNull());
        QVERIFY(QFontInfo(found.charFormat().font()).fixedPitch());
    }

    void theAnalyticsTabShowsWhatTheAnalyticsPluginChanged()
    {
        Ui::TimelineModel model;
        model.addEvents(requestEvents());
        const QString note = QStringLiteral(
            "Recovered from panic while running Go-plugin middleware func: runtime error");
        model.addEvents({analyticsEvent(maskedRecord(), note)});
        Ui::RequestDetailView view;
        view.resize(900, 560);
        view.show();
        view.showRequest(1, model.details(1), model.analytics(1));
        openAnalyticsTab(view);
        const QString text = view.analyticsText();
        QVERIFY2(text.contains(note), qPrintable(text));
        const qsizetype changes = text.indexOf(u"Changes by the analytics plugin");
        const qsizetype removed = text.indexOf(u"- "
                                               "    \"ip_address\": \"127.0.0.1\"");
        const qsizetype added = text.indexOf(u"+ "
                                             "    \"ip_address\": \"masked\"");
        const qsizetype record = text.indexOf(u"Record");
        const qsizetype after = text.indexOf(u"After the analytics plugin");
        QVERIFY2(changes >= 0 && removed > changes && added > removed && record > added &&
                     after > record,
                 qPrintable(text));
        // Only the change and its neighbours are in the diff, not the whole record again.
        QVERIFY2(!text.mid(changes, record - changes).contains(u"\"api_id\""), qPrintable(text));
        QVERIFY2(text.indexOf(u"\"ip_address\": \"masked\"", after) > after, qPrintable(text));
        QVERIFY(view.grab().save(QStringLiteral("/tmp/hookbench-analytics-tab.png")));
    }

    void withoutAnAnalyticsRecordTheTabSaysAnalyticsAreOff()
    {
        Ui::TimelineModel model;
        model.addEvents(requestEvents());
        Ui::RequestDetailView view;
        view.show();
        view.showRequest(1, model.details(1), model.analytics(1));
        openAnalyticsTab(view);
        const QString text = view.analyticsText();
        QVERIFY2(text.contains(u"analytics are off (enable_analytics in tyk.conf)"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"not tracked"), qPrintable(text));
        QVERIFY(!text.contains(u"api_id"));
    }

    void aRecordThatComesLaterKeepsThePickedPhaseAndTab()
    {
        Ui::TimelineModel model;
        Ui::TimelinePane pane(&model, {});
        pane.show();
        model.addEvents(requestEvents());
        QTableView *rows = pane.view();
        rows->setCurrentIndex(rows->model()->index(0, 0));
        Ui::RequestDetailView &view = *pane.detail();
        selectPhase(view, 0);
        openAnalyticsTab(view);
        QVERIFY(view.analyticsText().contains(u"enable_analytics"));
        model.addEvents({analyticsEvent(maskedRecord())});
        QVERIFY2(view.analyticsText().contains(u"After the analytics plugin"),
                 qPrintable(view.analyticsText()));
        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("timelineDetailTabs"));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Analytics"));
        QVERIFY(view.phaseText().startsWith(u"VersionCheck"));
    }
};

QTEST_MAIN(tst_RequestDetailView)
#include "tst_requestdetailview.moc"
