// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinemodel.h"

#include "workbench/history/requestdiff.h"
#include "ui/timeline/timelinefiltermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Hb;

namespace {
Trace::TraceEvent started(quint64 id, qint64 ns)
{
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::RequestStarted;
    e.requestId = id;
    e.apiId = QStringLiteral("api");
    e.startNs = ns;
    Http::HttpRequest r;
    r.method = "POST";
    r.target = "/api/x";
    e.requestBefore = r;
    return e;
}

Trace::TraceEvent finished(quint64 id, int status, qint64 ns)
{
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::RequestFinished;
    e.requestId = id;
    e.status = status;
    e.endNs = ns;
    return e;
}
Trace::TraceEvent phase(quint64 id, const QString &name, qint64 startNs, qint64 endNs,
                        Trace::Outcome outcome)
{
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::PhaseFinished;
    e.requestId = id;
    e.phase = name;
    e.startNs = startNs;
    e.endNs = endNs;
    e.outcome = outcome;
    return e;
}

Trace::TraceEvent pinned(Trace::TraceKind kind, quint64 id, const QString &phase,
                         const QString &message)
{
    Trace::TraceEvent e;
    e.kind = kind;
    e.requestId = id;
    e.phase = phase;
    e.message = message;
    return e;
}

Trace::TraceEvent analytics(quint64 id, const QByteArray &record, const QByteArray &after)
{
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::Analytics;
    e.requestId = id;
    e.apiId = QStringLiteral("api");
    e.analyticsRecord = record;
    e.analyticsAfterPlugin = after;
    return e;
}
} // namespace

