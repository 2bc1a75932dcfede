// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionlifetime.h"
#include "core/session/sessionstate.h"

#include <QTest>

using namespace Hb;

namespace {
constexpr qint64 kNow = 1700000000;
}

class tst_SessionLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ttlFollowsTyksRule_data()
    {
        QTest::addColumn<QByteArray>("session");
        QTest::addColumn<qint64>("apiLifetime");
        QTest::addColumn<bool>("respect");
        QTest::addColumn<bool>("forceGlobal");
        QTest::addColumn<qint64>("global");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("nothing set: forever")
            << QByteArray("{}") << qint64(0) << false << false << qint64(0) << qint64(0);
        QTest::newRow("api lifetime")
            << QByteArray("{}") << qint64(120) << false << false << qint64(0) << qint64(120);
        QTest::newRow("session lifetime beats api")
            << QByteArray(R"({"session_lifetime": 30})") << qint64(120) << false << false
            << qint64(0) << qint64(30);
        QTest::newRow("forced global beats all")
            << QByteArray(
                   R"({"session_lifetime": 30, "post_expiry_action": "delete", "expires": 1700000100})")
            << qint64(120) << false << true << qint64(900) << qint64(900);
        QTest::newRow("delete: until expiry")
            << QByteArray(R"({"post_expiry_action": "delete", "expires": 1700000100})")
            << qint64(120) << false << false << qint64(0) << qint64(100);
        QTest::newRow("delete: already expired")
            << QByteArray(R"({"post_expiry_action": "delete", "expires": 1600000000})") << qint64(0)
            << false << false << qint64(0) << qint64(1);
        QTest::newRow("delete: never expires")
            << QByteArray(
                   R"({"post_expiry_action": "delete", "expires": 0, "session_lifetime": 30})")
            << qint64(0) << false << false << qint64(0) << qint64(0);
        QTest::newRow("retain with grace")
            << QByteArray(
                   R"({"post_expiry_action": "retain", "post_expiry_grace_period": 50, "expires": 1700000100})")
            << qint64(0) << false << false << qint64(0) << qint64(150);
        QTest::newRow("retain forever")
            << QByteArray(
                   R"({"post_expiry_action": "retain", "post_expiry_grace_period": -1, "expires": 1700000100})")
            << qint64(0) << false << false << qint64(0) << qint64(-1);
        QTest::newRow("retain without grace uses lifetimes")
            << QByteArray(
                   R"({"post_expiry_action": "retain", "expires": 1700000100, "session_lifetime": 30})")
            << qint64(0) << false << false << qint64(0) << qint64(30);
        QTest::newRow("respect: later expiry wins")
            << QByteArray(R"({"expires": 1700001000, "session_lifetime": 30})") << qint64(0) << true
            << false << qint64(0) << qint64(1000);
        QTest::newRow("respect: earlier expiry keeps lifetime")
            << QByteArray(R"({"expires": 1700000010})") << qint64(30) << true << false << qint64(0)
            << qint64(30);
        QTest::newRow("respect: no expiry means none")
            << QByteArray(R"({"expires": 0})") << qint64(30) << true << false << qint64(0)
            << qint64(0);
        QTest::newRow("no respect: expiry ignored")
            << QByteArray(R"({"expires": 1700001000})") << qint64(30) << false << false << qint64(0)
            << qint64(30);
    }
    void ttlFollowsTyksRule()
    {
        QFETCH(QByteArray, session);
        QFETCH(qint64, apiLifetime);
        QFETCH(bool, respect);
        QFETCH(bool, forceGlobal);
        QFETCH(qint64, global);
        QFETCH(qint64, expected);
        const Session::SessionState state(nlohmann::json::parse(session.toStdString()));
        const Session::SessionLifetimeOptions options{apiLifetime, respect, forceGlobal, global};
        QCOMPARE(Session::SessionLifetime::ttlSecs(state, options, kNow), expected);
    }
};

QTEST_GUILESS_MAIN(tst_SessionLifetime)
#include "tst_sessionlifetime.moc"
