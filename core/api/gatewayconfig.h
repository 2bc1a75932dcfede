// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Hb::Api {

// tyk.conf analytics_config (Tyk: config/config.go, AnalyticsConfigConfig), the keys
// Hookbench honours. Values are kept as written except where Tyk corrects them at start-up.
struct AnalyticsConfig
{
    bool enableDetailedRecording = false; // enable_detailed_recording
    QStringList ignoredIps;               // ignored_ips: exact IP strings, no CIDR
    // normalise_urls
    bool normaliseUrlsEnabled = false;   // enabled
    bool normaliseUuids = false;         // normalise_uuids
    bool normaliseUlids = false;         // normalise_ulids
    bool normaliseNumbers = false;       // normalise_numbers
    QStringList normaliseCustomPatterns; // custom_patterns
    // records_buffer_size: below 1000 raised to 1000 (Tyk: checkup/checkup.go).
    quint64 recordsBufferSize = 1000;
    // storage_expiration_time in seconds: 0 means 60, -1 never sets a TTL (applied by the
    // Redis sink, as gateway/redis_analytics_purger.go does).
    int storageExpirationTime = 0;
    bool enableMultipleAnalyticsKeys = false; // enable_multiple_analytics_keys
    QString serializerType;                   // serializer_type: "" / "msgpack" or "protobuf"
    int poolSize = 0;                         // pool_size; 0 = the CPU count
};

// The tyk.conf keys Hookbench honours (Tyk: config/config.go),
// with Tyk's defaults. Unknown keys are kept in `raw` and ignored.
struct GatewayConfig
{
    QString listenAddress; // listen_address; "" = all (Hookbench binds loopback unless set)
    int listenPort = 8080; // listen_port
    QString secret = QStringLiteral("352d20ee67be67f6340b4c0605b044b7");
    QString appPath = QStringLiteral("apps/");
    QString middlewarePath = QStringLiteral("middleware");
    QString templatePath = QStringLiteral("templates");
    QString policyRecordName; // policies.policy_record_name (one file)
    QString policyPath;       // policies.policy_path (a directory)
    QString storageHost = QStringLiteral("localhost");
    int storagePort = 6379;
    int storageDatabase = 0;
    QString storageType = QStringLiteral("redis");
    // tyk.conf has a `storage` object: Hookbench then keeps keys in that Redis unless --store
    // says otherwise, as Tyk always does.
    bool storageConfigured = false;
    QStringList storageAddrs;          // storage.addrs: used instead of host/port when set
    QString storageUsername;           // storage.username (Redis 6 ACL)
    QString storagePassword;           // storage.password
    bool storageUseSsl = false;        // storage.use_ssl
    bool storageEnableCluster = false; // storage.enable_cluster
    bool hashKeys = false;
    // local_session_cache.disable_cached_session_state: Tyk keeps sessions its auth
    // middleware read for 10 s in the gateway's memory unless this is true.
    bool disableCachedSessionState = false;
    bool enableHashedKeysListing = false; // enable_hashed_keys_listing
    bool allowMasterKeys = false;         // allow_master_keys
    QString hashKeyFunction;
    bool enableBundleDownloader = false;
    bool bundleInsecureSkipVerify = false; // bundle_insecure_skip_verify
    QString bundleBaseUrl;
    QString publicKeyPath;
    bool enableJsvm =
        true; // Tyk defaults to false; Hookbench turns JSVM on unless tyk.conf says false
    int jsvmTimeoutSecs = 5;
    bool disableVirtualPathBlobs = false; // disable_virtual_path_blobs
    bool hideGeneratorHeader = false;
    bool closeConnections = false;
    bool ignoreCanonicalMimeHeaderKey = false;   // ignore_canonical_mime_header_key
    bool skipVerifyExistingPluginBundle = false; // skip_verify_existing_plugin_bundle
    // coprocess_options.enable_coprocess: Tyk needs it for Python/Lua/gRPC; Hookbench runs
    // coprocess plugins whatever it says (a workbench exists to run them).
    bool enableCoprocess = false;
    // coprocess_options for Tyk's gRPC driver (gateway/coprocess_grpc.go): the plugin
    // server's address ("tcp://HOST:PORT", "unix:///path"; empty: no gRPC driver), the
    // message limits in bytes (0: gRPC's defaults), the :authority, round-robin balancing.
    QString coprocessGrpcServer;
    int grpcRecvMaxSize = 0;
    int grpcSendMaxSize = 0;
    QString grpcAuthority;
    bool grpcRoundRobinLoadBalancing = false;
    int proxyDefaultTimeoutSecs = 30;      // proxy_default_timeout (hard upstream timeout)
    bool enablePathPrefixMatching = false; // http_server_options.enable_path_prefix_matching
    bool enablePathSuffixMatching = false;
    // http_server_options.read_timeout in seconds; 0 or less keeps Tyk's 120 s (server.go
    // starts its http.Server with ReadTimeout 120 s unless this is set).
    int readTimeoutSecs = 0;
    bool ignoreEndpointCase = false;
    QString healthCheckEndpointName = QStringLiteral("hello");
    int minTokenLength = 3; // min_token_length; 0 in the file means 3
    // Session TTLs (Tyk: user/session.go, SessionState.Lifetime).
    qint64 globalSessionLifetime = 0;                  // global_session_lifetime
    bool forceGlobalSessionLifetime = false;           // force_global_session_lifetime
    bool sessionLifetimeRespectsKeyExpiration = false; // session_lifetime_respects_key_expiration
    // rate_limit_response_headers: "quotas" (also when empty) or "rate_limits" (Tyk:
    // internal/rate/headers.go).
    QString rateLimitResponseHeaders;
    bool enableAnalytics = false; // enable_analytics
    AnalyticsConfig analyticsConfig;
    nlohmann::json raw = nlohmann::json::object(); // the whole file as loaded

    // Parses tyk.conf text; errors carry file:line:column.
    static Result<GatewayConfig> fromJson(const QByteArray &text, const QString &file);
    static Result<GatewayConfig> fromFile(const QString &path);
};

} // namespace Hb::Api
