// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/headerlist.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Hb::Http;

class tst_HeaderList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setKeepsOneFieldInPlaceAndTheOthersInOrder()
    {
        HeaderList h;
        h.add("A", "1");
        h.add("B", "2");
        h.add("a", "3");
        h.add("C", "4");
        h.set("A", "new");
        QCOMPARE(h.fields(), (QList<HeaderList::Field>{{"A", "new"}, {"B", "2"}, {"C", "4"}}));
        h.set("D", "5");
        QCOMPARE(h.fields().last(), HeaderList::Field("D", "5"));
    }

    void setAmongManyRepeatedFieldsTakesLinearTime()
    {
        // 50,000 repeats between 50,000 others: removing them one at a time moved the tail
        // each time (seconds); one pass takes milliseconds.
        HeaderList h;
        for (int i = 0; i < 50000; ++i) {
            h.add("X-Repeated", "r");
            h.add("X-Other", "o");
        }
        QElapsedTimer clock;
        clock.start();
        h.set("x-repeated", "one");
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(h.size(), 50001);
        QCOMPARE(h.values("X-Repeated"), QList<QByteArray>{"one"});
        QCOMPARE(h.fields().first().second, QByteArray("one"));
    }
};

QTEST_GUILESS_MAIN(tst_HeaderList)
#include "tst_headerlist.moc"
