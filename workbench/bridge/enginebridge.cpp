// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/bridge/enginebridge.h"

#include "core/engine/httpfront.h"

#include "core/api/apidefinition.h"
#include "core/common/iclock.h"
#include "core/common/iclockcontrol.h"
#include "core/common/untrustedjson.h"
#include "core/engine/engine.h"
#include "core/engine/isessioninspector.h"
#include "core/engine/istepdebugger.h"
#include "core/session/sessionstate.h"
#include "core/setup/enginesetup.h"

#include <memory>
#include <optional>

namespace Hb::Ui {

namespace {
// A reply and the exchange it belongs to, measured on the engine thread.
struct Delivery
{
    quint64 exchangeId = 0;
    Http::HttpResponse response;
    double elapsedMs = 0;
};

// The session cache and the clock it is read against, as one snapshot.
struct CacheSnapshot
{
    QList<Engine::SessionCacheEntry> entries;
    qint64 nowSecs = 0;
    qint64 offsetSecs = 0;
    bool paused = false;
};

// A session object parsed from what the user typed; nullopt when it is not one.
std::optional<Session::SessionState> parseSession(const QByteArray &json)
{
    nlohmann::json parsed =
        parseUntrustedJsonOrDiscarded(std::string_view(json.constData(), json.size()));
    if (parsed.is_discarded() || !parsed.is_object())
        return std::nullopt;
    return Session::SessionState(std::move(parsed));
}

QString errorText(const Result<void> &r)
{
    return r ? QString() : r.error().message;
}

// What the GUI shows of `api`, made on the engine's side so the GUI never sees its JSON.
ApiSummary summarize(const Api::ApiDefinition &api)
{
    ApiSummary summary;
    summary.apiId = api.apiId;
    summary.orgId = api.orgId;
    summary.name = api.name;
    summary.listenPath = api.listenPath;
    summary.targetUrl = api.targetUrl;
    summary.sourceFile = api.sourceFile;
    summary.useKeyless = api.useKeyless;
    summary.useStandardAuth = api.useStandardAuth;
    summary.customPluginAuthEnabled = api.customPluginAuthEnabled;
    // `replace`: a string that is not UTF-8 must not throw out of the engine thread.
    summary.definitionText = QString::fromStdString(
        api.raw.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return summary;
}

QList<ApiSummary> summarize(const QList<Api::ApiDefinition> &apis)
{
    QList<ApiSummary> out;
    out.reserve(apis.size());
    for (const Api::ApiDefinition &api : apis)
        out.append(summarize(api));
    return out;
}
} // namespace

EngineBridge::EngineBridge(Setup::EngineSetup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_engine(setup.engine())
    , m_debugger(setup.engine().stepDebugger())
    , m_inspector(setup.engine().sessionInspector())
    , m_clock(setup.clockControl())
    , m_pluginDebug(setup.options().pluginDebug)
{
    m_prebuild.setMaxThreadCount(1); // reloads keep their order
    qRegisterMetaType<Hb::Http::HttpResponse>();
    qRegisterMetaType<QList<Hb::Trace::TraceEvent>>();
    qRegisterMetaType<QList<Hb::Engine::SessionCacheEntry>>();
    qRegisterMetaType<Hb::Api::Diagnostics>();
    qRegisterMetaType<QList<Hb::Engine::PausedExchange>>();
    qRegisterMetaType<Hb::Bundle::BundleProgress>();
    m_apis = summarize(m_engine.apis()); // before the engine leaves this thread
    for (const ApiSummary &api : std::as_const(m_apis))
        m_phaseNames.insert(api.apiId, m_debugger.phaseNames(api.apiId));
    // Bundle progress crosses to the GUI thread thinned out: a big zip reports every 64 KiB.
    QPointer<EngineBridge> self(this);
    auto lastSent = std::make_shared<QElapsedTimer>();
    setup.setBundleProgressListener([self, lastSent](const Bundle::BundleProgress &progress) {
        const bool stageEdge = progress.done == 0 || progress.done == progress.total;
        if (!stageEdge && lastSent->isValid() && lastSent->elapsed() < 50)
            return;
        lastSent->start();
        QMetaObject::invokeMethod(
            self,
            [self, progress] {
                if (self)
                    Q_EMIT self->bundleProgress(progress);
            },
            Qt::QueuedConnection);
    });
    // Attached before the move, so the first request is already traced.
    m_engine.trace().attach(&m_batcher);
    m_thread.setObjectName(QStringLiteral("engine"));
    setup.moveToThread(&m_thread);
    m_thread.start();
    // 30 ms batches keep the timeline fluid without a model reset per event.
    m_drainTimer.setInterval(30);
    connect(&m_drainTimer, &QTimer::timeout, this, &EngineBridge::drainTrace);
    m_drainTimer.start();
}

EngineBridge::~EngineBridge()
{
    m_drainTimer.stop();
    Engine::Engine *engine = &m_engine;
    QMetaObject::invokeMethod(
        engine,
        [this] {
            delete m_front;
            m_front = nullptr;
        },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        engine, [engine] { engine->stopTimers(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait(); // shutdown only: the engine thread is idle or finishing one callback
    m_engine.trace().detach(&m_batcher);
}

void EngineBridge::onEngine(std::function<void()> work)
{
    QMetaObject::invokeMethod(&m_engine, std::move(work), Qt::QueuedConnection);
}

void EngineBridge::onEngineAfterReloads(std::function<void()> work)
{
    // While a reload waits for its Go builds, requests sent later wait behind it, so one sent
    // right after a save runs against what was saved, as when builds ran on the engine.
    if (m_prebuildsPending > 0) {
        m_heldForReload.push_back(std::move(work));
        return;
    }
    onEngine(std::move(work));
}

quint64 EngineBridge::send(const Http::HttpRequest &request)
{
    const quint64 tag = ++m_lastTag;
    Engine::Engine *engine = &m_engine;
    roundTrip<Delivery>(
        [engine, request](std::function<void(Delivery)> reply) {
            QElapsedTimer timer;
            timer.start();
            // The reply may come before submit() returns the exchange id; it waits here
            // until both are known. Everything in here runs on the engine thread.
            struct Pending
            {
                bool submitted = false;
                std::optional<Delivery> delivery;
            };
            auto pending = std::make_shared<Pending>();
            auto exchangeId = std::make_shared<quint64>(0);
            const quint64 id = engine->submit(
                request, [pending, exchangeId, reply, timer](const Http::HttpResponse &r) {
                    Delivery d{0, r, double(timer.nsecsElapsed()) / 1e6};
                    if (!pending->submitted) {
                        pending->delivery = std::move(d);
                        return;
                    }
                    d.exchangeId = *exchangeId;
                    reply(std::move(d));
                });
            *exchangeId = id;
            pending->submitted = true;
            if (pending->delivery) {
                pending->delivery->exchangeId = id;
                reply(std::move(*pending->delivery));
            }
        },
        [this, tag](Delivery d) {
            QPointer<EngineBridge> self(this);
            Q_EMIT exchangeIdentified(tag, d.exchangeId);
            if (self) // a slot may have closed the window
                Q_EMIT replyReceived(tag, d.response, d.elapsedMs);
        },
        Order::AfterPendingReloads);
    return tag;
}

void EngineBridge::refreshSessionCache()
{
    Engine::ISessionInspector *inspector = &m_inspector;
    IClockControl *clock = &m_clock;
    roundTrip<CacheSnapshot>(
        [inspector, clock](std::function<void(CacheSnapshot)> reply) {
            reply({inspector->entries(), inspector->nowSecs(), clock->offsetSecs(),
                   clock->isPaused()});
        },
        [this](CacheSnapshot c) {
            Q_EMIT sessionCacheUpdated(c.entries, c.nowSecs, c.offsetSecs, c.paused);
        });
}

void EngineBridge::clockCommand(std::function<void(IClockControl &)> command)
{
    IClockControl *clock = &m_clock;
    onEngine([clock, command = std::move(command)] { command(*clock); });
    refreshSessionCache(); // queued behind the command
}

void EngineBridge::moveClock(qint64 seconds)
{
    clockCommand([seconds](IClockControl &clock) { clock.advanceSecs(seconds); });
}

void EngineBridge::setClockPaused(bool paused)
{
    clockCommand([paused](IClockControl &clock) { clock.setPaused(paused); });
}

void EngineBridge::resetClock()
{
    clockCommand([](IClockControl &clock) {
        clock.setPaused(false);
        clock.setOffsetSecs(0);
    });
}

void EngineBridge::readSession(const QString &storageKey)
{
    Engine::ISessionInspector *inspector = &m_inspector;
    using Read = std::pair<QByteArray, QString>; // the session's JSON, or an error
    roundTrip<Read>(
        [inspector, storageKey](std::function<void(Read)> reply) {
            inspector->readSession(storageKey, [storageKey, reply](auto r) {
                if (!r)
                    reply({{}, r.error().message});
                else if (!r->has_value())
                    reply({{}, tr("No session is stored under %1.").arg(storageKey)});
                else
                    reply({QByteArray::fromStdString((*r)->json().dump(2)), {}});
            });
        },
        [this, storageKey](Read read) { Q_EMIT sessionRead(storageKey, read.first, read.second); });
}

void EngineBridge::writeSession(const QString &storageKey, const QByteArray &json)
{
    // Checked here so a typo is reported without a trip to the engine.
    std::optional<Session::SessionState> session = parseSession(json);
    if (!session) {
        QMetaObject::invokeMethod(
            this,
            [this, storageKey] {
                Q_EMIT sessionWritten(storageKey, tr("A session is a JSON object."));
            },
            Qt::QueuedConnection);
        return;
    }
    Engine::ISessionInspector *inspector = &m_inspector;
    roundTrip<QString>(
        [inspector, storageKey, session = std::move(*session)](std::function<void(QString)> reply) {
            inspector->writeSession(storageKey, session,
                                    [reply](Result<void> r) { reply(errorText(r)); });
        },
        [this, storageKey](QString error) { Q_EMIT sessionWritten(storageKey, error); });
    refreshSessionCache();
}

void EngineBridge::evictSession(const QString &storageKey)
{
    evictCommand([storageKey](Engine::ISessionInspector &inspector, auto done) {
        inspector.evictSession(storageKey, std::move(done));
    });
}

void EngineBridge::evictAllSessions()
{
    evictCommand([](Engine::ISessionInspector &inspector, auto done) {
        inspector.evictAllSessions(std::move(done));
    });
}

void EngineBridge::evictCommand(Eviction command)
{
    Engine::ISessionInspector *inspector = &m_inspector;
    roundTrip<QString>(
        [inspector, command = std::move(command)](std::function<void(QString)> reply) {
            command(*inspector, [reply](Result<void> r) { reply(errorText(r)); });
        },
        [this](QString error) {
            QPointer<EngineBridge> self(this);
            Q_EMIT sessionEvicted(error);
            if (self)
                refreshSessionCache();
        });
}

QString EngineBridge::appsDir() const
{
    return m_setup.options().appsDir;
}

QString EngineBridge::bundlesDir() const
{
    return m_setup.options().bundlesDir;
}

namespace {
// What a reload brings back to the GUI thread.
struct Reloaded
{
    QString error;
    Api::Diagnostics diagnostics;
    QList<ApiSummary> apis;
    QHash<QString, QStringList> phaseNames;
};
} // namespace

void EngineBridge::listen(const QString &host, quint16 port)
{
    Engine::Engine *engine = &m_engine;
    QPointer<EngineBridge> self(this);
    onEngine([self, engine, host, port, this] {
        // `this` outlives every engine callback: its destructor waits for the engine thread.
        auto *front = new Engine::HttpFront(*engine);
        const QHostAddress address(host == u"localhost" ? QStringLiteral("127.0.0.1") : host);
        QString note;
        Result<void> listening = address.isNull()
                                     ? Result<void>(makeError(ErrorCode::InvalidInput,
                                                              QStringLiteral("\"%1\" is not an IP "
                                                                             "address")
                                                                  .arg(host)))
                                     : front->listen(address, port);
        if (!listening && !address.isNull() && port != 0) {
            // Another gateway (or Tyk) has the port: take any free one and say so.
            note = tr("Port %1 is busy (%2); listening on a free port instead.")
                       .arg(port)
                       .arg(listening.error().message);
            listening = front->listen(address, 0);
        }
        QString url;
        if (listening) {
            const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
                                      ? u'[' + address.toString() + u']'
                                      : address.toString();
            url = QStringLiteral("http://%1:%2").arg(shown).arg(front->port());
        } else {
            note =
                tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(listening.error().message);
            delete front;
            front = nullptr;
        }
        delete m_front; // touched on the engine thread only (the destructor deletes it there)
        m_front = front;
        QMetaObject::invokeMethod(
            self,
            [self, url, note] {
                if (self)
                    Q_EMIT self->listening(url, note);
            },
            Qt::QueuedConnection);
    });
}

void EngineBridge::setPluginDebug(bool on)
{
    if (on == m_pluginDebug)
        return;
    m_pluginDebug = on;
    // The engine switches when the debug builds are ready (reloadOnEngine): until then the
    // Go plugins it has keep serving.
    reload();
}

void EngineBridge::reload()
{
    ++m_loadsRunning;
    Q_EMIT loadStarted();
    // Commands held behind an earlier reload that is still building stay before this one.
    if (m_prebuildsPending > 0)
        m_heldForReload.push_back(nullptr);
    ++m_prebuildsPending;
    // Go plugin sources are compiled here first, off the engine thread, which keeps serving
    // with the plugins it has; the reload then finds the builds in the cache.
    Setup::EngineSetup *setup = &m_setup;
    const bool debug = m_pluginDebug;
    QPointer<EngineBridge> self(this);
    m_prebuild.start([self, setup, debug] {
        setup->prebuildGoPlugins(debug);
        QMetaObject::invokeMethod(
            self,
            [self, debug] {
                if (self)
                    self->reloadOnEngine(debug);
            },
            Qt::QueuedConnection);
    });
}

void EngineBridge::reloadOnEngine(bool pluginDebug)
{
    // This reload's place in the held commands (a null entry), then the reload, then what
    // was sent after it, up to the next reload's place.
    if (!m_heldForReload.empty() && !m_heldForReload.front())
        m_heldForReload.pop_front();
    --m_prebuildsPending;
    Setup::EngineSetup *setup = &m_setup;
    Engine::IStepDebugger *debugger = &m_debugger;
    QPointer<EngineBridge> self(this);
    auto reply = [self](Reloaded r) {
        QMetaObject::invokeMethod(
            self,
            [self, r = std::move(r)] {
                if (!self)
                    return;
                self->m_phaseNames = r.phaseNames;
                self->m_apis = r.apis;
                --self->m_loadsRunning;
                Q_EMIT self->reloaded(r.error, r.diagnostics);
            },
            Qt::QueuedConnection);
    };
    onEngine([setup, debugger, pluginDebug, reply] {
        setup->setPluginDebug(pluginDebug);
        const Result<void> r = setup->reload();
        Reloaded out{r ? QString() : r.error().toString(),
                     setup->diagnostics(),
                     summarize(setup->engine().apis()),
                     {}};
        // Plugin hooks may have come or gone: breakpoints offer the new phase names.
        for (const ApiSummary &api : std::as_const(out.apis))
            out.phaseNames.insert(api.apiId, debugger->phaseNames(api.apiId));
        reply(std::move(out));
    });
    while (!m_heldForReload.empty() && m_heldForReload.front()) {
        onEngine(std::move(m_heldForReload.front()));
        m_heldForReload.pop_front();
    }
}

void EngineBridge::debuggerCommand(std::function<void(Engine::IStepDebugger &)> command)
{
    Engine::IStepDebugger *debugger = &m_debugger;
    roundTrip<QList<Engine::PausedExchange>>(
        [debugger,
         command = std::move(command)](std::function<void(QList<Engine::PausedExchange>)> reply) {
            if (command)
                command(*debugger);
            reply(debugger->pausedExchanges());
        },
        [this](QList<Engine::PausedExchange> paused) { Q_EMIT pausedExchangesUpdated(paused); });
}

void EngineBridge::setBreakpoints(const QList<Engine::Breakpoint> &breakpoints)
{
    debuggerCommand([breakpoints](Engine::IStepDebugger &debugger) {
        debugger.clearBreakpoints();
        for (const Engine::Breakpoint &bp : breakpoints)
            debugger.addBreakpoint(bp);
    });
}

void EngineBridge::refreshPausedExchanges()
{
    debuggerCommand({});
}

void EngineBridge::resume(quint64 id)
{
    debuggerCommand([id](Engine::IStepDebugger &debugger) { debugger.resume(id); });
}

void EngineBridge::step(quint64 id)
{
    debuggerCommand([id](Engine::IStepDebugger &debugger) { debugger.step(id); });
}

void EngineBridge::abort(quint64 id)
{
    debuggerCommand([id](Engine::IStepDebugger &debugger) { debugger.abort(id); });
}

void EngineBridge::editPausedRequest(quint64 id, const Http::HttpRequest &request)
{
    debuggerCommand([id, request](Engine::IStepDebugger &debugger) {
        debugger.editPausedRequest(id, request);
    });
}

void EngineBridge::revertPausedRequest(quint64 id)
{
    debuggerCommand([id](Engine::IStepDebugger &debugger) { debugger.revertPausedRequest(id); });
}

void EngineBridge::editPausedSession(quint64 id, const QByteArray &json)
{
    // The editor has checked the text; what is not a session object changes nothing.
    debuggerCommand([id, session = parseSession(json)](Engine::IStepDebugger &debugger) {
        if (session)
            debugger.editPausedSession(id, *session);
    });
}

void EngineBridge::drainTrace()
{
    QList<Trace::TraceEvent> events = m_batcher.take();
    if (!events.isEmpty())
        Q_EMIT traceBatch(events);
}

} // namespace Hb::Ui
