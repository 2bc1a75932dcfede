// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/enginesetup.h"

#include "core/api/apidefinitionloader.h"
#include "core/common/systemclock.h"
#include "core/common/systemclockcontrol.h"
#include "core/common/untrustedjson.h"
#include "core/engine/engine.h"
#include "core/gatewayapi/gatewayapi.h"
#include "core/analytics/redisanalyticssink.h"
#include "core/plugin/go/godriver.h"
#include "core/plugin/go/goprebuilder.h"
#include "core/bundle/bundlecachepruner.h"
#include "core/common/installeddata.h"
#include "core/plugin/grpc/grpcdriver.h"
#include "core/plugin/js/jsdriver.h"
#include "core/plugin/lua/luadriver.h"
#include "core/plugin/memoryplugindatastore.h"
#include "core/plugin/python/pythondriver.h"
#include "core/plugin/redisplugindatastore.h"
#include "core/plugin/pluginhost.h"
#include "core/policy/policystore.h"
#include "core/session/localsessioncachestore.h"
#include "core/session/memorysessionstore.h"
#include "core/session/redissessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace Hb::Setup {

namespace {
// Tyk's behaviour is kept (an empty secret lets in requests without the header; with no
// secret set, Tyk's published default works), but neither should go unnoticed.
Api::Diagnostics secretWarnings(const Api::GatewayConfig &config, const QString &configFile)
{
    Api::Diagnostic d;
    d.severity = Api::Diagnostic::Severity::Warning;
    d.where.file = configFile;
    if (config.secret.isEmpty()) {
        d.message = QStringLiteral("the Gateway API (/tyk/) is open: the secret is empty, so "
                                   "any request without an X-Tyk-Authorization header is "
                                   "let in, as in Tyk; set \"secret\" in tyk.conf or --secret");
        return {d};
    }
    if (config.secret == Api::GatewayConfig().secret) {
        d.message = QStringLiteral("the Gateway API (/tyk/) accepts Tyk's published default "
                                   "secret %1; set \"secret\" in tyk.conf or --secret")
                        .arg(config.secret);
        return {d};
    }
    return {};
}
} // namespace

EngineSetup::~EngineSetup()
{
    m_gatewayApi.reset();
    m_engine.reset();      // before the store and clock it refers to
    m_cachedStore.reset(); // before the store it caches
}

IClockControl &EngineSetup::clockControl()
{
    return *m_clockControl;
}

void EngineSetup::moveToThread(QThread *thread)
{
    m_engine->moveToThread(thread);
    if (auto *object = dynamic_cast<QObject *>(m_store.get()))
        object->moveToThread(thread);
}

void EngineSetup::setPluginDebug(bool on)
{
    m_engine->plugins().setPluginDebug(on);
}

Result<void> EngineSetup::reload()
{
    auto policies = loadPolicies(m_options, m_config);
    if (!policies)
        return policies.error();
    QList<Api::ApiDefinition> apis;
    m_diagnostics.clear();
    if (!m_appsDir.isEmpty())
        apis = Api::ApiDefinitionLoader::loadDirectory(m_appsDir, &m_diagnostics);
    m_engine->setPolicies(std::move(*policies));
    m_engine->plugins().setBundleOptions(bundleOptions());
    m_diagnostics.append(m_engine->setApis(apis));
    pruneBundleCache();
    return {};
}

void EngineSetup::pruneBundleCache()
{
    const QStringList removed = Bundle::BundleCachePruner::prune(
        bundleOptions().cacheDir, m_engine->plugins().bundleDirectories());
    if (!removed.isEmpty())
        qInfo("bundle cache: removed %lld unpacked bundle version(s) no API uses",
              qlonglong(removed.size()));
}

void EngineSetup::setBundleProgressListener(Bundle::BundleProgressListener listener)
{
    m_bundleProgress = std::move(listener);
    m_engine->plugins().setBundleOptions(bundleOptions());
}

