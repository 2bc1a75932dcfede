// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/gatewayconfig.h"

#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace Hb::Api {

namespace {

void readAnalyticsConfig(JsonFieldReader &r, GatewayConfig &c)
{
    r.readBool("/enable_analytics", c.enableAnalytics);
    if (!r.readObject("/analytics_config"))
        return;
    AnalyticsConfig &a = c.analyticsConfig;
    r.readBool("/analytics_config/enable_detailed_recording", a.enableDetailedRecording);
    r.readStringList("/analytics_config/ignored_ips", a.ignoredIps);
    if (r.readObject("/analytics_config/normalise_urls")) {
        r.readBool("/analytics_config/normalise_urls/enabled", a.normaliseUrlsEnabled);
        r.readBool("/analytics_config/normalise_urls/normalise_uuids", a.normaliseUuids);
        r.readBool("/analytics_config/normalise_urls/normalise_ulids", a.normaliseUlids);
        r.readBool("/analytics_config/normalise_urls/normalise_numbers", a.normaliseNumbers);
        r.readStringList("/analytics_config/normalise_urls/custom_patterns",
                         a.normaliseCustomPatterns);
    }
    // A uint64 in Tyk: a negative number fails to decode.
    const char *bufferPointer = "/analytics_config/records_buffer_size";
    qint64 buffer = 0;
    r.readInt(bufferPointer, buffer);
    if (buffer < 0) {
        r.error(bufferPointer, r.displayName(bufferPointer) +
                                   QStringLiteral(" must not be negative (Tyk reads an unsigned "
                                                  "integer)"));
    }
    a.recordsBufferSize = std::max<quint64>(quint64(std::max<qint64>(buffer, 0)), 1000);
    r.readInt("/analytics_config/storage_expiration_time", a.storageExpirationTime);
    r.readBool("/analytics_config/enable_multiple_analytics_keys", a.enableMultipleAnalyticsKeys);
    r.readString("/analytics_config/serializer_type", a.serializerType);
    r.readInt("/analytics_config/pool_size", a.poolSize);
}

} // namespace

