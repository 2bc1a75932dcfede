// SPDX-License-Identifier: GPL-3.0-or-later
// In-process cost of one request through the whole chain to the built-in echo upstream.
// The baseline (BM_EchoOnly) runs in the same process, so docs/performance.md reports ratios.
#include "core/common/manualclock.h"
#include "core/engine/engine.h"
#include "core/session/memorysessionstore.h"
#include "core/upstream/echoupstream.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace Hb;

namespace {
Api::ApiDefinition api(const QString &id, bool keyless)
{
    Api::ApiDefinition a;
    a.apiId = id;
    a.orgId = QStringLiteral("org");
    a.useKeyless = keyless;
    a.listenPath = u'/' + id + u'/';
    a.stripListenPath = true;
    a.targetUrl = QStringLiteral("hookbench://echo");
    a.versionData.versions.insert(QStringLiteral("Default"),
                                  Api::VersionInfo{QStringLiteral("Default")});
    return a;
}

Http::HttpRequest request(const QByteArray &target)
{
    Http::HttpRequest r;
    r.method = "GET";
    r.target = target;
    // About ten headers, as a typical client sends.
    r.headers.add("Host", "gw.local");
    r.headers.add("User-Agent", "bench/1.0");
    r.headers.add("Accept", "application/json");
    r.headers.add("Accept-Encoding", "gzip");
    r.headers.add("X-Request-Id", "0123456789abcdef");
    r.headers.add("X-Forwarded-Proto", "https");
    r.headers.add("Cookie", "a=b");
    r.headers.add("Cache-Control", "no-cache");
    r.headers.add("Connection", "keep-alive");
    return r;
}

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