Bundle::BundleSourceOptions EngineSetup::bundleOptions() const
{
    // Paths in tyk.conf are relative to the config file, like app_path.
    const QDir configDir =
        m_options.configFile.isEmpty() ? QDir::current() : QFileInfo(m_options.configFile).dir();
    Bundle::BundleSourceOptions b;
    b.bundlesDir = m_options.bundlesDir;
    b.bundleBaseUrl = m_config.bundleBaseUrl;
    if (!b.bundleBaseUrl.isEmpty() && !b.bundleBaseUrl.contains(u"://"))
        b.bundleBaseUrl = configDir.filePath(b.bundleBaseUrl);
    b.publicKeyPath =
        m_config.publicKeyPath.isEmpty() ? QString() : configDir.filePath(m_config.publicKeyPath);
    b.skipVerifyExisting = m_config.skipVerifyExistingPluginBundle;
    b.enableBundleDownloader = m_config.enableBundleDownloader;
    b.insecureSkipVerify = m_config.bundleInsecureSkipVerify;
    b.progress = m_bundleProgress;
    b.cacheDir = m_options.bundleCacheDir;
    if (b.cacheDir.isEmpty())
        b.cacheDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                         .filePath(QStringLiteral("hookbench/bundles"));
    return b;
}

void EngineSetup::addPluginDrivers()
{
    Plugin::PythonDriverOptions python;
    python.hookTimeoutMs = m_options.pluginTimeoutMs;
    python.childProcess = m_options.pythonChildProcess;
    python.dataStore = m_pluginData;
    python.clock = m_clock.get();
    // Plugin output also goes to the program's log, as Tyk's gateway log shows it.
    python.gatewayLog = [](const QString &level, const QString &message) {
        qInfo("[python] %s: %s", qPrintable(level), qPrintable(message));
    };
    m_engine->plugins().addDriver(
        std::make_unique<Plugin::PythonDriver>(m_engine.get(), std::move(python)));

    Plugin::LuaBudget lua;
    lua.time = std::chrono::milliseconds(m_options.pluginTimeoutMs);
    lua.clock = m_clock.get();
    m_engine->plugins().addDriver(std::make_unique<Plugin::LuaDriver>(m_engine.get(), lua));

    // JSVM (otto, javascript): tyk.conf enable_jsvm, which Hookbench turns on by default;
    // without it JS hooks answer Tyk's 500 "middleware error".
    if (m_config.enableJsvm) {
        Plugin::JsDriverOptions js;
        js.hookTimeoutMs =
            m_options.jsvmTimeoutMs > 0 ? m_options.jsvmTimeoutMs : m_config.jsvmTimeoutSecs * 1000;
        js.loadTimeoutMs = std::max(js.hookTimeoutMs, 10000);
        // As the Lua states' memory budget (LuaBudget::memoryBytes), per call.
        js.memoryCapBytes = m_options.jsvmMemoryCapBytes;
        js.storage = m_jsStorage;
        js.clock = m_clock.get();
        const auto tykJsPath = m_config.raw.find("tyk_js_path");
        if (tykJsPath != m_config.raw.end() && tykJsPath->is_string() &&
            !tykJsPath->get<std::string>().empty()) {
            const QDir configDir = m_options.configFile.isEmpty()
                                       ? QDir::current()
                                       : QFileInfo(m_options.configFile).dir();
            js.userLibraryFile =
                configDir.filePath(QString::fromStdString(tykJsPath->get<std::string>()));
        }
        // TykGetKeyData / TykSetKeyData act like the Gateway API's key endpoints.
        EngineSetup *self = this;
        js.keys.getKeyData = [self](const QString &key, const QString &apiId,
                                    std::function<void(QByteArray)> done) {
            if (!self->m_gatewayApi)
                return done("{\"status\":\"error\",\"message\":\"Key not found\"}");
            self->m_gatewayApi->keys().keyDetail(key, apiId, std::move(done));
        };
        js.keys.setKeyData = [self](const QString &key, const QByteArray &session,
                                    bool suppressReset, std::function<void(Result<void>)> done) {
            const nlohmann::json j = parseUntrustedJsonOrDiscarded(session.toStdString());
            if (!self->m_gatewayApi || !j.is_object())
                return done(makeError(ErrorCode::InvalidInput,
                                      QStringLiteral("Failed to decode the session data")));
            self->m_gatewayApi->keys().addOrUpdate(key, Session::SessionState(j), suppressReset,
                                                   std::move(done));
        };
        js.gatewayLog = [](const QString &level, const QString &message) {
            qInfo("[jsvm] %s: %s", qPrintable(level), qPrintable(message));
        };
        m_engine->plugins().addDriver(
            std::make_unique<Plugin::JsDriver>(m_engine.get(), std::move(js)));
    }
    addGrpcDriver();
    addGoDriver();
}

