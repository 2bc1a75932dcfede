// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"
#include "core/bundle/bundleprogress.h"
#include "core/engine/breakpoint.h"
#include "core/engine/pausedexchange.h"
#include "core/engine/sessioncacheentry.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/trace/traceevent.h"
#include "workbench/bridge/tracebatcher.h"
#include "workbench/models/apisummary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>

namespace Hb {
class IClockControl;
}
namespace Hb::Engine {
class Engine;
class HttpFront;
class IStepDebugger;
class ISessionInspector;
} // namespace Hb::Engine
namespace Hb::Setup {
class EngineSetup;
}

namespace Hb::Ui {

// The GUI's side of the engine: runs the engine on its own thread, sends requests to it with
// queued calls and brings replies and trace batches back as signals on the GUI thread. The
// GUI thread never waits on the engine. It talks to the engine through its faces: the engine
// itself for requests and reloads, the step debugger, the session inspector and the clock
// control; every command is one round trip through roundTrip().
class EngineBridge : public QObject
{
    Q_OBJECT
public:
    // Takes the engine of `setup` (not owned) onto a new engine thread.
    explicit EngineBridge(Setup::EngineSetup &setup, QObject *parent = nullptr);
    // Stops the engine thread (at shutdown) and detaches the trace sink.
    ~EngineBridge() override;

    // The API definitions as last loaded, summarized where the engine runs (a snapshot for
    // the GUI thread, replaced just before reloaded() is emitted).
    const QList<ApiSummary> &apis() const { return m_apis; }
    // Runs `request` through Engine::submit; replyReceived(tag, ...) follows with the tag
    // returned here.
    quint64 send(const Http::HttpRequest &request);

    // Asks the engine for the ID-extractor cache; sessionCacheUpdated follows.
    void refreshSessionCache();
    // Moves the engine clock by `seconds` (the inspector's "jump forward").
    void moveClock(qint64 seconds);
    // Freezes the engine clock or lets it run on from where it stood.
    void setClockPaused(bool paused);
    // Back to real time, running.
    void resetClock();
    // The session stored under `storageKey`; sessionRead follows.
    void readSession(const QString &storageKey);
    // Writes `json` (a session object) back under `storageKey`; sessionWritten follows.
    void writeSession(const QString &storageKey, const QByteArray &json);
    // Evicts one cached session, or all the inspector shows; sessionCacheUpdated follows.
    void evictSession(const QString &storageKey);
    void evictAllSessions();
    // Re-reads API definitions, policies and plugin code on the engine thread (Tyk's
    // /tyk/reload), after building the Go plugin sources they name on a thread of its own
    // (the engine serves meanwhile); loadStarted() comes at once, bundleProgress() while zips
    // are unpacked, reloaded() at the end.
    void reload();
    // Listens for HTTP clients (curl, a browser, the author's own tests) on `host`:`port` on
    // the engine thread, as `serve` does: their requests run through the same engine and show
    // in the timeline, history and debugger. A busy port falls back to a free one. listening()
    // follows. Once per bridge.
    void listen(const QString &host, quint16 port);
    // Go plugins built for Delve (without optimisations; the host's pid is logged for
    // `dlv attach`), or no longer, then a reload that rebuilds them. Starts as --plugin-debug
    // says.
    void setPluginDebug(bool on);
    bool pluginDebug() const { return m_pluginDebug; }
    // Between reload() and its reloaded().
    bool isLoading() const { return m_loadsRunning > 0; }
    // Where the engine finds API definitions and bundles (the workspace's folders).
    QString appsDir() const;
    QString bundlesDir() const;

