// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's gRPC plugin server indicator, over a monitor whose status the test sets,
// and in the main window, where it shows only when a plugin server is configured.
#include "ui/common/grpcserverindicator.h"

#include "core/plugin/grpc/grpcserverstatus.h"
#include "tests/support/grpcpluginserver.h"
#include "tests/ui/mainwindowfixture.h"
#include "ui/timeline/timelinemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

using namespace Hb;

namespace {
// The monitor's interface over a status the test writes, read on the GUI thread only.
struct SetStatusMonitor : Plugin::IGrpcServerMonitor
{
    Plugin::GrpcServerStatus status;
    Plugin::GrpcServerStatus grpcServerStatus() const override { return status; }
};

Plugin::GrpcServerStatus readyServer(quint64 calls, double meanMs)
{
    Plugin::GrpcServerStatus s;
    s.server = QStringLiteral("tcp://127.0.0.1:5555");
    s.target = QStringLiteral("127.0.0.1:5555");
    s.state = QStringLiteral("ready");
    s.calls = calls;
    s.totalNs = qint64(double(calls) * meanMs * 1e6);
    return s;
}

const QColor kRed(0xc0, 0x39, 0x2b);

// A keyless API on the echo upstream whose pre hooks (driver grpc) are `hooks`.
QByteArray grpcApi(const QString &id, const QString &listenPath, const QStringList &hooks)
{
    QJsonArray pre;
    for (const QString &hook : hooks)
        pre.append(QJsonObject{{QStringLiteral("name"), hook}});
    const QJsonObject api{
        {QStringLiteral("api_id"), id},
        {QStringLiteral("org_id"), QStringLiteral("default")},
        {QStringLiteral("name"), id},
        {QStringLiteral("active"), true},
        {QStringLiteral("use_keyless"), true},
        {QStringLiteral("proxy"),
         QJsonObject{{QStringLiteral("listen_path"), listenPath},
                     {QStringLiteral("target_url"), QStringLiteral("hookbench://echo")},
                     {QStringLiteral("strip_listen_path"), true}}},
        {QStringLiteral("version_data"),
         QJsonObject{
             {QStringLiteral("not_versioned"), true},
             {QStringLiteral("versions"),
              QJsonObject{{QStringLiteral("Default"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")}}}}}}},
        {QStringLiteral("custom_middleware"),
         QJsonObject{{QStringLiteral("driver"), QStringLiteral("grpc")},
                     {QStringLiteral("pre"), pre}}},
    };
    return QJsonDocument(api).toJson();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The engine, bridge and window over `appsDir`, dialling the plugin server at `grpcServer`.
struct GrpcWindow
{
    QTemporaryDir bundleCache;
    std::unique_ptr<Setup::EngineSetup> setup;
    std::unique_ptr<Ui::EngineBridge> bridge;
    std::unique_ptr<Ui::MainWindow> window;

    GrpcWindow(const QString &appsDir, const QString &grpcServer)
    {
        Setup::EngineOptions options;
        options.appsDir = appsDir;
        options.bundleCacheDir = bundleCache.path();
        options.grpcServer = grpcServer;
        auto created = Setup::EngineSetup::create(options);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        setup = std::move(*created);
        bridge = std::make_unique<Ui::EngineBridge>(*setup);
        window = std::make_unique<Ui::MainWindow>(*bridge, setup->diagnostics());
        window->setGrpcServerMonitor(setup->grpcServerMonitor()); // as the GUI's main() does
        window->show();
    }
    ~GrpcWindow()
    {
        window.reset();
        bridge.reset(); // stops the engine thread before the engine goes
    }

    // Sends a GET to `target` with `headers`; returns its tag (replyReceived carries it).
    quint64 send(const QByteArray &target, const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        Http::HttpRequest request;
        request.target = target;
        for (const auto &[name, value] : headers)
            request.headers.add(name, value);
        return bridge->send(request);
    }
};

// The status of the reply tagged `tag` among those `replies` caught, or 0 while none came.
int statusOf(const QSignalSpy &replies, quint64 tag)
{
    for (const QList<QVariant> &reply : replies) {
        if (reply.at(0).toULongLong() == tag)
            return reply.at(1).value<Http::HttpResponse>().status;
    }
    return 0;
}
} // namespace

class tst_GrpcServerIndicator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The English plurals ("12 calls"), as the GUI's main() installs them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_english.load(QStringLiteral(":/i18n/hookbench_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void isHiddenWithoutAMonitor()
    {
        Ui::GrpcServerIndicator indicator;
        QVERIFY(indicator.isHidden());
        SetStatusMonitor monitor;
        monitor.status = readyServer(0, 0);
        indicator.setMonitor(&monitor);
        QVERIFY(!indicator.isHidden());
        indicator.setMonitor(nullptr);
        QVERIFY(indicator.isHidden());
    }

    void showsTheServerItsStateTheCallsAndTheirMeanTime()
    {
        SetStatusMonitor monitor;
        monitor.status = readyServer(12, 1.3);
        Ui::GrpcServerIndicator indicator;
        indicator.setMonitor(&monitor);
        QCOMPARE(indicator.text(),
                 QStringLiteral("gRPC tcp://127.0.0.1:5555 · ready · 12 calls · 1.3 ms mean"));
        QVERIFY(!indicator.isFailing());
        QVERIFY(indicator.palette().color(QPalette::WindowText) != kRed);
        QVERIFY2(indicator.toolTip().contains(u"127.0.0.1:5555"), qPrintable(indicator.toolTip()));

        monitor.status = readyServer(1, 0.25);
        monitor.status.state = QStringLiteral("idle");
        indicator.refresh();
        QCOMPARE(indicator.text(),
                 QStringLiteral("gRPC tcp://127.0.0.1:5555 · idle · 1 call · 0.3 ms mean"));

        monitor.status = readyServer(0, 0);
        monitor.status.state = QStringLiteral("connecting");
        indicator.setMonitor(&monitor);
        QCOMPARE(indicator.text(),
                 QStringLiteral("gRPC tcp://127.0.0.1:5555 · connecting · 0 calls"));
    }

    void readsTheMonitorAgainEveryHalfSecond()
    {
        SetStatusMonitor monitor;
        monitor.status = readyServer(1, 2);
        Ui::GrpcServerIndicator indicator;
        indicator.setMonitor(&monitor);
        monitor.status = readyServer(5, 2);
        QVERIFY(indicator.text().contains(u"1 call"));
        QTRY_VERIFY_WITH_TIMEOUT(indicator.text().contains(u"5 calls"),
                                 3 * Ui::GrpcServerIndicator::PollIntervalMs);
    }

    void showsTheCallTheServerKeepsWaiting()
    {
        SetStatusMonitor monitor;
        monitor.status = readyServer(12, 1.3);
        // Calls answered soon are not worth a note.
        monitor.status.waiting = {{QStringLiteral("post MyPostHook"), 300}};
        Ui::GrpcServerIndicator indicator;
        indicator.setMonitor(&monitor);
        QVERIFY2(!indicator.text().contains(u"waiting"), qPrintable(indicator.text()));

        monitor.status.waiting = {{QStringLiteral("post MyPostHook"), 300},
                                  {QStringLiteral("pre MyPreHook"), 12400}};
        indicator.refresh();
        QCOMPARE(indicator.text(),
                 QStringLiteral("gRPC tcp://127.0.0.1:5555 · ready · 12 calls · 1.3 ms mean · "
                                "waiting for the plugin server, 12 s (pre MyPreHook) and 1 "
                                "more call"));
        // Waiting is not failing: Tyk itself waits for the server without a deadline.
        QVERIFY(!indicator.isFailing());

        monitor.status.waiting.clear();
        indicator.refresh();
        QVERIFY(!indicator.text().contains(u"waiting"));
    }

    void aFailedCallTurnsItRedWithTheErrorAsTooltipUntilACallSucceeds()
    {
        SetStatusMonitor monitor;
        monitor.status = readyServer(3, 1);
        Ui::GrpcServerIndicator indicator;
        indicator.setMonitor(&monitor);
        QVERIFY(!indicator.isFailing());

        const QString error =
            QStringLiteral("rpc error: code = Unavailable desc = connection refused");
        monitor.status.calls = 4;
        monitor.status.failures = 1;
        monitor.status.lastError = error;
        monitor.status.lastErrorHook = QStringLiteral("pre MyPreHook");
        monitor.status.lastErrorAt = QDateTime::currentDateTimeUtc();
        indicator.refresh();
        QVERIFY(indicator.isFailing());
        QCOMPARE(indicator.palette().color(QPalette::WindowText), kRed);
        QVERIFY2(indicator.toolTip().startsWith(error), qPrintable(indicator.toolTip()));
        QVERIFY2(indicator.toolTip().contains(u"pre MyPreHook"), qPrintable(indicator.toolTip()));
        QVERIFY2(indicator.text().contains(u"4 calls · 1 failed"), qPrintable(indicator.text()));

        // No new call: it stays red.
        indicator.refresh();
        QVERIFY(indicator.isFailing());

        // A call that worked: back to normal, the last error still in the tooltip.
        monitor.status.calls = 5;
        indicator.refresh();
        QVERIFY(!indicator.isFailing());
        QVERIFY(indicator.palette().color(QPalette::WindowText) != kRed);
        QVERIFY2(indicator.toolTip().contains(u"Last error: " + error),
                 qPrintable(indicator.toolTip()));
    }

    void aChannelThatCannotConnectIsRed()
    {
        SetStatusMonitor monitor;
        monitor.status = readyServer(0, 0);
        monitor.status.state = QStringLiteral("transient failure");
        Ui::GrpcServerIndicator indicator;
        indicator.setMonitor(&monitor);
        QVERIFY(indicator.isFailing());
        QVERIFY2(indicator.text().contains(u"transient failure"), qPrintable(indicator.text()));
        QCOMPARE(indicator.toolTip(),
                 QStringLiteral("The plugin server at 127.0.0.1:5555 does not answer (transient "
                                "failure)."));

        monitor.status.state = QStringLiteral("ready");
        indicator.refresh();
        QVERIFY(!indicator.isFailing());
    }

    void theMainWindowShowsItOnlyWithAPluginServer()
    {
        HbTest::MainWindowFixture f;
        // The sample workspace configures no coprocess_grpc_server.
        QVERIFY(!f.setup->grpcServerMonitor());
        f.window->setGrpcServerMonitor(f.setup->grpcServerMonitor());
        Ui::GrpcServerIndicator *indicator = f.window->grpcServerIndicator();
        QVERIFY(indicator);
        QCOMPARE(indicator->parentWidget(), f.window->statusBar());
        QVERIFY(!indicator->isVisible());

        SetStatusMonitor monitor;
        monitor.status = readyServer(2, 4);
        f.window->setGrpcServerMonitor(&monitor);
        QVERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().startsWith(u"gRPC tcp://127.0.0.1:5555 · ready"),
                 qPrintable(indicator->text()));
        f.window->setGrpcServerMonitor(nullptr);
        QVERIFY(!indicator->isVisible());
    }

    // The real chain: the GUI's main() wiring, the gRPC driver's monitor, the C++ sample
    // server, requests through the engine; what the author sees at each step.
    void theStatusBarFollowsARealPluginServer()
    {
        Test::GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir apps;
        QVERIFY(writeFile(apps.filePath(QStringLiteral("slow.json")),
                          grpcApi(QStringLiteral("slow"), QStringLiteral("/slow/"),
                                  {QStringLiteral("MyPreHook"), QStringLiteral("SlowHook")})));
        QVERIFY(writeFile(apps.filePath(QStringLiteral("failing.json")),
                          grpcApi(QStringLiteral("failing"), QStringLiteral("/failing/"),
                                  {QStringLiteral("FailHook")})));
        GrpcWindow w(apps.path(), server.url());
        QVERIFY(w.setup->grpcServerMonitor());
        Ui::GrpcServerIndicator *indicator = w.window->grpcServerIndicator();
        QVERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().startsWith(u"gRPC " + server.url() + u" · "),
                 qPrintable(indicator->text()));
        QSignalSpy replies(w.bridge.get(), &Ui::EngineBridge::replyReceived);

        // A call the server holds for 8 s shows as waiting while it does.
        const quint64 slow = w.send("/slow/get", {{"X-Sleep-Ms", "8000"}});
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(u"waiting for the plugin server, "),
                                 7000);
        QVERIFY2(indicator->text().contains(u"SlowHook)"), qPrintable(indicator->text()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(replies, slow), 200, 15000);
        QTRY_VERIFY2(indicator->text().contains(u" · ready · 2 calls · "),
                     qPrintable(indicator->text()));
        QVERIFY(!indicator->text().contains(u"waiting"));
        QVERIFY(!indicator->isFailing());

        // The timeline shows the Objects of the gRPC pre hook.
        Ui::PhaseDetail pre;
        for (const Ui::PhaseDetail &d : w.window->timelineModel()->details(1)) {
            if (d.phase == u"pre:MyPreHook")
                pre = d;
        }
        QVERIFY2(pre.objectSent.contains("\"hook_name\": \"MyPreHook\""), pre.objectSent);
        QVERIFY2(pre.objectReceived.contains("\"X-Pre-Hook\": \"grpc-cpp\""), pre.objectReceived);

        // A hook the server fails turns it red, with the server's error as its tooltip.
        const quint64 failing = w.send("/failing/get", {});
        QTRY_VERIFY(statusOf(replies, failing) >= 500);
        QTRY_VERIFY(indicator->isFailing());
        QCOMPARE(indicator->palette().color(QPalette::WindowText), kRed);
        QVERIFY2(indicator->toolTip().contains(u"FailHook always fails"),
                 qPrintable(indicator->toolTip()));
        QVERIFY2(indicator->text().contains(u"3 calls · 1 failed"), qPrintable(indicator->text()));

        // The next call that works clears it.
        const quint64 again = w.send("/slow/get", {{"X-Sleep-Ms", "0"}});
        QTRY_COMPARE(statusOf(replies, again), 200);
        QTRY_VERIFY(!indicator->isFailing());
        // One server serves every API; the tooltip tells their calls apart.
        QTRY_VERIFY2(indicator->toolTip().contains(u"API failing: 1 call · 1 failed"),
                     qPrintable(indicator->toolTip()));
        QVERIFY2(indicator->toolTip().contains(u"API slow: 4 calls · "),
                 qPrintable(indicator->toolTip()));
    }

    void germanTranslatesTheIndicator()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/hookbench_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        SetStatusMonitor monitor;
        monitor.status = readyServer(12, 1.3);
        monitor.status.waiting = {{QStringLiteral("pre MyPreHook"), 12400}};
        Ui::GrpcServerIndicator indicator;
        indicator.setMonitor(&monitor);
        const QString text = indicator.text();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(text, QStringLiteral("gRPC tcp://127.0.0.1:5555 · bereit · 12 Aufrufe · 1.3 ms "
                                      "im Mittel · wartet auf den Plugin-Server, 12 s (pre "
                                      "MyPreHook)"));
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(tst_GrpcServerIndicator)
#include "tst_grpcserverindicator.moc"
