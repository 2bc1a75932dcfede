// SPDX-License-Identifier: GPL-3.0-or-later
// The gRPC driver against a real plugin server (the C++ sample) on loopback: calls, faults,
// reconnects and limits, one driver at a time.
#include "core/plugin/grpc/grpcdriver.h"
#include "core/plugin/grpc/grpctarget.h"
#include "tests/support/grpcpluginserver.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace Hb;
using namespace Hb::Plugin;
using Hb::Test::GrpcPluginServer;

namespace {

// Collects what the driver logs, from whichever thread it logs on.
struct LogCapture
{
    QMutex mutex;
    QStringList lines;

    std::function<void(const QString &, const QString &)> sink()
    {
        return [this](const QString &level, const QString &message) {
            const QMutexLocker lock(&mutex);
            lines.append(level + QStringLiteral(": ") + message);
        };
    }
    bool contains(const QString &text)
    {
        const QMutexLocker lock(&mutex);
        return lines.join(u'\n').contains(text);
    }
    QString all()
    {
        const QMutexLocker lock(&mutex);
        return lines.join(u'\n');
    }
};

coprocess::Object hookObject(coprocess::HookType type, const char *name,
                             const QList<std::pair<std::string, std::string>> &headers = {})
{
    coprocess::Object o;
    o.set_hook_type(type);
    o.set_hook_name(name);
    o.mutable_request()->set_method("GET");
    o.mutable_request()->set_url("/get");
    for (const auto &[k, v] : headers)
        (*o.mutable_request()->mutable_headers())[k] = v;
    (*o.mutable_spec())["APIID"] = "grpc-api";
    return o;
}

} // namespace

class TestGrpcDriver : public QObject
{
    Q_OBJECT

    // Runs one hook through `driver` and waits for its answer on this thread.
    std::optional<HookReply> callHook(GrpcDriver &driver, coprocess::Object object,
                                      int waitMs = 15000)
    {
        const auto module = driver.load(PluginCode{}, nullptr);
        HookCall call;
        call.object = std::move(object);
        std::optional<HookReply> reply;
        QThread *answeredOn = nullptr;
        driver.call(*module, std::move(call), [&](HookReply r) {
            answeredOn = QThread::currentThread();
            reply = std::move(r);
        });
        // call() never answers inside itself.
        if (reply)
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, waitMs))
            return std::nullopt;
        if (answeredOn != thread())
            return std::nullopt;
        return reply;
    }

    std::unique_ptr<GrpcDriver> makeDriver(const QString &server, LogCapture *log = nullptr,
                                           std::function<void(GrpcDriverOptions &)> tune = {})
    {
        GrpcDriverOptions options;
        options.server = server;
        if (log)
            options.gatewayLog = log->sink();
        if (tune)
            tune(options);
        auto driver = GrpcDriver::create(this, std::move(options));
        if (!driver)
            qWarning("%s", qPrintable(driver.error().message));
        return driver ? std::move(*driver) : nullptr;
    }

