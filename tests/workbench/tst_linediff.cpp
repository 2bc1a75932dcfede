// SPDX-License-Identifier: GPL-3.0-or-later
// The line diff and the replay comparison built on it.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "workbench/history/linediff.h"
#include "workbench/history/replaycomparison.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Ui;
using Kind = LineDiff::Line::Kind;

namespace {
QString render(const QList<LineDiff::Line> &diff)
{
    QStringList out;
    for (const auto &l : diff)
        out.append((l.kind == Kind::Same      ? QStringLiteral(" ")
                    : l.kind == Kind::Removed ? QStringLiteral("-")
                                              : QStringLiteral("+")) +
                   l.text);
    return out.join(u'|');
}

HistoryEntry entry(int status, const QByteArray &body, QList<Http::HeaderList::Field> headers = {})
{
    HistoryEntry e;
    e.response.status = status;
    e.response.body = body;
    for (const auto &[n, v] : headers)
        e.response.headers.add(n, v);
    e.phases = {{QStringLiteral("VersionCheck"), QStringLiteral("continue"), 0.1}};
    return e;
}
} // namespace

class tst_LineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesAreMatchedByLongestCommonSubsequence_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << QStringList{"a", "b"} << QStringList{"a", "b"} << " a| b";
        QTest::newRow("changed middle")
            << QStringList{"a", "b", "c"} << QStringList{"a", "x", "c"} << " a|-b|+x| c";
        QTest::newRow("insertion")
            << QStringList{"a", "c"} << QStringList{"a", "b", "c"} << " a|+b| c";
        QTest::newRow("deletion at end") << QStringList{"a", "b"} << QStringList{"a"} << " a|-b";
        QTest::newRow("from empty") << QStringList{} << QStringList{"x"} << "+x";
        QTest::newRow("moved line") << QStringList{"a", "b", "c", "d"}
                                    << QStringList{"b", "c", "a", "d"} << "-a| b| c|+a| d";
    }
    void linesAreMatchedByLongestCommonSubsequence()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, expected);
        const auto diff = LineDiff::compare(before, after);
        QCOMPARE(render(diff), expected);
        QCOMPARE(LineDiff::hasChanges(diff), before != after);
    }

    void hugeInputsFallBackWithoutTakingLong()
    {
        QStringList before;
        QStringList after;
        for (int i = 0; i < 3000; ++i) {
            before.append(QString::number(i));
            after.append(QString::number(i * 7));
        }
        QElapsedTimer timer;
        timer.start();
        const auto diff = LineDiff::compare(before, after);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(LineDiff::hasChanges(diff));
    }

    void identicalOutcomesAreSameDespiteTheDate()
    {
        const ReplayComparison c(entry(200, R"({"a":1})", {{"Date", "Mon"}, {"X", "1"}}),
                                 entry(200, R"({"a":1})", {{"Date", "Tue"}, {"X", "1"}}));
        QVERIFY(c.same());
        QCOMPARE(c.summary(), QStringLiteral("same"));
    }

    void statusHeadersAndBodyChangesAreNamed()
    {
        const ReplayComparison c(
            entry(200, R"({"a":1,"b":2})", {{"X-Gone", "1"}, {"X-Changed", "1"}}),
            entry(403, R"({"a":1,"b":3})", {{"X-Changed", "2"}, {"X-New", "1"}}));
        QVERIFY(!c.same());
        QVERIFY(c.statusChanged());
        QCOMPARE(c.headerChanges().size(), 3);
        using HK = ReplayComparison::HeaderChange::Kind;
        QVERIFY(c.headerChanges().at(0).kind == HK::Changed);
        QCOMPARE(c.headerChanges().at(0).name, QStringLiteral("X-Changed"));
        QVERIFY(c.headerChanges().at(1).kind == HK::Removed);
        QVERIFY(c.headerChanges().at(2).kind == HK::Added);
        // JSON is compared pretty-printed: one changed field is one changed line.
        QCOMPARE(render(c.bodyDiff()),
                 QStringLiteral(" {|     \"a\": 1,|-    \"b\": 2|+    \"b\": 3| }"));
        QVERIFY(c.summary().contains(QStringLiteral("403")));
    }
};

QTEST_GUILESS_MAIN(tst_LineDiff)
#include "tst_linediff.moc"
