// SPDX-License-Identifier: GPL-3.0-or-later
// Plugin costs, each beside a baseline measured in the same process.
//
// The cost of one Python hook call as the engine makes it: build the Object from a request
// of about ten headers, hand it to the Python thread, run a hook that sets one header, and
// get the answer back on the calling thread's event loop. Baselines in the same process:
// the Object's protobuf round trip alone, a Qt queued call to another thread and back (the
// thread hop alone), and the same calls with the Object encoded and parsed as Tyk does.
#include "bench/benchfixtures.h"
#include "core/common/manualclock.h"
#include "core/coprocess/objectbuilder.h"
#include "core/engine/engine.h"
#include "core/plugin/js/jsdriver.h"
#include "core/plugin/lua/luadriver.h"
#include "core/plugin/lua/luamodulestate.h"
#include "core/plugin/pluginhost.h"
#include "core/plugin/python/pythondriver.h"
#include "core/session/memorysessionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <array>
#include <ctime>

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

    explicit Fixture(bool encodeObjects)
    {
        QFile f(QDir(dir.path()).filePath(QStringLiteral("middleware.py")));
        f.open(QIODevice::WriteOnly);
        f.write("from tyk.decorators import *\n"
                "@Hook\n"
                "def SetHeader(request, session, spec):\n"
                "    request.add_header('X-Bench', '1')\n"
                "    return request, session\n");
        f.close();
        Plugin::PythonDriverOptions options;
        options.encodeObjects = encodeObjects;
        driver = std::make_unique<Plugin::PythonDriver>(&context, options);
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

// The Object handed to Python in memory (the default).
Fixture &fixture()
{
    static Fixture f(false);
    return f;
}

// The baseline: the Object encoded and parsed on both sides, as Tyk's dispatcher does.
Fixture &encodingFixture()
{
    static Fixture f(true);
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

// One call at a time: what a single request pays. `in_python_us`: the part spent on the
// Python thread (handing the Object over, the hook, taking it back), from HookReply.
void pythonHookCalls(benchmark::State &state, Fixture &f)
{
    qint64 pythonNs = 0;
    for (auto _ : state) {
        bool done = false;
        f.driver->call(f.module, f.call(), [&done, &pythonNs](Plugin::HookReply reply) {
            if (!reply.object)
                qFatal("bench: %s", qPrintable(reply.object.error().message));
            pythonNs += reply.pluginNs;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    state.counters["in_python_us"] = double(pythonNs) / 1000.0 / double(state.iterations());
}

// 64 calls in flight: the Python thread's throughput under load, per call.
void pythonHookCallsPipelined(benchmark::State &state, Fixture &f)
{
    constexpr int batch = 64;
    qint64 pythonNs = 0;
    for (auto _ : state) {
        int pending = batch;
        for (int i = 0; i < batch; ++i)
            f.driver->call(f.module, f.call(), [&pending, &pythonNs](Plugin::HookReply reply) {
                pythonNs += reply.pluginNs;
                --pending;
            });
        while (pending > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    state.SetItemsProcessed(state.iterations() * batch);
    state.counters["in_python_us"] = double(pythonNs) / 1000.0 / double(state.iterations() * batch);
}

void BM_PythonHookCall(benchmark::State &state)
{
    pythonHookCalls(state, fixture());
}
BENCHMARK(BM_PythonHookCall);

void BM_PythonHookCallEncoded(benchmark::State &state)
{
    pythonHookCalls(state, encodingFixture());
}
BENCHMARK(BM_PythonHookCallEncoded);

void BM_PythonHookCallPipelined(benchmark::State &state)
{
    pythonHookCallsPipelined(state, fixture());
}
BENCHMARK(BM_PythonHookCallPipelined);

void BM_PythonHookCallPipelinedEncoded(benchmark::State &state)
{
    pythonHookCallsPipelined(state, encodingFixture());
}
BENCHMARK(BM_PythonHookCallPipelinedEncoded);
// --- Lua -------------------------------------------------------------------------------

struct LuaFixture
{
    QTemporaryDir dir;
    QObject context;
    std::unique_ptr<Plugin::LuaDriver> driver;
    std::shared_ptr<Plugin::PluginModule> module;
    Plugin::LuaModuleState state; // the same code, called on this thread
    QString file;

    LuaFixture()
    {
        file = QDir(dir.path()).filePath(QStringLiteral("plugin.lua"));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write("function SetHeader(request, session, spec)\n"
                "  tyk.req.set_header('X-Bench', '1')\n"
                "  return request, session\n"
                "end\n");
        f.close();
        driver = std::make_unique<Plugin::LuaDriver>(&context);
        Plugin::PluginCode code;
        code.language = QStringLiteral("lua");
        code.moduleId = QStringLiteral("bench-lua");
        code.files = {file};
        code.hookNames = {QStringLiteral("SetHeader")};
        auto loaded = driver->load(code, nullptr);
        if (!loaded)
            qFatal("bench: %s", qPrintable(loaded.error().toString()));
        module = *loaded;
        if (!state.load(*Plugin::LuaModuleState::readSources({file}), {}))
            qFatal("bench: Lua state did not load");
    }
};

LuaFixture &luaFixture()
{
    static LuaFixture f;
    return f;
}

// The Lua call alone, on the calling thread: tables in, hook, tables back out.
void BM_LuaHookInThread(benchmark::State &state)
{
    LuaFixture &f = luaFixture();
    const coprocess::Object object = fixture().object();
    QList<Plugin::PluginLogLine> logs;
    for (auto _ : state) {
        auto out = f.state.dispatch(object, {}, &logs, nullptr);
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_LuaHookInThread);

void BM_LuaHookCall(benchmark::State &state)
{
    LuaFixture &f = luaFixture();
    for (auto _ : state) {
        bool done = false;
        f.driver->call(f.module, fixture().call(), [&done](Plugin::HookReply reply) {
            if (!reply.object)
                qFatal("bench: %s", qPrintable(reply.object.error().message));
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}
BENCHMARK(BM_LuaHookCall);

// --- The ID-extractor cache (issue 5): cached custom auth against built-in token auth
// and keyless, through the whole engine, with plugin calls counted. -----------------------

// Counts calls on their way to the real driver.
class CountingDriver final : public Plugin::IPluginDriver
{
public:
    explicit CountingDriver(std::unique_ptr<Plugin::IPluginDriver> inner)
        : m_inner(std::move(inner))
    {}
    QStringList languages() const override { return m_inner->languages(); }
    Result<std::shared_ptr<Plugin::PluginModule>> load(const Plugin::PluginCode &code,
                                                       QList<Plugin::LoadProblem> *p) override
    {
        return m_inner->load(code, p);
    }
    void call(const std::shared_ptr<Plugin::PluginModule> &m, Plugin::HookCall c,
              HookCallback done) override
    {
        ++calls;
        m_inner->call(m, std::move(c), std::move(done));
    }
    qint64 calls = 0;

private:
    std::unique_ptr<Plugin::IPluginDriver> m_inner;
};

struct EngineFixture
{
    QTemporaryDir bundles;
    QTemporaryDir cache;
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Engine::Engine engine{clock, store, Api::GatewayConfig()};
    CountingDriver *counter = nullptr;

    static Api::ApiDefinition api(const QString &id, bool keyless)
    {
        return Bench::api(id, keyless);
    }

    EngineFixture()
    {
        clock.setNowNs(qint64(1800000000) * 1000000000);
        QDir(bundles.path()).mkpath(QStringLiteral("cached"));
        QFile py(QDir(bundles.path()).filePath(QStringLiteral("cached/middleware.py")));
        py.open(QIODevice::WriteOnly);
        py.write("from tyk.decorators import *\n"
                 "@Hook\n"
                 "def Auth(request, session, metadata, spec):\n"
                 "    session.rate = 0\n"
                 "    session.quota_max = -1\n"
                 "    session.id_extractor_deadline = 4000000000\n"
                 "    metadata['token'] = request.get_header('Authorization')\n"
                 "    return request, session, metadata\n");
        py.close();
        QFile manifest(QDir(bundles.path()).filePath(QStringLiteral("cached/manifest.json")));
        manifest.open(QIODevice::WriteOnly);
        manifest.write("{\"file_list\": [\"middleware.py\"], \"custom_middleware\": {\"driver\": "
                       "\"python\", \"auth_check\": {\"name\": \"Auth\"}, \"id_extractor\": "
                       "{\"extract_from\": \"header\", \"extract_with\": \"value\", "
                       "\"extractor_config\": {\"header_name\": \"Authorization\"}}}}");
        manifest.close();
        auto counting = std::make_unique<CountingDriver>(
            std::make_unique<Plugin::PythonDriver>(&engine, Plugin::PythonDriverOptions{}));
        counter = counting.get();
        engine.plugins().addDriver(std::move(counting));
        Bundle::BundleSourceOptions options;
        options.bundlesDir = bundles.path();
        options.cacheDir = cache.path();
        engine.plugins().setBundleOptions(options);
        Api::ApiDefinition cached = api(QStringLiteral("cached"), false);
        cached.customPluginAuthEnabled = true;
        cached.customMiddlewareBundle = QStringLiteral("cached");
        const auto problems = engine.setApis(
            {api(QStringLiteral("keyless"), true), api(QStringLiteral("token"), false), cached});
        if (!problems.isEmpty())
            qFatal("bench: %s", qPrintable(problems.first().toString()));
        // The token path reads the same session the plugin produces, so both paths carry
        // the same JSON through the chain.
        store.set(QStringLiteral("benchkey"),
                  Session::SessionState(nlohmann::json{{"quota_max", -1},
                                                       {"org_id", "org"},
                                                       {"meta_data", {{"token", "benchkey"}}},
                                                       {"id_extractor_deadline", 4000000000LL}}),
                  0, [](const Result<void> &) {});
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

EngineFixture &engineFixture()
{
    static EngineFixture f;
    return f;
}

void runChain(benchmark::State &state, const QByteArray &target, bool withKey)
{
    EngineFixture &f = engineFixture();
    Http::HttpRequest r = request();
    r.target = target;
    if (withKey)
        r.headers.set("Authorization", "benchkey");
    if (f.send(r) != 200) // warms the cache for the cached API
        state.SkipWithError("request did not succeed");
    const qint64 callsBefore = f.counter->calls;
    int status = 0;
    for (auto _ : state) {
        f.engine.submit(r, [&](const Http::HttpResponse &resp) { status = resp.status; });
        if (status == 0)
            status = f.send(r);
        benchmark::DoNotOptimize(status);
    }
    if (status != 200)
        state.SkipWithError("request did not succeed");
    state.counters["plugin_calls"] = double(f.counter->calls - callsBefore);
    state.SetItemsProcessed(state.iterations());
}

void BM_ChainKeyless(benchmark::State &state)
{
    runChain(state, "/keyless/get", false);
}
BENCHMARK(BM_ChainKeyless);

void BM_ChainAuthToken(benchmark::State &state)
{
    runChain(state, "/token/get", true);
}
BENCHMARK(BM_ChainAuthToken);

void BM_ChainCachedCustomAuth(benchmark::State &state)
{
    runChain(state, "/cached/get", true);
}
BENCHMARK(BM_ChainCachedCustomAuth);
// The three paths above, interleaved: batches of each in turn, timed with this thread's CPU
// clock, so a compile on the other core slows all three alike and the ratio holds still
// (separate benchmarks on a shared 2-vCPU machine drift by ±30 %).
void BM_ChainRatiosInterleaved(benchmark::State &state)
{
    EngineFixture &f = engineFixture();
    struct Path
    {
        QByteArray target;
        bool withKey;
        qint64 ns = 0;
        qint64 count = 0;
    };
    std::array<Path, 3> paths{Path{"/keyless/get", false}, Path{"/token/get", true},
                              Path{"/cached/get", true}};
    auto threadNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    const qint64 callsBefore = f.counter->calls;
    constexpr int batch = 32;
    int round = 0;
    for (auto _ : state) {
        for (int k = 0; k < 3; ++k) {
            Path &p = paths[(round + k) % 3]; // rotate the order too
            Http::HttpRequest r = request();
            r.target = p.target;
            if (p.withKey)
                r.headers.set("Authorization", "benchkey");
            const qint64 start = threadNs();
            for (int i = 0; i < batch; ++i) {
                if (f.send(r) != 200)
                    state.SkipWithError("request did not succeed");
            }
            p.ns += threadNs() - start;
            p.count += batch;
        }
        ++round;
    }
    const double keyless = double(paths[0].ns) / double(paths[0].count);
    const double token = double(paths[1].ns) / double(paths[1].count);
    const double cached = double(paths[2].ns) / double(paths[2].count);
    state.counters["keyless_us"] = keyless / 1000;
    state.counters["token_us"] = token / 1000;
    state.counters["cached_us"] = cached / 1000;
    // Throughput ratio: cached requests/s over auth-token requests/s.
    state.counters["cached_vs_token"] = token / cached;
    state.counters["plugin_calls"] = double(f.counter->calls - callsBefore);
}
BENCHMARK(BM_ChainRatiosInterleaved)->Unit(benchmark::kMillisecond);

// --- One pre hook per language through the whole engine (issue 7's "beside Python's in one
// run"): the hook's cost is the difference to the keyless chain without hooks. ----------------

struct HookChainFixture
{
    QTemporaryDir bundles;
    QTemporaryDir cache;
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Engine::Engine engine{clock, store, Api::GatewayConfig()};

    void write(const QString &rel, const QByteArray &content)
    {
        const QString path = QDir(bundles.path()).filePath(rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
    }
    void bundle(const QString &name, const QString &file, const QByteArray &driver,
                const QByteArray &code)
    {
        write(name + u'/' + file, code);
        write(name + QStringLiteral("/manifest.json"),
              "{\"file_list\": [\"" + file.toUtf8() +
                  "\"], \"custom_middleware\": {\"driver\": \"" + driver +
                  "\", \"pre\": [{\"name\": \"SetHeader\", \"path\": \"" + file.toUtf8() +
                  "\"}]}}");
    }
    HookChainFixture()
    {
        bundle(QStringLiteral("py"), QStringLiteral("middleware.py"), "python",
               "from tyk.decorators import *\n"
               "@Hook\n"
               "def SetHeader(request, session, spec):\n"
               "    request.add_header('X-Bench', '1')\n"
               "    return request, session\n");
        bundle(QStringLiteral("lua"), QStringLiteral("plugin.lua"), "lua",
               "function SetHeader(request, session, spec)\n"
               "  tyk.req.set_header('X-Bench', '1')\n"
               "  return request, session\n"
               "end\n");
        bundle(QStringLiteral("js"), QStringLiteral("plugin.js"), "javascript",
               "var SetHeader = new TykJS.TykMiddleware.NewMiddleware({});\n"
               "SetHeader.NewProcessRequest(function (request, session, config) {\n"
               "    request.SetHeaders['X-Bench'] = '1';\n"
               "    return SetHeader.ReturnData(request, {});\n"
               "});\n");
        engine.plugins().addDriver(
            std::make_unique<Plugin::PythonDriver>(&engine, Plugin::PythonDriverOptions{}));
        engine.plugins().addDriver(std::make_unique<Plugin::LuaDriver>(&engine));
        engine.plugins().addDriver(
            std::make_unique<Plugin::JsDriver>(&engine, Plugin::JsDriverOptions{}));
        Bundle::BundleSourceOptions options;
        options.bundlesDir = bundles.path();
        options.cacheDir = cache.path();
        engine.plugins().setBundleOptions(options);
        QList<Api::ApiDefinition> apis{EngineFixture::api(QStringLiteral("keyless"), true)};
        for (const char *name : {"py", "lua", "js"}) {
            Api::ApiDefinition a = EngineFixture::api(QString::fromLatin1(name), true);
            a.customMiddlewareBundle = QString::fromLatin1(name);
            apis.append(a);
        }
        const auto problems = engine.setApis(apis);
        if (!problems.isEmpty())
            qFatal("bench: %s", qPrintable(problems.first().toString()));
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

void runHookChain(benchmark::State &state, const QByteArray &target)
{
    static HookChainFixture f;
    Http::HttpRequest r = request();
    r.target = target;
    if (f.send(r) != 200)
        state.SkipWithError("request did not succeed");
    for (auto _ : state)
        benchmark::DoNotOptimize(f.send(r));
    state.SetItemsProcessed(state.iterations());
}

void BM_HookChainNone(benchmark::State &state)
{
    runHookChain(state, "/keyless/get");
}
BENCHMARK(BM_HookChainNone);

void BM_HookChainPython(benchmark::State &state)
{
    runHookChain(state, "/py/get");
}
BENCHMARK(BM_HookChainPython);

void BM_HookChainLua(benchmark::State &state)
{
    runHookChain(state, "/lua/get");
}
BENCHMARK(BM_HookChainLua);

void BM_HookChainJavaScript(benchmark::State &state)
{
    runHookChain(state, "/js/get");
}
BENCHMARK(BM_HookChainJavaScript);
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
