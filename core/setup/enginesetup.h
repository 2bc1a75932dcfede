// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/diagnostic.h"
#include "core/api/gatewayconfig.h"
#include "core/common/result.h"
#include "core/setup/engineoptions.h"
#include "core/policy/policystore.h"
#include "core/bundle/bundleresolver.h"

#include <QString>

class QThread;

#include <memory>
#include <optional>

namespace Hb {
class IClockControl;
class SystemClock;
} // namespace Hb
namespace Hb::Session {
class ISessionStore;
}
namespace Hb::Engine {
class Engine;
}
namespace Hb::GatewayApi {
class GatewayApi;
}
namespace Hb::Plugin {
class IPluginDataStore;
class IGrpcServerMonitor;
class GrpcDriver;
struct GoDriverOptions;
} // namespace Hb::Plugin

namespace Hb::Setup {

// The composition root shared by hookbench-cli and hookbench: reads the configuration,
// creates the clock, the session store and the engine, and loads the API definitions.
// Owns everything it creates; the engine lives on the calling thread.
class EngineSetup
{
public:
    ~EngineSetup();
    // Fails (exit code 2 for the CLI) on an unreadable config or apps directory, or an
    // unsupported store. Bad API definitions are reported in diagnostics() and skipped.
    static Result<std::unique_ptr<EngineSetup>> create(const EngineOptions &options);

    Engine::Engine &engine() { return *m_engine; }
    SystemClock &clock() { return *m_clock; }
    // Moves the engine clock (the Gateway API's /hookbench/clock, the inspector's buttons);
    // engine thread, like the engine.
    IClockControl &clockControl();
    const Api::GatewayConfig &config() const { return m_config; }
    const Api::Diagnostics &diagnostics() const { return m_diagnostics; }
    // Settings that work as in Tyk but deserve a word at start (an open or default Gateway
    // API secret); kept apart from diagnostics(), which are about the files loaded.
    const Api::Diagnostics &configWarnings() const { return m_configWarnings; }
    // Plugins built for a debugger from the next reload on, or no longer (the GUI's switch;
    // --plugin-debug sets it at the start). On the engine thread.
    void setPluginDebug(bool on);
    // Builds the Go plugin sources the definitions in the apps folder name (not bundles')
    // into the cache the Go driver reads, so the reload that follows does not compile on the
    // engine thread; any thread (builds of the same sources may run side by side). Returns the
    // sources built or found built. `pluginDebug`: as setPluginDebug() says now.
    QStringList prebuildGoPlugins(bool pluginDebug) const;
    // The options it was created with (fixed after create(); safe to read from any thread).
    const EngineOptions &options() const { return m_options; }
    // The session store in use: "memory", or the redis:// URL from --store or tyk.conf's
    // `storage` (its password replaced by "***").
    QString storeDescription() const;
    // HOST and PORT to listen on (--listen, else the config's listen_address/listen_port;
    // loopback unless an address is given).
    QString listenHost() const { return m_listenHost; }
    quint16 listenPort() const { return m_listenPort; }
    // The gRPC plugin server's status (any thread); null without coprocess_grpc_server.
    const Plugin::IGrpcServerMonitor *grpcServerMonitor() const;

    // Moves everything that runs on the engine thread (the engine, and the Redis store when
    // one is used) to `thread`. Call once, right after create(), before any request.
    void moveToThread(QThread *thread);

    // Re-reads the API definitions and policies from disk and swaps them in (Tyk's
    // /tyk/reload). Bad definitions are skipped and listed in diagnostics(); a broken
    // policies file fails the reload and keeps the old set.
    Result<void> reload();

    // Hears the bundles of every later load (reload()) being hashed, unpacked and verified,
    // on the thread that loads them. Call before moveToThread() or on the engine thread.
    void setBundleProgressListener(Bundle::BundleProgressListener listener);

private:
    EngineSetup() = default;
    // The steps of create(), in order.
    // The config file, then the options that override it (secret, policies, listen).
    Result<void> readSettings(const EngineOptions &options);
    // The clock, the session store and the plugins' data stores (--store).
    Result<void> createStores(const EngineOptions &options);
    // The engine with its policies, plugin drivers and APIs, and the Gateway API on it.
    void createEngine(Policy::PolicyStore policies, const QList<Api::ApiDefinition> &apis);
    void addPluginDrivers();
    void addGrpcDriver();
    void addGoDriver();
    // Removes unpacked bundle versions no loaded API uses (BundleCachePruner); after loads.
    void pruneBundleCache();
    Plugin::GoDriverOptions goDriverOptions() const;
    void addAnalyticsSink();
    Bundle::BundleSourceOptions bundleOptions() const;
    EngineOptions m_options;
    QString m_appsDir;
    QString m_storeUrl; // the store in use: "memory" or a redis:// URL (see EngineOptions)
    Api::GatewayConfig m_config;
    Api::Diagnostics m_diagnostics;
    Api::Diagnostics m_configWarnings;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<IClockControl> m_clockControl;
    std::unique_ptr<Session::ISessionStore> m_store;
    // Tyk's local session cache over m_store (unless tyk.conf turns it off); the engine's store.
    std::unique_ptr<Session::ISessionStore> m_cachedStore;
    std::shared_ptr<Plugin::IPluginDataStore> m_pluginData; // store_data / get_data
    std::shared_ptr<Plugin::IPluginDataStore> m_jsStorage;  // goja's TykStorage*
    std::unique_ptr<Engine::Engine> m_engine;
    Plugin::GrpcDriver *m_grpcDriver = nullptr; // owned by the engine's PluginHost
    std::unique_ptr<GatewayApi::GatewayApi> m_gatewayApi;
    QString m_listenHost = QStringLiteral("127.0.0.1");
    quint16 m_listenPort = 8080;
    Bundle::BundleProgressListener m_bundleProgress;
};

// The policies named by --policies, else tyk.conf's policies.policy_path or
// policy_record_name (relative to the config file); an empty set when none is configured.
// A broken file is an error with its FILE:LINE:COLUMN.
Result<Policy::PolicyStore> loadPolicies(const EngineOptions &options,
                                         const Api::GatewayConfig &config);

// Parses "HOST:PORT" ("[::1]:8080" for IPv6).
Result<std::pair<QString, quint16>> parseHostPort(const QString &text);

// Checks a session store as --store takes it: "memory" or
// redis://[[USER]:PASSWORD@]HOST[:PORT][/DB].
Result<void> checkStoreUrl(const QString &store);

} // namespace Hb::Setup
