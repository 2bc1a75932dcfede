// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enginebridge.h"

#include "app/shared/enginesetup.h"
#include "core/common/iclock.h"
#include "core/common/untrustedjson.h"
#include "core/engine/engine.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Hb::Ui {

EngineBridge::EngineBridge(App::EngineSetup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
    qRegisterMetaType<Hb::Http::HttpResponse>();
    qRegisterMetaType<QList<Hb::Trace::TraceEvent>>();
    qRegisterMetaType<QList<Hb::Engine::SessionCacheEntry>>();
    qRegisterMetaType<Hb::Api::Diagnostics>();
    qRegisterMetaType<QList<Hb::Engine::PausedExchange>>();
    qRegisterMetaType<Hb::Bundle::BundleProgress>();
    m_apis = setup.engine().apis(); // before the engine leaves this thread
    for (const Api::ApiDefinition &api : std::as_const(m_apis))
        m_phaseNames.insert(api.apiId, setup.engine().phaseNames(api.apiId));
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
    setup.engine().trace().attach(&m_batcher);
    m_thread.setObjectName(QStringLiteral("engine"));
    setup.moveToThread(&m_thread);
    m_thread.start();
    // 30 ms batches keep the timeline fluid without a model reset per event (STYLE.md).
    m_drainTimer.setInterval(30);
    connect(&m_drainTimer, &QTimer::timeout, this, &EngineBridge::drainTrace);
    m_drainTimer.start();
}