void EngineSetup::addAnalyticsSink()
{
    // Tyk pushes records to the Redis it stores keys in (gateway/analytics.go); with the
    // memory store they only show in the trace (the GUI's Analytics tab, serve's JSON lines).
    if (!m_config.enableAnalytics || !m_storeUrl.startsWith(u"redis://"))
        return;
    const QUrl url(m_storeUrl);
    const Api::AnalyticsConfig &a = m_config.analyticsConfig;
    Analytics::RedisAnalyticsSink::Options o;
    o.host = url.host();
    o.port = url.port(6379);
    o.database = url.path().mid(1).toInt();
    o.login = {url.userName().toUtf8(), url.password().toUtf8()};
    o.recordsBufferSize = a.recordsBufferSize;
    o.poolSize = a.poolSize;
    o.storageExpirationTime = a.storageExpirationTime;
    o.enableMultipleAnalyticsKeys = a.enableMultipleAnalyticsKeys;
    // A child of the engine: deleted after the engine's recorder that feeds it.
    auto *sink = new Analytics::RedisAnalyticsSink(o, m_engine.get());
    sink->open();
    m_engine->analytics().addSink(sink);
}

Plugin::GoDriverOptions EngineSetup::goDriverOptions() const
{
    Plugin::GoDriverOptions go;
    go.go = m_options.goCommand;
    go.sourcesDir = qEnvironmentVariable(
        "HOOKBENCH_GOPLUGIN_SOURCES",
        installedDataDir(QStringLiteral("goplugin"), QStringLiteral(HB_GOPLUGIN_SOURCE_DIR)));
    go.cacheDir = !m_options.goCacheDir.isEmpty()
                      ? m_options.goCacheDir
                      : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                            .filePath(QStringLiteral("hookbench/goplugin"));
    go.debug = m_options.pluginDebug;
    return go;
}

QStringList EngineSetup::prebuildGoPlugins(bool pluginDebug) const
{
    if (m_appsDir.isEmpty())
        return {};
    Api::Diagnostics ignored; // the reload reports them
    const QList<Api::ApiDefinition> apis =
        Api::ApiDefinitionLoader::loadDirectory(m_appsDir, &ignored);
    Plugin::GoDriverOptions go = goDriverOptions();
    go.debug = pluginDebug;
    return Plugin::GoPrebuilder(std::move(go)).prebuild(apis);
}

void EngineSetup::addGoDriver()
{
    // The driver finds the toolchain and builds its host on first use: an API without Go
    // plugins never needs Go.
    Plugin::GoDriverOptions go = goDriverOptions();
    go.gatewayLog = [](const QString &level, const QString &message) {
        qInfo("[goplugin] %s: %s", qPrintable(level), qPrintable(message));
    };
    m_engine->plugins().addDriver(
        std::make_unique<Plugin::GoDriver>(m_engine.get(), std::move(go)));
}

