// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/engine.h"

#include "core/common/iclock.h"
#include "core/engine/listenpathcollisions.h"
#include "core/http/httpclient.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/pipelinebuilder.h"
#include "core/plugin/pluginhost.h"
#include "core/session/isessionstore.h"
#include "core/upstream/echoupstream.h"
#include "core/upstream/httpupstream.h"
#include "core/upstream/upstreamrouter.h"

#include <QTimer>

namespace Hb::Engine {

Engine::Engine(const IClock &clock, Session::ISessionStore &store, Api::GatewayConfig config,
               QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(store)
    , m_config(std::move(config))
    , m_httpClient(new Http::HttpClient(this))
    , m_echo(std::make_unique<Upstream::EchoUpstream>())
    , m_httpUpstream(std::make_unique<Upstream::HttpUpstream>(*m_httpClient))
    , m_upstreams(std::make_unique<Upstream::UpstreamRouter>())
    , m_debugger(m_inFlight, m_runner, m_router)
    , m_sessionRules(clock, m_config, m_policies)
    , m_rateLimiter(clock)
    , m_analytics(m_config, clock, m_trace)
    , m_runner(clock, m_trace, store)
    , m_plugins(std::make_unique<Plugin::PluginHost>())
    , m_cacheMonitor(clock, m_trace)
    , m_inspector(m_cacheMonitor, store, clock, m_sessionRules)
    , m_cacheSweep(new QTimer(this))
{
    m_cacheSweep->setInterval(1000);
    connect(m_cacheSweep, &QTimer::timeout, this, [this] { m_cacheMonitor.sweep(); });
    m_cacheSweep->start();
    m_store.setEventSink(this);
    m_upstreams->addScheme(QStringLiteral("http"), m_httpUpstream.get());
    m_upstreams->addScheme(QStringLiteral("hookbench"), m_echo.get());
    m_runner.setGate(&m_debugger.gate());
    m_runner.setAnalyticsRecorder(&m_analytics);
    m_runner.setErrorReplyOptions({m_config.hideGeneratorHeader, m_config.closeConnections});
    m_runner.setSessionLifetimeDefaults(m_sessionRules.lifetimeOptions());
}

Engine::~Engine()
{
    m_store.setEventSink(nullptr);
    // Drop exchanges first: their pending completions must find nothing to resume.
    m_inFlight.clear();
    // Pipelines hold plugin modules, which need their drivers (in m_plugins).
    m_router = ApiRouter();
}

Api::Diagnostics Engine::setApis(const QList<Api::ApiDefinition> &apis)
{
    const Pipeline::PipelineContext ctx{m_clock,
                                        m_store,
                                        *m_upstreams,
                                        m_config,
                                        m_policies,
                                        m_rateLimiter,
                                        m_sessionRules.keyHasher(),
                                        &m_cacheMonitor};
    QHash<QString, QString> previousListenPaths;
    for (const auto &served : m_router.apis())
        previousListenPaths.insert(served->definition().apiId, served->definition().listenPath);
    QList<Api::ApiDefinition> toLoad = apis;
    Api::Diagnostics diagnostics = ListenPathCollisions::resolve(toLoad, previousListenPaths);
    QList<std::shared_ptr<const Pipeline::LoadedApi>> loaded;
    loaded.reserve(toLoad.size());
    m_plugins->setVirtualPathBlobsDisabled(m_config.disableVirtualPathBlobs);
    m_plugins->beginReload();
    for (Api::ApiDefinition &api : toLoad) {
        auto binding = m_plugins->prepare(api, diagnostics);
        if (!binding) {
            Api::Diagnostic d;
            d.where = binding.error().where;
            if (d.where.file.isEmpty())
                d.where.file = api.sourceFile;
            d.message =
                QStringLiteral("API %1 is not loaded: %2").arg(api.apiId, binding.error().message);
            diagnostics.append(d);
            continue;
        }
        auto virtualEndpoints = m_plugins->prepareVirtualEndpoints(api, diagnostics);
        auto goEndpoints = m_plugins->prepareGoEndpoints(api, diagnostics);
        // After prepare(): a bundle's manifest may have named the driver.
        auto events = Pipeline::ApiEventHandlers::create(
            api, m_plugins->driverFor(api.customMiddleware.driver), diagnostics);
        loaded.append(Pipeline::PipelineBuilder::build(api, ctx, std::move(*binding),
                                                       std::move(virtualEndpoints),
                                                       std::move(events), std::move(goEndpoints)));
    }
    m_plugins->endReload();
    m_router = ApiRouter(std::move(loaded));
    return diagnostics;
}

void Engine::sessionEvent(const Session::SessionEvent &event)
{
    if (event.kind == Session::SessionEvent::Kind::StoreDown ||
        event.kind == Session::SessionEvent::Kind::StoreUp) {
        const bool available = event.kind == Session::SessionEvent::Kind::StoreUp;
        if (available != m_storeAvailable) {
            m_storeAvailable = available;
            Q_EMIT storeAvailabilityChanged(available, event.message);
        }
    }
    if (m_trace.isEmpty())
        return;
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::Session;
    e.phase = Session::toString(event.kind);
    e.message = event.message.isEmpty() ? event.key : event.message;
    e.status = int(event.ttlSecs);
    e.startNs = e.endNs = m_clock.nowNs();
    m_trace.record(e);
}

void Engine::stopTimers()
{
    m_cacheSweep->stop();
}

QList<Api::ApiDefinition> Engine::apis() const
{
    QList<Api::ApiDefinition> out;
    for (const auto &api : m_router.apis())
        out.append(api->definition());
    return out;
}

quint64 Engine::submit(Http::HttpRequest request, ReplyCallback done)
{
    if (m_control && m_control->handles(request.path())) {
        m_control->handle(request, std::move(done));
        return 0;
    }
    auto api = m_router.route(request.path());
    if (!api) {
        // Tyk's router answers unmatched paths with Go's plain 404 (proxy_muxer.go handle404).
        Http::HttpResponse notFound;
        notFound.status = 404;
        notFound.headers.add("Content-Type", "text/plain; charset=utf-8");
        notFound.body = "Not Found";
        done(notFound);
        return 0;
    }
    const quint64 id = ++m_lastId;
    auto exchange = std::make_shared<Pipeline::Exchange>(id, std::move(api), std::move(request));
    exchange->onFinished = [this, id, done = std::move(done)](const Http::HttpResponse &response) {
        done(response);
        m_inFlight.remove(id);
    };
    m_inFlight.insert(id, exchange);
    m_runner.start(exchange);
    return id;
}

void Engine::cancel(quint64 id)
{
    const auto exchange = m_inFlight.value(id);
    if (!exchange)
        return;
    exchange->onFinished = [this, id](const Http::HttpResponse &) { m_inFlight.remove(id); };
    m_runner.abort(exchange, 499, QStringLiteral("Client closed request"));
}

} // namespace Hb::Engine
