// SPDX-License-Identifier: GPL-3.0-or-later
// Plugins read the engine's clock: with it moved ahead (--clock-offset, the GUI's Jump
// forward), Python's time.time()/datetime.now(), Lua's os.time()/os.date() and JavaScript's
// Date.now()/new Date() see the engine's time, so the deadlines they compute (the ID
// extractor's id_extractor_deadline) agree with the engine that checks them.
#include "core/common/iclockcontrol.h"
#include "tests/core/plugin/plugintestkit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace Hb;
using namespace Hb::Test;

namespace {
// Over a year, so dates (not only times) tell the engine's clock from the real one.
constexpr qint64 DayAhead = 400 * 86400;

const QByteArray pythonClock =
    "from tyk.decorators import *\n"
    "import time, datetime\n"
    "from time import time as imported_time\n"
    "@Hook\n"
    "def Clock(request, session, spec):\n"
    "    request.add_header('X-Time', str(int(time.time())))\n"
    "    request.add_header('X-Imported', str(int(imported_time())))\n"
    "    request.add_header('X-Datetime', "
    "str(int(datetime.datetime.now().timestamp())))\n"
    "    request.add_header('X-Gmdate', time.strftime('%Y-%m-%d', "
    "time.gmtime()))\n"
    "    request.add_header('X-Utcdate', "
    "datetime.datetime.utcnow().date().isoformat())\n"
    "    request.add_header('X-Today', datetime.date.today().isoformat())\n"
    "    return request, session\n";

const QByteArray luaClock = "function Clock(request, session, spec)\n"
                            "  tyk.req.set_header('X-Time', tostring(os.time()))\n"
                            "  tyk.req.set_header('X-Date', os.date('!%Y-%m-%d'))\n"
                            "  tyk.req.set_header('X-Given', os.date(nil, 86400))\n"
                            "  tyk.req.set_header('X-Table', tostring(os.time({year=2020, "
                            "month=1, day=1, hour=12})))\n"
                            "  return request, session\n"
                            "end\n";

const QByteArray jsClock =
    "var Clock = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "Clock.NewProcessRequest(function (request, session, config) {\n"
    "    request.SetHeaders['X-Time'] = String(Math.floor(Date.now() / 1000));\n"
    "    request.SetHeaders['X-New-Date'] = String(Math.floor(new Date().getTime() / 1000));\n"
    "    request.SetHeaders['X-Fixed'] = String(new Date(2020, 0, 1).getFullYear());\n"
    "    request.SetHeaders['X-Instance'] = String(new Date() instanceof Date);\n"
    "    request.SetHeaders['X-Undefined'] = String(isNaN(new Date(2020, 0, undefined)));\n"
    "    request.SetHeaders['X-Utc-Date'] = new Date().toISOString().slice(0, 10);\n"
    "    return Clock.ReturnData(request, {});\n"
    "});\n";

// A plugin computing its ID extractor deadline from its own clock (as the sample does).
const QByteArray deadlinePlugin = "from tyk.decorators import *\n"
                                  "from gateway import TykGateway as tyk\n"
                                  "import time\n"
                                  "@Hook\n"
                                  "def Auth(request, session, metadata, spec):\n"
                                  "    tyk.log('auth called', 'info')\n"
                                  "    session.rate = 1000.0\n"
                                  "    session.per = 1.0\n"
                                  "    session.quota_max = -1\n"
                                  "    session.id_extractor_deadline = int(time.time()) + 60\n"
                                  "    metadata['token'] = 'granted'\n"
                                  "    return request, session, metadata\n";

qint64 header(const Http::HttpResponse &r, const char *name)
{
    return echoedHeaders(r).value(QLatin1String(name)).toString().toLongLong();
}

QString text(const Http::HttpResponse &r, const char *name)
{
    return echoedHeaders(r).value(QLatin1String(name)).toString();
}
} // namespace

class TestPluginClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluginsSeeTheEngineClockAheadOfTheRealOne_data()
    {
        QTest::addColumn<QByteArray>("driver");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("timeHeaders");
        QTest::newRow("python") << QByteArray("python") << pythonClock
                                << QStringLiteral("middleware.py")
                                << QStringList{QStringLiteral("X-Time"),
                                               QStringLiteral("X-Imported"),
                                               QStringLiteral("X-Datetime")};
        QTest::newRow("lua") << QByteArray("lua") << luaClock << QStringLiteral("plugin.lua")
                             << QStringList{QStringLiteral("X-Time")};
        QTest::newRow("javascript")
            << QByteArray("otto") << jsClock << QStringLiteral("plugin.js")
            << QStringList{QStringLiteral("X-Time"), QStringLiteral("X-New-Date")};
    }
    void pluginsSeeTheEngineClockAheadOfTheRealOne()
    {
        QFETCH(QByteArray, driver);
        QFETCH(QByteArray, code);
        QFETCH(QString, file);
        QFETCH(QStringList, timeHeaders);
        Workspace ws;
        QByteArray path;
        if (driver == "otto")
            path = ", \"path\": \"" + file.toUtf8() + '"';
        ws.bundle(QStringLiteral("clock"), code, "\"pre\": [{\"name\": \"Clock\"" + path + "}]", {},
                  driver, file);
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("c"), QStringLiteral("/c/"), QStringLiteral("clock")));
        Setup::EngineOptions options = ws.options();
        options.clockOffsetSecs = DayAhead;
        Gateway gw;
        QVERIFY(gw.start(options));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        Http::HttpResponse r = gw.get("/c/x");
        QCOMPARE(r.status, 200);
        qint64 expected = QDateTime::currentSecsSinceEpoch() + DayAhead;
        for (const QString &h : timeHeaders) {
            const qint64 seen = header(r, qPrintable(h));
            QVERIFY2(qAbs(seen - expected) <= 5,
                     qPrintable(
                         QStringLiteral("%1 = %2, engine time %3").arg(h).arg(seen).arg(expected)));
        }
        // Moved again while running (the GUI's Jump forward): the next call sees it.
        gw.setup().clockControl().advanceSecs(DayAhead);
        r = gw.get("/c/x");
        expected += DayAhead;
        for (const QString &h : timeHeaders)
            QVERIFY2(qAbs(header(r, qPrintable(h)) - expected) <= 5, qPrintable(h));
        // What converts given times is untouched.
        if (driver == "lua")
            QCOMPARE(text(r, "X-Table").toLongLong(),
                     QDateTime(QDate(2020, 1, 1), QTime(12, 0)).toSecsSinceEpoch());
        if (driver == "otto") {
            QCOMPARE(text(r, "X-Fixed"), QStringLiteral("2020"));
            QCOMPARE(text(r, "X-Instance"), QStringLiteral("true"));
        }
        // Dates the plugin formats from now: the engine's (either side of a midnight the
        // request may have crossed).
        auto isEngineDate = [expected](const QString &shown, bool utc) {
            for (qint64 at : {expected - 5, expected + 5}) {
                const QDateTime t =
                    QDateTime::fromSecsSinceEpoch(at, utc ? Qt::UTC : Qt::LocalTime);
                if (shown == t.date().toString(Qt::ISODate))
                    return true;
            }
            return false;
        };
        if (driver == "python") {
            QVERIFY2(isEngineDate(text(r, "X-Gmdate"), true), qPrintable(text(r, "X-Gmdate")));
            QVERIFY2(isEngineDate(text(r, "X-Utcdate"), true), qPrintable(text(r, "X-Utcdate")));
            QVERIFY2(isEngineDate(text(r, "X-Today"), false), qPrintable(text(r, "X-Today")));
        }
        if (driver == "lua") {
            QVERIFY2(isEngineDate(text(r, "X-Date"), true), qPrintable(text(r, "X-Date")));
            // A given time is formatted, not now.
            QVERIFY2(text(r, "X-Given").contains(QStringLiteral("1970")),
                     qPrintable(text(r, "X-Given")));
        }
        if (driver == "otto") {
            QVERIFY2(isEngineDate(text(r, "X-Utc-Date"), true), qPrintable(text(r, "X-Utc-Date")));
            QCOMPARE(text(r, "X-Undefined"), QStringLiteral("true"));
        }
    }

    // The case: after Jump forward the plugin is called once (its old deadline has
    // passed on the engine's clock) and its new deadline, taken from time.time(), is ahead of
    // the engine again, so later requests are answered from the cache.
    void anIdExtractorDeadlineKeepsCachingAfterTheClockJumpsForward()
    {
        Workspace ws;
        ws.write(QStringLiteral("bundles/auth/middleware.py"), deadlinePlugin);
        ws.write(QStringLiteral("bundles/auth/manifest.json"),
                 "{\"file_list\": [\"middleware.py\"], \"custom_middleware\": {\"driver\": "
                 "\"python\", \"auth_check\": {\"name\": \"Auth\"}, \"id_extractor\": "
                 "{\"extract_from\": \"header\", \"extract_with\": \"value\", "
                 "\"extractor_config\": {\"header_name\": \"Authorization\"}}}}");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("a"), QStringLiteral("/a/"), QStringLiteral("auth"), true));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const QList<std::pair<QByteArray, QByteArray>> token{{"Authorization", "t1"}};
        QCOMPARE(gw.get("/a/x", token).status, 200);
        QCOMPARE(gw.get("/a/x", token).status, 200);
        QCOMPARE(gw.logs().filter(u"auth called").size(), 1);
        gw.setup().clockControl().advanceSecs(120);
        QCOMPARE(gw.get("/a/x", token).status, 200); // deadline passed: the plugin decides
        QCOMPARE(gw.logs().filter(u"auth called").size(), 2);
        QCOMPARE(gw.get("/a/x", token).status, 200);
        QCOMPARE(gw.get("/a/x", token).status, 200);
        QCOMPARE(gw.logs().filter(u"auth called").size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPluginClock)
#include "tst_pluginclock.moc"