class tst_TimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRequestBecomesARowThatFinishesWithStatusAndDuration()
    {
        Ui::TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents({started(1, 1000000)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, Ui::TimelineModel::Method).data().toString(),
                 QStringLiteral("POST"));
        QCOMPARE(model.index(0, Ui::TimelineModel::Path).data().toString(),
                 QStringLiteral("/api/x"));
        Trace::TraceEvent phase;
        phase.kind = Trace::TraceKind::PhaseFinished;
        phase.requestId = 1;
        model.addEvents({phase, finished(1, 404, 3500000)});
        QCOMPARE(model.index(0, Ui::TimelineModel::Status).data().toInt(), 404);
        QCOMPARE(model.index(0, Ui::TimelineModel::Phases).data().toInt(), 1);
        QVERIFY(model.index(0, Ui::TimelineModel::Duration)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("2.50")));
    }

    void aRequestAtABreakpointSaysWhereItWaits()
    {
        Ui::TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Trace::TraceEvent paused;
        paused.kind = Trace::TraceKind::Paused;
        paused.requestId = 1;
        paused.phase = QStringLiteral("Proxy");
        model.addEvents({started(1, 1000000), paused});
        QCOMPARE(model.index(0, Ui::TimelineModel::Status).data().toString(),
                 QStringLiteral("paused before Proxy"));
        Trace::TraceEvent resumed = paused;
        resumed.kind = Trace::TraceKind::Resumed;
        model.addEvents({resumed});
        QCOMPARE(model.index(0, Ui::TimelineModel::Status).data().toString(),
                 QStringLiteral("running"));
        model.addEvents({paused, finished(1, 499, 2000000)});
        QCOMPARE(model.index(0, Ui::TimelineModel::Status).data().toInt(), 499);
    }

    void phasesBecomeBarsAndDetailsWithTheirLogsAndCacheDecisions()
    {
        Ui::TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Trace::TraceEvent auth =
            phase(1, QStringLiteral("auth_check:Auth"), 2000, 5000, Trace::Outcome::Continue);
        Http::HttpRequest before;
        before.method = "GET";
        before.target = "/api/x";
        before.headers.add("Authorization", "t");
        Http::HttpRequest after = before;
        after.headers.add("X-Added", "yes");
        auth.requestBefore = before;
        auth.requestAfter = after;
        model.addEvents(
            {started(1, 1000),
             phase(1, QStringLiteral("VersionCheck"), 1000, 2000, Trace::Outcome::Continue),
             pinned(Trace::TraceKind::Session, 1, QStringLiteral("cache_hit"),
                    QStringLiteral("key: hit, 10 s left")),
             pinned(Trace::TraceKind::Log, 1, QStringLiteral("auth_check:Auth"),
                    QStringLiteral("info: hello")),
             auth, phase(1, QStringLiteral("Proxy"), 5000, 9000, Trace::Outcome::Fail),
             finished(1, 502, 9000)});
        const auto bars = model.index(0, Ui::TimelineModel::Phases)
                              .data(Ui::TimelineModel::PhaseBarsRole)
                              .value<QList<Ui::PhaseBar>>();
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars[1].phase, QStringLiteral("auth_check:Auth"));
        QCOMPARE(bars[1].durationNs, 3000);
        QVERIFY(!bars[1].note.isEmpty()); // the cache hit is drawn on the auth phase
        QVERIFY(bars[2].outcome == Trace::Outcome::Fail);
        QCOMPARE(model.index(0, 0).data(Ui::TimelineModel::CacheRole).toString(),
                 QStringLiteral("hit"));
        QVERIFY(model.index(0, 0).data(Ui::TimelineModel::FailedRole).toBool());

        const QList<Ui::PhaseDetail> details = model.details(1);
        QCOMPARE(details.size(), 3);
        QCOMPARE(details[1].logs, QStringList{QStringLiteral("info: hello")});
        QCOMPARE(details[1].sessions.size(), 1);
        QVERIFY(details[0].logs.isEmpty());
        const auto changes = Ui::RequestDiff::compare(*details[1].before, *details[1].after);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].kind == Ui::RequestDiff::Change::Kind::Added);
        QCOMPARE(changes[0].text, QStringLiteral("X-Added: yes"));
    }

    void detailsAreKeptForTheNewestRequestsOnly()
    {
        Ui::TimelineModel model(nullptr, 100000, 2);
        for (quint64 id = 1; id <= 3; ++id)
            model.addEvents({started(id, 0),
                             phase(id, QStringLiteral("Proxy"), 0, 1, Trace::Outcome::Continue)});
        QVERIFY(model.details(1).isEmpty());
        QCOMPARE(model.details(2).size(), 1);
        QCOMPARE(model.details(3).size(), 1);
        // The bars stay for every row.
        QCOMPARE(model.index(0, Ui::TimelineModel::Phases)
                     .data(Ui::TimelineModel::PhaseBarsRole)
                     .value<QList<Ui::PhaseBar>>()
                     .size(),
                 1);
    }

    void anAnalyticsRecordAfterTheRequestFinishedIsNoRowAndNoPhase()
    {
        Ui::TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents({started(1, 0),
                         phase(1, QStringLiteral("Proxy"), 0, 10, Trace::Outcome::Continue),
                         finished(1, 200, 10)});
        QVERIFY(!model.analytics(1));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy arrived(&model, &Ui::TimelineModel::analyticsArrived);
        Trace::TraceEvent late = analytics(1, R"({"api_id":"api"})", R"({"api_id":"x"})");
        late.message = QStringLiteral("the analytics plugin is not loaded");
        // One for a request the timeline never saw (or already evicted): dropped.
        model.addEvents({late, analytics(7, R"({"api_id":"api"})", {})});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, Ui::TimelineModel::Phases).data().toInt(), 1);
        QCOMPARE(model.index(0, Ui::TimelineModel::Status).data().toInt(), 200);
        QCOMPARE(model.details(1).size(), 1);
        QCOMPARE(changed.size(), 0); // nothing a row shows changed
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().first().toULongLong(), 1ull);
        const std::optional<Ui::AnalyticsDetail> kept = model.analytics(1);
        QVERIFY(kept);
        QCOMPARE(kept->record, QByteArray(R"({"api_id":"api"})"));
        QCOMPARE(kept->afterPlugin, QByteArray(R"({"api_id":"x"})"));
        QCOMPARE(kept->note, late.message);
        QVERIFY(!model.analytics(7));
    }

    void analyticsRecordsAreLetGoWithTheOtherDetails()
    {
        Ui::TimelineModel model(nullptr, 100000, 2);
        for (quint64 id = 1; id <= 3; ++id)
            model.addEvents({started(id, 0), finished(id, 200, 1), analytics(id, "{}", {})});
        QVERIFY(!model.analytics(1));
        QVERIFY(model.analytics(2));
        QVERIFY(model.analytics(3));
    }

    void filtersCombineTextApiStatusAndOutcome()
    {
        Ui::TimelineModel model;
        Ui::TimelineFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Trace::TraceEvent other = started(2, 0);
        other.apiId = QStringLiteral("other");
        model.addEvents({started(1, 0), finished(1, 200, 1), other, finished(2, 500, 1),
                         started(3, 0),
                         pinned(Trace::TraceKind::Session, 3, QStringLiteral("cache_miss"),
                                QStringLiteral("k")),
                         finished(3, 403, 1)});
        QCOMPARE(filter.rowCount(), 3);
        filter.setApiId(QStringLiteral("api"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusClass(4);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(0);
        filter.setOutcome(Ui::TimelineFilterModel::Outcome::CacheMiss);
        QCOMPARE(filter.rowCount(), 1);
        filter.setOutcome(Ui::TimelineFilterModel::Outcome::Any);
        filter.setApiId(QString());
        filter.setText(QStringLiteral("500"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(Ui::TimelineModel::RequestIdRole).toULongLong(), 2u);
    }

    void theOldestRowsAreEvictedInBlocksPastTheCapacity()
    {
        Ui::TimelineModel model(nullptr, 1000);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Trace::TraceEvent> batch;
        for (quint64 id = 1; id <= 1000; ++id)
            batch.append(started(id, 0));
        model.addEvents(batch);
        QCOMPARE(model.rowCount(), 1000);
        model.addEvents({started(1001, 0), finished(1001, 200, 10), finished(5, 200, 10)});
        QVERIFY(model.rowCount() <= 1000);
        QCOMPARE(model.index(model.rowCount() - 1, Ui::TimelineModel::Id).data().toULongLong(),
                 1001ull);
        QCOMPARE(model.index(model.rowCount() - 1, Ui::TimelineModel::Status).data().toInt(), 200);
        QVERIFY(model.index(0, Ui::TimelineModel::Id).data().toULongLong() > 5);
    }
};

QTEST_MAIN(tst_TimelineModel)
#include "tst_timelinemodel.moc"