Result<GatewayConfig> GatewayConfig::fromJson(const QByteArray &text, const QString &file)
{
    Diagnostic syntaxError;
    const auto root = JsonFieldReader::parseDocument(text, file, &syntaxError);
    if (!root)
        return makeError(ErrorCode::InvalidInput, syntaxError.message, syntaxError.where);
    if (!root->is_object()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("tyk.conf must be a JSON object"),
                         SourceLocation{file, 1, 1, {}});
    }

    const JsonLocator locator(text);
    JsonFieldReader r(*root, locator, file);
    GatewayConfig c;
    r.readString("/listen_address", c.listenAddress);
    r.readInt("/listen_port", c.listenPort);
    r.readString("/secret", c.secret);
    r.readString("/app_path", c.appPath);
    r.readString("/middleware_path", c.middlewarePath);
    r.readString("/template_path", c.templatePath);
    if (r.readObject("/policies")) {
        r.readString("/policies/policy_record_name", c.policyRecordName);
        r.readString("/policies/policy_path", c.policyPath);
    }
    if (r.readObject("/storage")) {
        r.readString("/storage/host", c.storageHost);
        r.readInt("/storage/port", c.storagePort);
        r.readInt("/storage/database", c.storageDatabase);
        r.readString("/storage/type", c.storageType);
        r.readString("/storage/username", c.storageUsername);
        r.readString("/storage/password", c.storagePassword);
        r.readBool("/storage/use_ssl", c.storageUseSsl);
        r.readBool("/storage/enable_cluster", c.storageEnableCluster);
        r.readStringList("/storage/addrs", c.storageAddrs);
        c.storageConfigured = true;
    }
    r.readBool("/hash_keys", c.hashKeys);
    r.readBool("/local_session_cache/disable_cached_session_state", c.disableCachedSessionState);
    r.readBool("/enable_hashed_keys_listing", c.enableHashedKeysListing);
    r.readBool("/allow_master_keys", c.allowMasterKeys);
    r.readString("/hash_key_function", c.hashKeyFunction);
    r.readBool("/enable_bundle_downloader", c.enableBundleDownloader);
    r.readBool("/bundle_insecure_skip_verify", c.bundleInsecureSkipVerify);
    r.readString("/bundle_base_url", c.bundleBaseUrl);
    r.readString("/public_key_path", c.publicKeyPath);
    // Hookbench's one deliberate default change: JSVM is on unless tyk.conf says false.
    r.readBool("/enable_jsvm", c.enableJsvm);
    r.readBool("/disable_virtual_path_blobs", c.disableVirtualPathBlobs);
    int jsvmTimeout = 0;
    r.readInt("/jsvm_timeout", jsvmTimeout);
    // Tyk uses 5 s when jsvm_timeout is 0 or less.
    c.jsvmTimeoutSecs = jsvmTimeout > 0 ? jsvmTimeout : 5;
    r.readBool("/hide_generator_header", c.hideGeneratorHeader);
    r.readBool("/close_connections", c.closeConnections);
    r.readBool("/ignore_canonical_mime_header_key", c.ignoreCanonicalMimeHeaderKey);
    r.readBool("/skip_verify_existing_plugin_bundle", c.skipVerifyExistingPluginBundle);
    if (r.readObject("/coprocess_options")) {
        r.readBool("/coprocess_options/enable_coprocess", c.enableCoprocess);
        r.readString("/coprocess_options/coprocess_grpc_server", c.coprocessGrpcServer);
        r.readInt("/coprocess_options/grpc_recv_max_size", c.grpcRecvMaxSize);
        r.readInt("/coprocess_options/grpc_send_max_size", c.grpcSendMaxSize);
        r.readString("/coprocess_options/grpc_authority", c.grpcAuthority);
        r.readBool("/coprocess_options/grpc_round_robin_load_balancing",
                   c.grpcRoundRobinLoadBalancing);
    }
    // proxy_default_timeout is a float64 in Tyk; 0 or less means 30 s (reverse_proxy.go).
    double proxyTimeout = 0;
    r.readDouble("/proxy_default_timeout", proxyTimeout);
    c.proxyDefaultTimeoutSecs = proxyTimeout > 0 ? std::max(1, int(std::ceil(proxyTimeout))) : 30;
    if (r.readObject("/http_server_options")) {
        r.readBool("/http_server_options/enable_path_prefix_matching", c.enablePathPrefixMatching);
        r.readBool("/http_server_options/enable_path_suffix_matching", c.enablePathSuffixMatching);
        r.readInt("/http_server_options/read_timeout", c.readTimeoutSecs);
    }
    r.readBool("/ignore_endpoint_case", c.ignoreEndpointCase);
    r.readString("/health_check_endpoint_name", c.healthCheckEndpointName);
    // An empty name keeps Tyk's "hello".
    if (c.healthCheckEndpointName.isEmpty())
        c.healthCheckEndpointName = QStringLiteral("hello");
    int minTokenLength = 0;
    r.readInt("/min_token_length", minTokenLength);
    // gateway/middleware.go effectiveMinTokenLength: only 0 means "use 3".
    c.minTokenLength = minTokenLength == 0 ? 3 : minTokenLength;
    r.readInt("/global_session_lifetime", c.globalSessionLifetime);
    r.readBool("/force_global_session_lifetime", c.forceGlobalSessionLifetime);
    r.readBool("/session_lifetime_respects_key_expiration", c.sessionLifetimeRespectsKeyExpiration);
    r.readString("/rate_limit_response_headers", c.rateLimitResponseHeaders);
    readAnalyticsConfig(r, c);
    c.raw = *root;

    for (const Diagnostic &d : r.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error)
            return makeError(ErrorCode::InvalidInput, d.message, d.where);
    }
    return c;
}

Result<GatewayConfig> GatewayConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read the file: ") + file.errorString(),
                         SourceLocation{path, 0, 0, {}});
    }
    return fromJson(file.readAll(), path);
}

} // namespace Hb::Api