void EngineSetup::addGrpcDriver()
{
    // Tyk dials the gRPC server once at start when coprocess_grpc_server is set
    // (gateway/coprocess.go, CoProcessInit); a bad address leaves the driver unloaded, so
    // gRPC hooks answer 500 "Internal Server Error" (validateDriver).
    if (m_config.coprocessGrpcServer.isEmpty())
        return;
    Plugin::GrpcDriverOptions grpc;
    grpc.server = m_config.coprocessGrpcServer;
    grpc.recvMaxBytes = m_config.grpcRecvMaxSize;
    grpc.sendMaxBytes = m_config.grpcSendMaxSize;
    grpc.authority = m_config.grpcAuthority;
    grpc.roundRobin = m_config.grpcRoundRobinLoadBalancing;
    grpc.callTimeoutMs = m_options.grpcTimeoutMs;
    grpc.gatewayLog = [](const QString &level, const QString &message) {
        qInfo("[grpc] %s: %s", qPrintable(level), qPrintable(message));
    };
    auto driver = Plugin::GrpcDriver::create(m_engine.get(), std::move(grpc));
    if (!driver) {
        m_configWarnings.append(
            {Api::Diagnostic::Severity::Error,
             {m_options.configFile},
             QStringLiteral("Couldn't load gRPC dispatcher: %1").arg(driver.error().message)});
        return;
    }
    m_grpcDriver = driver->get();
    m_engine->plugins().addDriver(std::move(*driver));
}

const Plugin::IGrpcServerMonitor *EngineSetup::grpcServerMonitor() const
{
    return m_grpcDriver;
}

Result<std::pair<QString, quint16>> parseHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("--listen: \"%1\" is not a port number").arg(text.mid(colon + 1)));
    return std::pair<QString, quint16>(host, quint16(port));
}

Result<void> checkStoreUrl(const QString &store)
{
    if (store == u"memory")
        return {};
    if (!store.startsWith(u"redis://"))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("expects memory or redis://HOST:PORT[/DB], got \"%1\"").arg(store));
    const QUrl url(store);
    bool dbOk = true;
    const QString dbText = url.path().mid(1);
    if (!dbText.isEmpty())
        dbText.toInt(&dbOk);
    if (!url.isValid() || url.host().isEmpty() || !dbOk)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("expects redis://HOST:PORT[/DB], got \"%1\"")
                             .arg(url.toDisplayString(QUrl::RemovePassword)));
    return {};
}

Result<Policy::PolicyStore> loadPolicies(const EngineOptions &options,
                                         const Api::GatewayConfig &config)
{
    // --policies names a record file relative to the working directory; tyk.conf's paths are
    // relative to the config file, like app_path. Tyk prefers policy_path over
    // policy_record_name (Tyk: gateway/server.go, syncPolicies); --policies overrides both.
    const QDir configDir =
        options.configFile.isEmpty() ? QDir::current() : QFileInfo(options.configFile).dir();
    if (!options.policiesFile.isEmpty())
        return Policy::PolicyStore::loadRecordFile(options.policiesFile);
    if (!config.policyPath.isEmpty())
        return Policy::PolicyStore::loadDirectory(configDir.filePath(config.policyPath));
    if (!config.policyRecordName.isEmpty())
        return Policy::PolicyStore::loadRecordFile(configDir.filePath(config.policyRecordName));
    return Policy::PolicyStore();
}

Result<std::unique_ptr<EngineSetup>> EngineSetup::create(const EngineOptions &options)
{
    std::unique_ptr<EngineSetup> setup(new EngineSetup);
    if (const Result<void> read = setup->readSettings(options); !read)
        return read.error();
    if (const Result<void> stores = setup->createStores(options); !stores)
        return stores.error();

    // Relative app_path in tyk.conf is relative to the config file, as a user expects when
    // pointing at a checked-out gateway directory.
    QString appsDir = options.appsDir;
    if (appsDir.isEmpty() && !options.configFile.isEmpty())
        appsDir = QFileInfo(options.configFile).dir().filePath(setup->m_config.appPath);
    QList<Api::ApiDefinition> apis;
    if (!appsDir.isEmpty()) {
        if (!QFileInfo(appsDir).isDir())
            return makeError(
                ErrorCode::Io,
                QStringLiteral("API definitions directory \"%1\" does not exist").arg(appsDir));
        if (!options.deferApiLoad)
            apis = Api::ApiDefinitionLoader::loadDirectory(appsDir, &setup->m_diagnostics);
    }
    auto policies = loadPolicies(options, setup->m_config);
    if (!policies)
        return policies.error();
    setup->m_options = options;
    setup->m_appsDir = appsDir;
    setup->createEngine(std::move(*policies), apis);
    return setup;
}

