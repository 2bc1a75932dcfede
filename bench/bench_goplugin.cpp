// SPDX-License-Identifier: GPL-3.0-or-later
// A Go pre hook through the whole engine, against the same round trip to the Go plugin host
// with an empty plugin and against a Python pre hook doing the same work, in one run and
// interleaved so the machine's drift hits all alike. A hook's cost is the engine with it minus
// the engine without hooks; the target is the Go hook at half the Python hook's cost or less.
#include "bench/benchfixtures.h"
#include "core/common/manualclock.h"
#include "core/engine/engine.h"
#include "core/plugin/go/godriver.h"
#include "core/plugin/go/gopluginbuilder.h"
#include "core/plugin/pluginhost.h"
#include "core/plugin/pluginhostprocess.h"
#include "core/plugin/python/pythondriver.h"
#include "core/session/memorysessionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Hb;
using Hb::Bench::request;

namespace {

Api::ApiDefinition goApi(const QString &id, const QString &symbol, const QString &dir)
{
    Api::ApiDefinition a = Bench::api(id, true);
    a.customMiddleware.driver = QStringLiteral("goplugin");
    Api::MiddlewareDefinition pre;
    pre.name = symbol;
    pre.path = QStringLiteral(HB_BENCH_GO_PLUGINS "/") + dir;
    a.customMiddleware.pre.append(pre);
    return a;
}

struct GoFixture
{
    std::unique_ptr<Plugin::PluginHostProcess> pingHost; // a second host, for the bare round trip
    QTemporaryDir bundles;
    QTemporaryDir cache;
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Engine::Engine engine{clock, store, Api::GatewayConfig()};

    GoFixture()
    {
        const QString py = QDir(bundles.path()).filePath(QStringLiteral("py"));
        QDir().mkpath(py);
        QFile code(QDir(py).filePath(QStringLiteral("middleware.py")));
        code.open(QIODevice::WriteOnly);
        code.write("from tyk.decorators import *\n"
                   "@Hook\n"
                   "def SetHeader(request, session, spec):\n"
                   "    request.add_header('X-Bench', '1')\n"
                   "    return request, session\n");
        code.close();
        QFile manifest(QDir(py).filePath(QStringLiteral("manifest.json")));
        manifest.open(QIODevice::WriteOnly);
        manifest.write("{\"file_list\": [\"middleware.py\"], \"custom_middleware\": {\"driver\": "
                       "\"python\", \"pre\": [{\"name\": \"SetHeader\"}]}}");
        manifest.close();

        engine.plugins().addDriver(
            std::make_unique<Plugin::PythonDriver>(&engine, Plugin::PythonDriverOptions{}));
        Plugin::GoDriverOptions go;
        go.sourcesDir = QStringLiteral(HB_GOPLUGIN_SOURCE_DIR);
        // The user's cache: the host and the plugins are built once, not per run.
        go.cacheDir = QDir::home().filePath(QStringLiteral(".cache/hookbench/goplugin"));
        engine.plugins().addDriver(std::make_unique<Plugin::GoDriver>(&engine, go));
        Bundle::BundleSourceOptions options;
        options.bundlesDir = bundles.path();
        options.cacheDir = cache.path();
        engine.plugins().setBundleOptions(options);

        Api::ApiDefinition python = Bench::api(QStringLiteral("py"), true);
        python.customMiddlewareBundle = QStringLiteral("py");
        const auto problems = engine.setApis(
            {Bench::api(QStringLiteral("plain"), true), python,
             goApi(QStringLiteral("go"), QStringLiteral("SetHeader"), QStringLiteral("setheader")),
             goApi(QStringLiteral("goempty"), QStringLiteral("Nothing"), QStringLiteral("empty"))});
        if (!problems.isEmpty())
            qFatal("bench: %s", qPrintable(problems.first().toString()));
        Plugin::GoBuildSettings settings{*Plugin::GoToolchain::find(), go.sourcesDir, go.cacheDir,
                                         false};
        const auto binary = Plugin::GoPluginBuilder(settings).host();
        if (!binary)
            qFatal("bench: %s", qPrintable(binary.error().message));
        pingHost = std::make_unique<Plugin::PluginHostProcess>(
            Plugin::GoDriver::hostOptions(*binary), [](const QString &, const QString &) {});
        for (const char *path : {"/plain/get", "/py/get", "/go/get", "/goempty/get"}) {
            if (send(request(path)) != 200)
                qFatal("bench: %s did not answer 200", path);
        }
    }
    // One "ping" to the host and its answer back on this thread, as a hook's answer comes.
    bool ping()
    {
        bool answered = false;
        auto *context = QCoreApplication::instance();
        pingHost->send({{"op", "ping"}}, [&answered, context](Result<nlohmann::json>) {
            QMetaObject::invokeMethod(
                context, [&answered] { answered = true; }, Qt::QueuedConnection);
        });
        while (!answered)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return answered;
    }
    int send(const Http::HttpRequest &r)
    {
        int status = 0;
        engine.submit(r, [&](const Http::HttpResponse &resp) { status = resp.status; });
        while (status == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return status;
    }
};

// Rounds of: no hook, the Go hook, the empty Go hook, the Python hook, a bare host ping.
void BM_GoHookVsPythonHook(benchmark::State &state)
{
    static GoFixture f;
    const Http::HttpRequest requests[4] = {request("/plain/get"), request("/go/get"),
                                           request("/goempty/get"), request("/py/get")};
    qint64 ns[5] = {0, 0, 0, 0, 0};
    qint64 rounds = 0;
    QElapsedTimer t;
    for (auto _ : state) {
        for (int i = 0; i < 200; ++i) {
            for (int k = 0; k < 4; ++k) {
                t.start();
                benchmark::DoNotOptimize(f.send(requests[k]));
                ns[k] += t.nsecsElapsed();
            }
            t.start();
            benchmark::DoNotOptimize(f.ping());
            ns[4] += t.nsecsElapsed();
            ++rounds;
        }
    }
    auto us = [&](int k) { return double(ns[k]) / double(rounds) / 1000; };
    state.counters["no_hook_us"] = us(0);
    state.counters["go_hook_cost_us"] = us(1) - us(0);
    state.counters["go_empty_cost_us"] = us(2) - us(0);
    state.counters["python_hook_cost_us"] = us(3) - us(0);
    // The target: at most 0.5.
    state.counters["go_vs_python"] = (us(1) - us(0)) / (us(3) - us(0));
    state.counters["go_vs_empty"] = (us(1) - us(0)) / (us(2) - us(0));
    // The floor a separate process sets: a message to the host and back, nothing else.
    state.counters["host_ping_us"] = us(4);
    state.counters["go_vs_ping"] = (us(1) - us(0)) / us(4);
}
BENCHMARK(BM_GoHookVsPythonHook)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
