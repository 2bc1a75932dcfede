// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of one Python hook call as the engine makes it: build the Object from a request
// of about ten headers, hand it to the Python thread, run a hook that sets one header, and
// get the answer back on the calling thread's event loop. Baselines in the same process:
// the Object's protobuf round trip alone (what any coprocess driver pays), and a Qt queued
// call to another thread and back (the thread hop alone).
#include "core/coprocess/objectbuilder.h"
#include "core/plugin/python/pythondriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

using namespace Hb;

namespace {
Http::HttpRequest request()
{
    Http::HttpRequest r;
    r.method = "GET";
    r.target = "/api/resource?id=42";
    r.headers.add("Host", "gw.local");
    r.headers.add("User-Agent", "bench/1.0");
    r.headers.add("Accept", "application/json");
    r.headers.add("Accept-Encoding", "gzip");
    r.headers.add("X-Request-Id", "0123456789abcdef");
    r.headers.add("Authorization", "Bearer abcdefghijklmnop");
    r.headers.add("Connection", "keep-alive");
    r.headers.add("Cache-Control", "no-cache");
    r.headers.add("X-Forwarded-For", "10.0.0.1");
    r.headers.add("Cookie", "a=1; b=2");
    return r;
}

struct Fixture
{
    QTemporaryDir dir;
    QObject context;
    std::unique_ptr<Plugin::PythonDriver> driver;
    std::shared_ptr<Plugin::PluginModule> module;
    Api::ApiDefinition api;
    Http::HttpRequest req = request();

    Fixture()
    {
        QFile f(QDir(dir.path()).filePath(QStringLiteral("middleware.py")));
        f.open(QIODevice::WriteOnly);
        f.write("from tyk.decorators import *\n"
                "@Hook\n"
                "def SetHeader(request, session, spec):\n"
                "    request.add_header('X-Bench', '1')\n"
                "    return request, session\n");
        f.close();
        driver = std::make_unique<Plugin::PythonDriver>(&context, Plugin::PythonDriverOptions{});
        Plugin::PluginCode code;
        code.language = QStringLiteral("python");
        code.moduleId = QStringLiteral("bench");
        code.directory = dir.path();
        code.files = {f.fileName()};
        code.hookNames = {QStringLiteral("SetHeader")};
        auto loaded = driver->load(code, nullptr);
        if (!loaded)
            qFatal("bench: %s", qPrintable(loaded.error().toString()));
        module = *loaded;
        api.apiId = QStringLiteral("bench");
    }
    Plugin::HookCall call() const
    {
        Plugin::HookCall c;
        c.object = object();
        return c;
    }
    coprocess::Object object() const
    {
        Coprocess::ObjectInputs in;
        in.hookType = coprocess::Pre;
        in.hookName = QStringLiteral("SetHeader");
        in.api = &api;
        in.request = &req;
        return Coprocess::ObjectBuilder::build(in);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void BM_ProtobufRoundTrip(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        coprocess::Object o = f.object();
        std::string bytes;
        o.SerializeToString(&bytes);
        coprocess::Object back;
        back.ParseFromString(bytes);
        benchmark::DoNotOptimize(back);
    }
}
BENCHMARK(BM_ProtobufRoundTrip);

void BM_ThreadHopOnly(benchmark::State &state)
{
    QThread worker;
    QObject target;
    target.moveToThread(&worker);
    worker.start();
    QObject here;
    for (auto _ : state) {
        bool done = false;
        QMetaObject::invokeMethod(
            &target,
            [&here, &done] {
                QMetaObject::invokeMethod(
                    &here, [&done] { done = true; }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    worker.quit();
    worker.wait();
}
BENCHMARK(BM_ThreadHopOnly);

// One call at a time: what a single request pays.
void BM_PythonHookCall(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        bool done = false;
        f.driver->call(f.module, f.call(), [&done](Plugin::HookReply reply) {
            if (!reply.object)
                qFatal("bench: %s", qPrintable(reply.object.error().message));
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}
BENCHMARK(BM_PythonHookCall);

// 64 calls in flight: the Python thread's throughput under load, per call.
void BM_PythonHookCallPipelined(benchmark::State &state)
{
    Fixture &f = fixture();
    constexpr int batch = 64;
    for (auto _ : state) {
        int pending = batch;
        for (int i = 0; i < batch; ++i)
            f.driver->call(f.module, f.call(), [&pending](Plugin::HookReply) { --pending; });
        while (pending > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_PythonHookCallPipelined);
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