Result<void> EngineSetup::readSettings(const EngineOptions &options)
{
    if (!options.configFile.isEmpty()) {
        auto config = Api::GatewayConfig::fromFile(options.configFile);
        if (!config)
            return config.error();
        m_config = *config;
        if (!m_config.listenAddress.isEmpty())
            m_listenHost = m_config.listenAddress;
        m_listenPort = quint16(m_config.listenPort);
    }
    if (!options.secret.isEmpty())
        m_config.secret = options.secret;
    if (!options.grpcServer.isEmpty())
        m_config.coprocessGrpcServer = options.grpcServer;
    m_configWarnings = secretWarnings(m_config, options.configFile);
    if (!options.policiesFile.isEmpty())
        m_config.policyRecordName = options.policiesFile;
    if (!options.listen.isEmpty()) {
        auto hostPort = parseHostPort(options.listen);
        if (!hostPort)
            return hostPort.error();
        m_listenHost = hostPort->first;
        m_listenPort = hostPort->second;
    }
    return {};
}

namespace {
// tyk.conf's `storage` as a redis:// URL (Tyk: storage/connection_handler.go; `addrs` wins
// over host and port). What Debian's hiredis 0.14 cannot do is an error that says so.
Result<QString> storeFromConfig(const Api::GatewayConfig &config, Api::Diagnostics *warnings)
{
    if (config.storageUseSsl)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("tyk.conf storage.use_ssl: TLS to Redis is not "
                                        "available (Debian 12's hiredis 0.14 has no TLS); use "
                                        "a plain connection, a TLS tunnel such as stunnel, or "
                                        "--store"));
    if (!config.storageType.isEmpty() && config.storageType != u"redis")
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("tyk.conf storage.type \"%1\": Tyk supports only redis")
                             .arg(config.storageType));
    QUrl url;
    url.setScheme(QStringLiteral("redis"));
    if (!config.storageAddrs.isEmpty()) {
        const QString first = config.storageAddrs.first();
        const qsizetype colon = first.lastIndexOf(u':');
        url.setHost(colon > 0 ? first.left(colon) : first);
        url.setPort(colon > 0 ? first.mid(colon + 1).toInt() : 6379);
        if (config.storageAddrs.size() > 1 || config.storageEnableCluster)
            warnings->append({Api::Diagnostic::Severity::Warning,
                              {},
                              QStringLiteral("tyk.conf storage: Redis Cluster and several addrs "
                                             "are not supported; using %1 alone")
                                  .arg(first)});
    } else {
        url.setHost(config.storageHost.isEmpty() ? QStringLiteral("localhost")
                                                 : config.storageHost);
        url.setPort(config.storagePort > 0 ? config.storagePort : 6379);
    }
    url.setUserName(config.storageUsername);
    url.setPassword(config.storagePassword);
    url.setPath(u'/' + QString::number(config.storageDatabase));
    return url.toString();
}
} // namespace

QString EngineSetup::storeDescription() const
{
    QUrl url(m_storeUrl);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.scheme() == u"redis" ? url.toString() : m_storeUrl;
}

