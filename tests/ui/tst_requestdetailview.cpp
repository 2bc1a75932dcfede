// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's phase detail for coprocess hooks: the Object a hook was sent and the one it
// returned, carried from the trace event through the model into the detail view.
#include "ui/timeline/requestdetailview.h"

#include "ui/timeline/timelinemodel.h"

#include <QFontInfo>
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
};

QTEST_MAIN(tst_RequestDetailView)
#include "tst_requestdetailview.moc"
