// SPDX-License-Identifier: GPL-3.0-or-later
// History entries from trace events, and the bounded history model.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "ui/history/historymodel.h"
#include "workbench/history/historyrecorder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Hb;
using namespace Hb::Ui;

namespace {
QList<Trace::TraceEvent> exchange(quint64 id, int status, const QByteArray &remote = {})
{
    Trace::TraceEvent start;
    start.kind = Trace::TraceKind::RequestStarted;
    start.requestId = id;
    start.apiId = QStringLiteral("keyless");
    start.startNs = 1'000'000;
    Http::HttpRequest r;
    r.method = "POST";
    r.target = "/keyless/post";
    r.body = QByteArray(HistoryEntry::BodyCap + 10, 'x');
    r.remoteAddress = remote;
    start.requestBefore = r;
    Trace::TraceEvent phase;
    phase.kind = Trace::TraceKind::PhaseFinished;
    phase.requestId = id;
    phase.phase = QStringLiteral("VersionCheck");
    phase.outcome = Trace::Outcome::Continue;
    phase.startNs = 1'000'000;
    phase.endNs = 1'500'000;
    Trace::TraceEvent end;
    end.kind = Trace::TraceKind::RequestFinished;
    end.requestId = id;
    end.status = status;
    end.startNs = 1'000'000;
    end.endNs = 3'000'000;
    Http::HttpResponse resp;
    resp.status = status;
    resp.body = "done";
    end.responseAfter = resp;
    return {start, phase, end};
}

HistoryEntry numbered(int n)
{
    HistoryEntry e;
    e.request.target = QByteArray::number(n);
    e.exchangeId = quint64(n);
    return e;
}
} // namespace

class tst_HistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTracedExchangeBecomesAnEntryWithPhasesAndCappedBodies()
    {
        HistoryRecorder recorder;
        QSignalSpy spy(&recorder, &HistoryRecorder::entryRecorded);
        const auto events = exchange(7, 201);
        recorder.addEvents(events.mid(0, 2)); // batches may split an exchange
        QCOMPARE(spy.count(), 0);
        recorder.addEvents(events.mid(2));
        QCOMPARE(spy.count(), 1);
        const auto e = spy.first().first().value<HistoryEntry>();
        QCOMPARE(e.exchangeId, quint64(7));
        QCOMPARE(e.apiId, QStringLiteral("keyless"));
        QCOMPARE(e.request.method, QByteArray("POST"));
        QCOMPARE(e.response.status, 201);
        QCOMPARE(e.response.body, QByteArray("done"));
        QCOMPARE(e.durationMs, 2.0);
        QCOMPARE(e.phases.size(), 1);
        QCOMPARE(e.phases.first().outcome, QStringLiteral("continue"));
        QCOMPARE(e.phases.first().durationMs, 0.5);
        QVERIFY(e.requestTruncated);
        QCOMPARE(e.request.body.size(), HistoryEntry::BodyCap);
        QVERIFY(e.source == HistoryEntry::Source::Engine);
        QVERIFY(recorder.recent(7).has_value());
        QVERIFY(!recorder.recent(8).has_value());
    }

    void requestsFromTheHttpFrontAreMarkedSo()
    {
        HistoryRecorder recorder;
        QSignalSpy spy(&recorder, &HistoryRecorder::entryRecorded);
        recorder.addEvents(exchange(1, 200, "127.0.0.1:5555"));
        QVERIFY(spy.first().first().value<HistoryEntry>().source ==
                HistoryEntry::Source::HttpFront);
    }

    void newestComesFirstAndTheOldestIsDroppedAtCapacity()
    {
        HistoryModel model(nullptr, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &HistoryModel::historyChanged);
        for (int i = 1; i <= 5; ++i)
            model.prepend(numbered(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HistoryModel::Path).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(2, HistoryModel::Path).data().toString(), QStringLiteral("3"));
        QCOMPARE(changed.count(), 5);
        model.setEntries({numbered(9), numbered(8)});
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void aReplayIsMarkedWhetherItsEntryCameBeforeOrAfter()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.prepend(numbered(1));
        model.markReplay(1);
        QVERIFY(model.entry(0).source == HistoryEntry::Source::Replay);
        model.markReplay(2);
        model.prepend(numbered(2));
        QVERIFY(model.entry(0).source == HistoryEntry::Source::Replay);
        QCOMPARE(model.index(0, HistoryModel::Source).data().toString(), QStringLiteral("replay"));
    }
};

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