Result<void> EngineSetup::createStores(const EngineOptions &options)
{
    m_clock = std::make_unique<SystemClock>();
    m_clock->setOffsetNs(options.clockOffsetSecs * 1000000000LL);
    m_storeUrl = options.store;
    if (m_storeUrl.isEmpty()) {
        m_storeUrl = QStringLiteral("memory");
        if (m_config.storageConfigured) {
            Result<QString> fromConfig = storeFromConfig(m_config, &m_configWarnings);
            if (!fromConfig)
                return fromConfig.error();
            m_storeUrl = *fromConfig;
        }
    }
    if (m_storeUrl == u"memory") {
        m_store = std::make_unique<Session::MemorySessionStore>(*m_clock);
        m_pluginData = std::make_shared<Plugin::MemoryPluginDataStore>(*m_clock);
        m_jsStorage = std::make_shared<Plugin::MemoryPluginDataStore>(*m_clock);
    } else if (m_storeUrl.startsWith(u"redis://")) {
        const QUrl url(m_storeUrl);
        if (Result<void> checked = checkStoreUrl(m_storeUrl); !checked)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--store expects redis://HOST:PORT[/DB], got \"%1\"")
                                 .arg(storeDescription()));
        const int db = url.path().mid(1).toInt();
        const Redis::RedisCredentials login{url.userName().toUtf8(), url.password().toUtf8()};
        // Connects in the background and reconnects on its own; requests that need it get
        // Tyk's errors while Redis is away (keyless APIs keep working).
        m_store.reset(
            Session::RedisSessionStore::create(url.host(), url.port(6379), db, nullptr, login));
        m_pluginData = std::make_shared<Plugin::RedisPluginDataStore>(
            url.host(), url.port(6379), db, QByteArrayLiteral("coprocess-data:"), 1000, login);
        // goja's TykStorage*: its own key prefix, and two seconds per operation as in Tyk.
        m_jsStorage = std::make_shared<Plugin::RedisPluginDataStore>(
            url.host(), url.port(6379), db, QByteArrayLiteral("jsvm-store:"), 2000, login);
    } else {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("--store expects memory or redis://HOST:PORT[/DB], got \"%1\"")
                .arg(m_storeUrl));
    }
    return {};
}

void EngineSetup::createEngine(Policy::PolicyStore policies, const QList<Api::ApiDefinition> &apis)
{
    const Api::GatewayConfig &config = m_config;
    // Tyk's 10 s session cache in front of the store (Tyk: gateway/server.go, cacheCreate).
    if (!config.disableCachedSessionState)
        m_cachedStore = std::make_unique<Session::LocalSessionCacheStore>(*m_store, *m_clock);
    m_engine = std::make_unique<Engine::Engine>(*m_clock, m_cachedStore ? *m_cachedStore : *m_store,
                                                config);
    Engine::ISessionInspector *inspector = &m_engine->sessionInspector();
    m_clockControl =
        std::make_unique<SystemClockControl>(*m_clock, [inspector] { inspector->refreshExpiry(); });
    m_engine->setPolicies(std::move(policies));
    addPluginDrivers();
    m_engine->plugins().setBundleOptions(bundleOptions());
    // Tyk's JS folder convention (<middleware_path>/<api_id>/pre/*.js ...), relative to the
    // config file like app_path; only with a tyk.conf.
    if (!m_options.configFile.isEmpty())
        m_engine->plugins().setMiddlewarePath(
            QFileInfo(m_options.configFile).dir().absoluteFilePath(config.middlewarePath));
    m_diagnostics.append(m_engine->setApis(apis));
    if (!m_options.deferApiLoad)
        pruneBundleCache(); // with nothing loaded yet, every version would look unused
    // After the first load: building Go plugins holds this thread for as long as the
    // compiler runs, and a Redis connection opened before would time out meanwhile.
    addAnalyticsSink();
    m_gatewayApi = std::make_unique<GatewayApi::GatewayApi>(
        *m_engine, [this] { return reload(); }, m_appsDir, m_clockControl.get());
    m_engine->setControlHandler(m_gatewayApi.get());
}

} // namespace Hb::Setup