private Q_SLOTS:
    void channelTargetFollowsTyksUrlRules_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("target"); // empty: refused
        QTest::addColumn<QString>("why");
        QTest::newRow("tcp") << "tcp://127.0.0.1:5555"
                             << "127.0.0.1:5555"
                             << "";
        QTest::newRow("unix") << "unix:///tmp/plugins.sock"
                              << "unix:///tmp/plugins.sock"
                              << "";
        QTest::newRow("dns") << "dns:///localhost:5555"
                             << "dns:///localhost:5555"
                             << "";
        // Go parses "localhost:5555" as scheme "localhost": it reaches gRPC as written.
        QTest::newRow("host-as-scheme") << "localhost:5555"
                                        << "localhost:5555"
                                        << "";
        QTest::newRow("ip-without-scheme") << "127.0.0.1:5555"
                                           << ""
                                           << "first path segment in URL cannot contain colon";
        QTest::newRow("port-only") << ":5555"
                                   << ""
                                   << "missing protocol scheme";
        QTest::newRow("empty") << ""
                               << ""
                               << "No gRPC URL is set";
        QTest::newRow("control") << "tcp://a\nb:1"
                                 << ""
                                 << "invalid control character";
    }
    void channelTargetFollowsTyksUrlRules()
    {
        QFETCH(QString, server);
        QFETCH(QString, target);
        QFETCH(QString, why);
        const Result<QString> got = grpcChannelTarget(server);
        if (target.isEmpty()) {
            QVERIFY(!got);
            QVERIFY2(got.error().message.contains(why), qPrintable(got.error().message));
        } else {
            QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
            QCOMPARE(*got, target);
        }
    }

    void aBadAddressCreatesNoDriver()
    {
        GrpcDriverOptions options;
        options.server = QStringLiteral("127.0.0.1:5555");
        const auto driver = GrpcDriver::create(this, options);
        QVERIFY(!driver);
        QVERIFY(driver.error().message.contains(u"coprocess_grpc_server"));
    }

    void aHooksChangesComeBackOnTheEngineThread()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        const auto reply = callHook(*driver, hookObject(coprocess::Pre, "MyPreHook"));
        QVERIFY(reply);
        QVERIFY2(reply->object,
                 qPrintable(reply->object ? QString() : reply->object.error().message));
        QCOMPARE(reply->object->request().set_headers().at("X-Pre-Hook"), std::string("grpc-cpp"));
        QCOMPARE(reply->object->hook_name(), std::string("MyPreHook"));
        QVERIFY(reply->pluginNs > 0);
        const GrpcServerStatus status = driver->grpcServerStatus();
        QCOMPARE(status.calls, quint64(1));
        QCOMPARE(status.failures, quint64(0));
        QCOMPARE(status.state, QStringLiteral("ready"));
        QVERIFY(status.meanNs() > 0);
    }

    void answersFollowTheEngineWhenItMovesToItsThread()
    {
        // As EngineSetup does: the driver is made with the engine, then the engine moves.
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QThread engineThread;
        engineThread.start();
        QObject engine;
        GrpcDriverOptions options;
        options.server = server.url();
        auto driver = GrpcDriver::create(&engine, options);
        QVERIFY(driver);
        engine.moveToThread(&engineThread);
        const auto module = (*driver)->load(PluginCode{}, nullptr);
        HookCall call;
        call.object = hookObject(coprocess::Pre, "MyPreHook");
        std::atomic<QThread *> answeredOn{nullptr};
        (*driver)->call(*module, std::move(call),
                        [&](HookReply) { answeredOn = QThread::currentThread(); });
        QTRY_VERIFY_WITH_TIMEOUT(answeredOn.load() != nullptr, 10000);
        QCOMPARE(answeredOn.load(), &engineThread);
        driver->reset();
        QThread *here = QThread::currentThread();
        QMetaObject::invokeMethod(
            &engine, [&] { engine.moveToThread(here); }, Qt::BlockingQueuedConnection);
        engineThread.quit();
        engineThread.wait();
    }

    void aUnixSocketServerIsReached()
    {
        QTemporaryDir dir;
        GrpcPluginServer server;
        const QString address = QStringLiteral("unix://") + dir.filePath(QStringLiteral("p.sock"));
        QVERIFY2(server.start(address), qPrintable(server.errorString()));
        auto driver = makeDriver(address);
        QVERIFY(driver);
        const auto reply = callHook(*driver, hookObject(coprocess::Pre, "MyPreHook"));
        QVERIFY(reply && reply->object);
        QCOMPARE(reply->object->request().set_headers().at("X-Pre-Hook"), std::string("grpc-cpp"));
    }

    void aServerThatIsDownFailsTheCallAndTheLogSaysWhere()
    {
        // A port nobody listens on: take one and let it go.
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString url = server.url();
        server.stop();
        LogCapture log;
        auto driver = makeDriver(url, &log);
        QVERIFY(driver);
        const auto reply = callHook(*driver, hookObject(coprocess::Pre, "MyPreHook"));
        QVERIFY(reply);
        QVERIFY(!reply->object);
        QCOMPARE(reply->object.error().code, ErrorCode::Unavailable);
        const QString message = reply->object.error().message;
        QVERIFY2(message.contains(u"Dispatch error: rpc error: code = Unavailable"),
                 qPrintable(message));
        QVERIFY2(message.contains(url) && message.contains(u"hook Pre MyPreHook"),
                 qPrintable(message));
        QVERIFY2(log.contains(QStringLiteral("error: Dispatch error")), qPrintable(log.all()));
        QCOMPARE(reply->logs.size(), 1);
        const GrpcServerStatus status = driver->grpcServerStatus();
        QCOMPARE(status.failures, quint64(1));
        QCOMPARE(status.lastError, message);
        QCOMPARE(status.lastErrorHook, QStringLiteral("Pre MyPreHook"));
    }

    void aServerThatComesBackIsReachedWithoutARestart()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        auto reply = callHook(*driver, hookObject(coprocess::Pre, "MyPreHook"));
        QVERIFY(reply && reply->object);

        server.stop();
        reply = callHook(*driver, hookObject(coprocess::Pre, "MyPreHook"));
        QVERIFY(reply && !reply->object);

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        // The channel retries within its one-second backoff; calls meanwhile may still fail.
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            reply = callHook(*driver, hookObject(coprocess::Pre, "MyPreHook"));
            reached = reply && reply->object;
            if (!reached)
                QTest::qWait(100);
        }
        QVERIFY2(reached, "the driver did not reach the restarted server within 4 s");
    }

    void anErrorStatusFromTheServerFailsTheHook()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        const auto reply = callHook(*driver, hookObject(coprocess::Post, "FailHook"));
        QVERIFY(reply && !reply->object);
        QVERIFY2(reply->object.error().message.contains(
                     u"rpc error: code = Internal desc = FailHook always fails"),
                 qPrintable(reply->object.error().message));
    }

    void aSlowServerIsWaitedForAndNoticedInTheLog()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        LogCapture log;
        auto driver =
            makeDriver(server.url(), &log, [](GrpcDriverOptions &o) { o.slowCallNoticeMs = 500; });
        QVERIFY(driver);
        const auto module = driver->load(PluginCode{}, nullptr);
        HookCall call;
        call.object = hookObject(coprocess::Pre, "SlowHook", {{"X-Sleep-Ms", "1800"}});
        std::optional<HookReply> reply;
        driver->call(*module, std::move(call), [&](HookReply r) { reply = std::move(r); });
        // While it waits, the status shows the call and how long it has been waiting.
        QTRY_VERIFY_WITH_TIMEOUT(!driver->grpcServerStatus().waiting.isEmpty() &&
                                     driver->grpcServerStatus().waiting.first().waitingMs >= 600,
                                 5000);
        QCOMPARE(driver->grpcServerStatus().waiting.first().hook, QStringLiteral("Pre SlowHook"));
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
        QVERIFY2(reply->object,
                 qPrintable(reply->object ? QString() : reply->object.error().message));
        QVERIFY2(
            log.contains(QStringLiteral("waiting for the plugin server at %1: hook Pre SlowHook")
                             .arg(server.url())),
            qPrintable(log.all()));
        QVERIFY(driver->grpcServerStatus().waiting.isEmpty());
    }

    void anOptionalBudgetFailsASlowCall()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver =
            makeDriver(server.url(), nullptr, [](GrpcDriverOptions &o) { o.callTimeoutMs = 300; });
        QVERIFY(driver);
        const auto reply =
            callHook(*driver, hookObject(coprocess::Pre, "SlowHook", {{"X-Sleep-Ms", "3000"}}));
        QVERIFY(reply && !reply->object);
        QCOMPARE(reply->object.error().code, ErrorCode::Timeout);
        QVERIFY(reply->object.error().message.contains(u"code = DeadlineExceeded"));
    }

    void aReplyOverTheReceiveLimitFails_data()
    {
        QTest::addColumn<int>("recvMax");
        QTest::addColumn<int>("replyBytes");
        QTest::addColumn<bool>("ok");
        // gRPC's default receive limit, which Tyk keeps when grpc_recv_max_size is 0: 4 MiB.
        QTest::newRow("default, 3 MiB") << 0 << (3 << 20) << true;
        QTest::newRow("default, 5 MiB") << 0 << (5 << 20) << false;
        QTest::newRow("8 MiB limit, 5 MiB") << (8 << 20) << (5 << 20) << true;
        QTest::newRow("1 MiB limit, 2 MiB") << (1 << 20) << (2 << 20) << false;
    }
    void aReplyOverTheReceiveLimitFails()
    {
        QFETCH(int, recvMax);
        QFETCH(int, replyBytes);
        QFETCH(bool, ok);
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url(), nullptr,
                                 [recvMax](GrpcDriverOptions &o) { o.recvMaxBytes = recvMax; });
        QVERIFY(driver);
        const auto reply =
            callHook(*driver, hookObject(coprocess::Pre, "BigReplyHook",
                                         {{"X-Big-Bytes", std::to_string(replyBytes)}}));
        QVERIFY(reply);
        QCOMPARE(bool(reply->object), ok);
        if (!ok)
            QVERIFY2(reply->object.error().message.contains(u"code = ResourceExhausted"),
                     qPrintable(reply->object.error().message));
    }

    void aRequestOverTheSendLimitFails()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver =
            makeDriver(server.url(), nullptr, [](GrpcDriverOptions &o) { o.sendMaxBytes = 1024; });
        QVERIFY(driver);
        coprocess::Object big = hookObject(coprocess::Pre, "EchoHook");
        big.mutable_request()->set_body(std::string(4096, 'x'));
        const auto reply = callHook(*driver, big);
        QVERIFY(reply && !reply->object);
        QVERIFY2(reply->object.error().message.contains(u"code = ResourceExhausted"),
                 qPrintable(reply->object.error().message));
        coprocess::Object small = hookObject(coprocess::Pre, "EchoHook");
        const auto fine = callHook(*driver, small);
        QVERIFY(fine && fine->object);
    }

    void aReplyWithoutARequestFailsInsteadOfCrashing()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        const auto reply = callHook(*driver, hookObject(coprocess::Pre, "EmptyReplyHook"));
        QVERIFY(reply && !reply->object);
        QVERIFY2(reply->object.error().message.contains(u"has no request"),
                 qPrintable(reply->object.error().message));
    }

    void manyCallsInFlightAllComeBack()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        const auto module = driver->load(PluginCode{}, nullptr);
        int answered = 0;
        int good = 0;
        for (int i = 0; i < 200; ++i) {
            HookCall call;
            call.object = hookObject(coprocess::Pre, "MyPreHook");
            driver->call(*module, std::move(call), [&](HookReply r) {
                ++answered;
                good += r.object && r.object->request().set_headers().count("X-Pre-Hook");
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 200, 20000);
        QCOMPARE(good, 200);
        QCOMPARE(driver->grpcServerStatus().calls, quint64(200));
    }

    void aCallWhoseClientWentAwayIsCancelled()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        const auto module = driver->load(PluginCode{}, nullptr);
        auto request = std::make_shared<int>(1);
        HookCall call;
        call.object = hookObject(coprocess::Pre, "SlowHook", {{"X-Sleep-Ms", "20000"}});
        call.requester = request;
        std::optional<HookReply> reply;
        driver->call(*module, std::move(call), [&](HookReply r) { reply = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(!driver->grpcServerStatus().waiting.isEmpty(), 5000);
        QElapsedTimer clock;
        clock.start();
        request.reset(); // the client went away
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 3000);
        QVERIFY(clock.elapsed() < 4000); // the watch runs every half second
        QVERIFY(!reply->object);
        QVERIFY2(reply->object.error().message.contains(u"code = Canceled"),
                 qPrintable(reply->object.error().message));
        // The server saw its context cancelled, as with Tyk's request context.
        QTRY_VERIFY2_WITH_TIMEOUT(server.log().contains(u"SlowHook cancelled"),
                                  qPrintable(server.log()), 5000);
    }

    void aDriverGoingAwayWithACallInFlightNeitherHangsNorAnswers()
    {
        GrpcPluginServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto driver = makeDriver(server.url());
        QVERIFY(driver);
        const auto module = driver->load(PluginCode{}, nullptr);
        HookCall call;
        call.object = hookObject(coprocess::Pre, "SlowHook", {{"X-Sleep-Ms", "20000"}});
        bool answered = false;
        driver->call(*module, std::move(call), [&](HookReply) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(!driver->grpcServerStatus().waiting.isEmpty(), 5000);
        QElapsedTimer clock;
        clock.start();
        driver.reset();
        QVERIFY2(clock.elapsed() < 3000, "the driver waited for its server to answer");
        QTest::qWait(100);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestGrpcDriver)
#include "tst_grpcdriver.moc"
