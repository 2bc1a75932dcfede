// SPDX-License-Identifier: GPL-3.0-or-later
// A gRPC hook through the whole engine against a bare grpc++ unary round trip of the same
// Object to the same server (the C++ sample, started here), in one run and interleaved, so
// the machine's drift hits both alike. The hook's cost is the engine with the hook minus the
// engine without it; the ratio that matters is that cost over the bare round trip.
#include "bench/benchfixtures.h"
#include "core/common/manualclock.h"
#include "core/engine/engine.h"
#include "core/plugin/grpc/grpcdriver.h"
#include "core/plugin/pluginhost.h"
#include "core/session/memorysessionstore.h"
#include "core/trace/memorytracesink.h"

#include <coprocess_object.grpc.pb.h>
#include <google/protobuf/util/json_util.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <csignal>

using namespace Hb;
using Hb::Bench::request;

namespace {

// A keyless API, with a gRPC pre hook the sample server answers or without hooks.
Api::ApiDefinition api(const QString &id, bool withHook)
{
    Api::ApiDefinition a = Bench::api(id, true);
    if (withHook) {
        a.customMiddleware.driver = QStringLiteral("grpc");
        Api::MiddlewareDefinition pre;
        pre.name = QStringLiteral("MyPreHook");
        a.customMiddleware.pre.append(pre);
    }
    return a;
}

struct GrpcFixture
{
    QProcess server;
    QString address;
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Engine::Engine engine{clock, store, Api::GatewayConfig()};
    std::unique_ptr<coprocess::Dispatcher::Stub> bare;
    coprocess::Object sentByEngine;

    GrpcFixture()
    {
        server.start(
            QStringLiteral(HB_GRPC_SAMPLE),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--quiet")});
        QByteArray out;
        while (!out.contains('\n') && server.waitForReadyRead(10000))
            out += server.readAllStandardOutput();
        if (!out.startsWith("listening on "))
            qFatal("bench: the sample server did not start: %s", out.constData());
        address = QString::fromUtf8(out.mid(13)).trimmed();

        Plugin::GrpcDriverOptions options;
        options.server = QStringLiteral("tcp://") + address;
        auto driver = Plugin::GrpcDriver::create(&engine, options);
        if (!driver)
            qFatal("bench: %s", qPrintable(driver.error().message));
        engine.plugins().addDriver(std::move(*driver));
        const auto problems = engine.setApis(
            {api(QStringLiteral("plain"), false), api(QStringLiteral("grpc"), true)});
        if (!problems.isEmpty())
            qFatal("bench: %s", qPrintable(problems.first().toString()));

        // The bare client sends the very Object the engine sent (taken from the trace).
        Trace::MemoryTraceSink trace;
        engine.trace().attach(&trace);
        if (send(request("/grpc/get")) != 200)
            qFatal("bench: the gRPC hook's request failed");
        engine.trace().detach(&trace);
        for (const auto &e : trace.events()) {
            if (!e.objectSent.isEmpty())
                (void)google::protobuf::util::JsonStringToMessage(e.objectSent.toStdString(),
                                                                  &sentByEngine);
        }
        if (sentByEngine.hook_name() != "MyPreHook")
            qFatal("bench: no Object was traced");
        bare = coprocess::Dispatcher::NewStub(
            grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials()));
    }
    ~GrpcFixture()
    {
        ::kill(pid_t(server.processId()), SIGTERM);
        server.waitForFinished(5000);
    }
    int send(const Http::HttpRequest &r)
    {
        int status = 0;
        engine.submit(r, [&](const Http::HttpResponse &resp) { status = resp.status; });
        while (status == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return status;
    }
    bool bareCall()
    {
        grpc::ClientContext context;
        coprocess::Object reply;
        return bare->Dispatch(&context, sentByEngine, &reply).ok();
    }
};

// Rounds of: a request without hooks, one with the gRPC hook, one bare round trip.
void BM_GrpcHookVsBareRoundTrip(benchmark::State &state)
{
    static GrpcFixture f;
    const Http::HttpRequest plain = request("/plain/get");
    const Http::HttpRequest hooked = request("/grpc/get");
    qint64 ns[3] = {0, 0, 0};
    qint64 rounds = 0;
    QElapsedTimer t;
    for (auto _ : state) {
        for (int i = 0; i < 200; ++i) {
            t.start();
            benchmark::DoNotOptimize(f.send(plain));
            ns[0] += t.nsecsElapsed();
            t.start();
            benchmark::DoNotOptimize(f.send(hooked));
            ns[1] += t.nsecsElapsed();
            t.start();
            benchmark::DoNotOptimize(f.bareCall());
            ns[2] += t.nsecsElapsed();
            ++rounds;
        }
    }
    const double plainUs = double(ns[0]) / double(rounds) / 1000;
    const double hookedUs = double(ns[1]) / double(rounds) / 1000;
    const double bareUs = double(ns[2]) / double(rounds) / 1000;
    state.counters["no_hook_us"] = plainUs;
    state.counters["grpc_hook_us"] = hookedUs;
    state.counters["bare_rpc_us"] = bareUs;
    state.counters["hook_cost_us"] = hookedUs - plainUs;
    // The target: the hook's cost within 1.5x of the bare round trip.
    state.counters["hook_vs_bare"] = (hookedUs - plainUs) / bareUs;
}
BENCHMARK(BM_GrpcHookVsBareRoundTrip)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
