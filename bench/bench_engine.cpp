// SPDX-License-Identifier: GPL-3.0-or-later
// In-process cost of one request through the whole chain to the built-in echo upstream.
// The baseline (BM_EchoOnly) runs in the same process, so docs/performance.md reports ratios.
#include "bench/benchfixtures.h"
#include "core/common/manualclock.h"
#include "core/engine/engine.h"
#include "core/session/memorysessionstore.h"
#include "core/upstream/echoupstream.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace Hb;
using Hb::Bench::api;
using Hb::Bench::request;

namespace {

struct Setup
{
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Engine::Engine engine{clock, store, Api::GatewayConfig()};
    Setup()
    {
        engine.setApis({api(QStringLiteral("keyless"), true), api(QStringLiteral("token"), false)});
        store.set(QStringLiteral("benchkey"), Session::SessionState(), 0,
                  [](const Result<void> &) {});
    }
};

void runThroughEngine(benchmark::State &state, const Http::HttpRequest &r)
{
    Setup s;
    int status = 0;
    for (auto _ : state) {
        s.engine.submit(r, [&](const Http::HttpResponse &resp) { status = resp.status; });
        benchmark::DoNotOptimize(status);
    }
    if (status != 200)
        state.SkipWithError("request did not succeed");
    state.SetItemsProcessed(state.iterations());
}
} // namespace

static void BM_EchoOnly(benchmark::State &state)
{
    const Http::HttpRequest r = request("/get");
    const Upstream::UpstreamTarget target{QStringLiteral("hookbench"), QStringLiteral("echo"), 80};
    for (auto _ : state)
        benchmark::DoNotOptimize(Upstream::EchoUpstream::echo(target, r));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EchoOnly);

static void BM_KeylessChain(benchmark::State &state)
{
    runThroughEngine(state, request("/keyless/get"));
}
BENCHMARK(BM_KeylessChain);

static void BM_AuthTokenChain(benchmark::State &state)
{
    Http::HttpRequest r = request("/token/get");
    r.headers.add("Authorization", "benchkey");
    runThroughEngine(state, r);
}
BENCHMARK(BM_AuthTokenChain);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
