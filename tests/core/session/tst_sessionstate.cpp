// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionstate.h"

#include <QTest>

#include <limits>

using Hb::Session::SessionState;

class tst_SessionState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integerFieldsWrittenAsHugeFloatsClampInsteadOfOverflowing_data()
    {
        QTest::addColumn<double>("written");
        QTest::addColumn<qint64>("read");
        QTest::newRow("far future") << 1e72 << std::numeric_limits<qint64>::max();
        QTest::newRow("far past") << -1e72 << std::numeric_limits<qint64>::min();
        QTest::newRow("in range truncates") << 1700000000.9 << qint64(1700000000);
    }
    void integerFieldsWrittenAsHugeFloatsClampInsteadOfOverflowing()
    {
        QFETCH(double, written);
        QFETCH(qint64, read);
        // Sessions in Redis are outside input: another gateway or a person wrote them.
        const SessionState session(
            nlohmann::json{{"expires", written}, {"session_lifetime", written}});
        QCOMPARE(session.expires(), read);
        QCOMPARE(session.sessionLifetime(), read);
    }

    void anUnsignedIntegerAboveTheRangeClampsToTheMaximum()
    {
        const SessionState session(nlohmann::json{{"expires", std::uint64_t(1) << 63}});
        QCOMPARE(session.expires(), std::numeric_limits<qint64>::max());
    }
};

QTEST_GUILESS_MAIN(tst_SessionState)
#include "tst_sessionstate.moc"