    // Step debugger. Every call is queued to the engine; the ones that can change the queue
    // of paused requests are followed by pausedExchangesUpdated with the engine's new view.
    // Phase names per API id, as loaded at start (what a breakpoint can name).
    const QHash<QString, QStringList> &phaseNames() const { return m_phaseNames; }
    // Replaces the engine's breakpoints with `breakpoints`.
    void setBreakpoints(const QList<Engine::Breakpoint> &breakpoints);
    void refreshPausedExchanges();
    void resume(quint64 id);
    void step(quint64 id);
    void abort(quint64 id);
    void editPausedRequest(quint64 id, const Http::HttpRequest &request);
    void revertPausedRequest(quint64 id);
    // `json`: the session object as text (what PausedExchange::sessionJson shows, edited).
    void editPausedSession(quint64 id, const QByteArray &json);

Q_SIGNALS:
    // The gateway's address ("http://127.0.0.1:8080"), or empty when it could not listen;
    // `note` says why, or that the asked port was busy and another was taken.
    void listening(const QString &url, const QString &note);
    void sessionCacheUpdated(const QList<Hb::Engine::SessionCacheEntry> &entries, qint64 nowSecs,
                             qint64 clockOffsetSecs, bool clockPaused);
    // `json` is the stored session, pretty-printed; empty with `error` set when there is none.
    void sessionRead(const QString &storageKey, const QByteArray &json, const QString &error);
    // `error` is empty when the session was written.
    void sessionWritten(const QString &storageKey, const QString &error);
    // `error` is empty when the eviction worked.
    void sessionEvicted(const QString &error);
    // Emitted just before replyReceived for the same tag: the engine's exchange id, the
    // `requestId` of its trace events (0 when no pipeline ran: no API matched, Gateway API).
    void exchangeIdentified(quint64 tag, quint64 exchangeId);
    // `elapsedMs`: from submit() to the reply, measured on the engine thread.
    void replyReceived(quint64 tag, const Hb::Http::HttpResponse &response, double elapsedMs);
    void traceBatch(const QList<Hb::Trace::TraceEvent> &events);
    void loadStarted();
    // A bundle being hashed, unpacked or verified (at most about every 50 ms per stage).
    void bundleProgress(const Hb::Bundle::BundleProgress &progress);
    // `error` is empty when the reload worked; `diagnostics` lists what went wrong in files.
    void reloaded(const QString &error, const Hb::Api::Diagnostics &diagnostics);
    // The requests parked at breakpoints, in arrival order.
    void pausedExchangesUpdated(const QList<Hb::Engine::PausedExchange> &exchanges);

private:
    // The engine-thread half of reload(), once the Go builds are done: the plugin debug
    // switch as it was when reload() was called, the reload, then the commands held meanwhile.
    void reloadOnEngine(bool pluginDebug);
    // Queues `work` on the engine thread once the reloads asked for so far are queued there.
    void onEngineAfterReloads(std::function<void()> work);
    enum class Order { Now, AfterPendingReloads };
    // The one way to the engine: runs `work(reply)` on the engine thread; `work` calls
    // `reply(value)` once, at once or later from an engine callback, and `answer(value)` then
    // runs on the GUI thread, unless the bridge is gone by then. Requests go AfterPendingReloads.
    template<typename T>
    void roundTrip(std::function<void(std::function<void(T)>)> work, std::function<void(T)> answer,
                   Order order = Order::Now);
    // A command with nothing to answer.
    void onEngine(std::function<void()> work);
    // Runs a debugger command on the engine thread; the paused requests come back after it.
    void debuggerCommand(std::function<void(Engine::IStepDebugger &)> command);
    // Runs a clock command on the engine thread; the session cache comes back after it.
    void clockCommand(std::function<void(IClockControl &)> command);
    // Runs an eviction on the engine thread; sessionEvicted and a refresh follow.
    using Eviction =
        std::function<void(Engine::ISessionInspector &, std::function<void(Result<void>)>)>;
    void evictCommand(Eviction command);
    void drainTrace();

    Setup::EngineSetup &m_setup;
    Engine::Engine &m_engine; // its thread runs every command
    Engine::IStepDebugger &m_debugger;
    Engine::ISessionInspector &m_inspector;
    IClockControl &m_clock;
    QThread m_thread;
    TraceBatcher m_batcher;
    QTimer m_drainTimer;
    QList<ApiSummary> m_apis;
    QHash<QString, QStringList> m_phaseNames;
    quint64 m_lastTag = 0;
    int m_loadsRunning = 0;
    bool m_pluginDebug = false;
    // Reloads whose Go builds are running, and the commands made since, which reach the engine
    // after their reload (a null entry marks where a later reload goes).
    int m_prebuildsPending = 0;
    std::deque<std::function<void()>> m_heldForReload;
    // Builds Go plugins before each reload (EngineSetup::prebuildGoPlugins). Last, so it is
    // destroyed first: its destructor waits for a build still running.
    QThreadPool m_prebuild;
    Engine::HttpFront *m_front = nullptr; // read, written and deleted on the engine thread only
};

template<typename T>
void EngineBridge::roundTrip(std::function<void(std::function<void(T)>)> work,
                             std::function<void(T)> answer, Order order)
{
    QPointer<EngineBridge> self(this);
    auto reply = [self, answer = std::move(answer)](T value) {
        QMetaObject::invokeMethod(
            self,
            [self, answer, value = std::move(value)] {
                if (self)
                    answer(value);
            },
            Qt::QueuedConnection);
    };
    auto call = [work = std::move(work), reply = std::move(reply)] { work(reply); };
    if (order == Order::AfterPendingReloads)
        onEngineAfterReloads(std::move(call));
    else
        onEngine(std::move(call));
}

} // namespace Hb::Ui
