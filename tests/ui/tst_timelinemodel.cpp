// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinemodel.h"

#include <QAbstractItemModelTester>
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