EngineBridge::~EngineBridge()
{
    m_drainTimer.stop();
    Engine::Engine *engine = &m_setup.engine();
    QMetaObject::invokeMethod(
        engine, [engine] { engine->stopTimers(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait(); // shutdown only: the engine thread is idle or finishing one callback
    m_setup.engine().trace().detach(&m_batcher);
}

quint64 EngineBridge::send(const Http::HttpRequest &request)
{
    const quint64 tag = ++m_lastTag;
    Engine::Engine *engine = &m_setup.engine();
    QPointer<EngineBridge> self(this);
    QMetaObject::invokeMethod(
        engine,
        [engine, request, tag, self] {
            QElapsedTimer timer;
            timer.start();
            // The reply may come before submit() returns the exchange id; it waits here
            // until both are known. Everything below runs on the engine thread.
            struct Pending
            {
                quint64 exchangeId = 0;
                bool submitted = false;
                std::optional<Http::HttpResponse> response;
                double elapsed = 0;
            };
            auto pending = std::make_shared<Pending>();
            auto deliver = [tag, self](quint64 id, const Http::HttpResponse &response,
                                       double elapsed) {
                // Back to the GUI thread; dropped if the window went away meanwhile.
                QMetaObject::invokeMethod(
                    self,
                    [self, tag, id, response, elapsed] {
                        if (!self)
                            return;
                        Q_EMIT self->exchangeIdentified(tag, id);
                        if (self)
                            Q_EMIT self->replyReceived(tag, response, elapsed);
                    },
                    Qt::QueuedConnection);
            };
            const quint64 id =
                engine->submit(request, [pending, deliver, timer](const Http::HttpResponse &r) {
                    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
                    if (pending->submitted) {
                        deliver(pending->exchangeId, r, elapsed);
                    } else {
                        pending->response = r;
                        pending->elapsed = elapsed;
                    }
                });
            pending->exchangeId = id;
            pending->submitted = true;
            if (pending->response)
                deliver(id, *pending->response, pending->elapsed);
        },
        Qt::QueuedConnection);
    return tag;
}

void EngineBridge::refreshSessionCache()
{
    Engine::Engine *engine = &m_setup.engine();
    QPointer<EngineBridge> self(this);
    QMetaObject::invokeMethod(
        engine,
        [engine, self] {
            const auto entries = engine->sessionCacheEntries();
            const qint64 now = engine->clock().nowSecs();
            const qint64 offset = engine->clockOffsetSecs();
            const bool paused = engine->clockPaused();
            QMetaObject::invokeMethod(
                self,
                [self, entries, now, offset, paused] {
                    if (self)
                        Q_EMIT self->sessionCacheUpdated(entries, now, offset, paused);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EngineBridge::clockCommand(std::function<void(Engine::Engine &)> command)
{
    Engine::Engine *engine = &m_setup.engine();
    QMetaObject::invokeMethod(
        engine, [engine, command = std::move(command)] { command(*engine); }, Qt::QueuedConnection);
    refreshSessionCache(); // queued behind the command
}

void EngineBridge::moveClock(qint64 seconds)
{
    clockCommand([seconds](Engine::Engine &engine) { engine.advanceClockSecs(seconds); });
}

void EngineBridge::setClockPaused(bool paused)
{
    clockCommand([paused](Engine::Engine &engine) { engine.setClockPaused(paused); });
}

void EngineBridge::resetClock()
{
    clockCommand([](Engine::Engine &engine) {
        engine.setClockPaused(false);
        engine.setClockOffsetSecs(0);
    });
}

void EngineBridge::readSession(const QString &storageKey)
{
    Engine::Engine *engine = &m_setup.engine();
    QPointer<EngineBridge> self(this);
    QMetaObject::invokeMethod(
        engine,
        [engine, self, storageKey] {
            engine->readSession(storageKey, [self, storageKey](auto r) {
                QByteArray json;
                QString error;
                if (!r)
                    error = r.error().message;
                else if (!r->has_value())
                    error = tr("No session is stored under %1.").arg(storageKey);
                else
                    json = QByteArray::fromStdString((*r)->json().dump(2));
                QMetaObject::invokeMethod(
                    self,
                    [self, storageKey, json, error] {
                        if (self)
                            Q_EMIT self->sessionRead(storageKey, json, error);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void EngineBridge::writeSession(const QString &storageKey, const QByteArray &json)
{
    // Checked here so a typo is reported without a trip to the engine.
    nlohmann::json parsed =
        parseUntrustedJsonOrDiscarded(std::string_view(json.constData(), json.size()));
    if (parsed.is_discarded() || !parsed.is_object()) {
        QMetaObject::invokeMethod(
            this,
            [this, storageKey] {
                Q_EMIT sessionWritten(storageKey, tr("A session is a JSON object."));
            },
            Qt::QueuedConnection);
        return;
    }
    Engine::Engine *engine = &m_setup.engine();
    QPointer<EngineBridge> self(this);
    Session::SessionState session(std::move(parsed));
    QMetaObject::invokeMethod(
        engine,
        [engine, self, storageKey, session] {
            engine->writeSession(storageKey, session, [self, storageKey](Result<void> r) {
                const QString error = r ? QString() : r.error().message;
                QMetaObject::invokeMethod(
                    self,
                    [self, storageKey, error] {
                        if (self)
                            Q_EMIT self->sessionWritten(storageKey, error);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
    refreshSessionCache();
}

void EngineBridge::evictSession(const QString &storageKey)
{
    evictCommand([storageKey](Engine::Engine &engine, Engine::Engine::DoneCallback done) {
        engine.evictSession(storageKey, std::move(done));
    });
}

void EngineBridge::evictAllSessions()
{
    evictCommand([](Engine::Engine &engine, Engine::Engine::DoneCallback done) {
        engine.evictAllSessions(std::move(done));
    });
}

void EngineBridge::evictCommand(
    std::function<void(Engine::Engine &, Engine::Engine::DoneCallback)> command)
{
    Engine::Engine *engine = &m_setup.engine();
    QPointer<EngineBridge> self(this);
    QMetaObject::invokeMethod(
        engine,
        [engine, self, command = std::move(command)] {
            command(*engine, [self](Result<void> r) {
                const QString error = r ? QString() : r.error().message;
                QMetaObject::invokeMethod(
                    self,
                    [self, error] {
                        if (!self)
                            return;
                        Q_EMIT self->sessionEvicted(error);
                        self->refreshSessionCache();
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

QString EngineBridge::appsDir() const
{
    return m_setup.options().appsDir;
}

QString EngineBridge::bundlesDir() const
{
    return m_setup.options().bundlesDir;
}

void EngineBridge::reload()
{
    ++m_loadsRunning;
    Q_EMIT loadStarted();
    App::EngineSetup *setup = &m_setup;
    QPointer<EngineBridge> self(this);
    QMetaObject::invokeMethod(
        &m_setup.engine(),
        [setup, self] {
            const Result<void> r = setup->reload();
            const QString error = r ? QString() : r.error().toString();
            const Api::Diagnostics diagnostics = setup->diagnostics();
            // Plugin hooks may have come or gone: breakpoints offer the new phase names.
            QHash<QString, QStringList> phaseNames;
            const QList<Api::ApiDefinition> apis = setup->engine().apis();
            for (const Api::ApiDefinition &api : apis)
                phaseNames.insert(api.apiId, setup->engine().phaseNames(api.apiId));
            QMetaObject::invokeMethod(
                self,
                [self, error, diagnostics, phaseNames, apis] {
                    if (!self)
                        return;
                    self->m_phaseNames = phaseNames;
                    self->m_apis = apis;
                    --self->m_loadsRunning;
                    Q_EMIT self->reloaded(error, diagnostics);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EngineBridge::debuggerCommand(std::function<void(Engine::Engine &)> command)
{
    Engine::Engine *engine = &m_setup.engine();
    QPointer<EngineBridge> self(this);
    QMetaObject::invokeMethod(
        engine,
        [engine, self, command = std::move(command)] {
            if (command)
                command(*engine);
            const QList<Engine::PausedExchange> paused = engine->pausedExchanges();
            QMetaObject::invokeMethod(
                self,
                [self, paused] {
                    if (self)
                        Q_EMIT self->pausedExchangesUpdated(paused);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EngineBridge::setBreakpoints(const QList<Engine::Breakpoint> &breakpoints)
{
    debuggerCommand([breakpoints](Engine::Engine &engine) {
        engine.clearBreakpoints();
        for (const Engine::Breakpoint &bp : breakpoints)
            engine.addBreakpoint(bp);
    });
}

void EngineBridge::refreshPausedExchanges()
{
    debuggerCommand({});
}

void EngineBridge::resume(quint64 id)
{
    debuggerCommand([id](Engine::Engine &engine) { engine.resume(id); });
}

void EngineBridge::step(quint64 id)
{
    debuggerCommand([id](Engine::Engine &engine) { engine.step(id); });
}

void EngineBridge::abort(quint64 id)
{
    debuggerCommand([id](Engine::Engine &engine) { engine.abort(id); });
}

void EngineBridge::editPausedRequest(quint64 id, const Http::HttpRequest &request)
{
    debuggerCommand(
        [id, request](Engine::Engine &engine) { engine.editPausedRequest(id, request); });
}

void EngineBridge::revertPausedRequest(quint64 id)
{
    debuggerCommand([id](Engine::Engine &engine) { engine.revertPausedRequest(id); });
}

void EngineBridge::editPausedSession(quint64 id, const Session::SessionState &session)
{
    debuggerCommand(
        [id, session](Engine::Engine &engine) { engine.editPausedSession(id, session); });
}

void EngineBridge::drainTrace()
{
    QList<Trace::TraceEvent> events = m_batcher.take();
    if (!events.isEmpty())
        Q_EMIT traceBatch(events);
}

} // namespace Hb::Ui
