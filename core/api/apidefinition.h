// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

namespace Hb::Api {

// One entry of custom_middleware.pre/post/... (Tyk's MiddlewareDefinition).
struct MiddlewareDefinition
{
    QString name; // function / object name (hook_name)
    QString path; // source file (JS, Go); ignored by Python/Lua
    QString code; // base64 JS source (goja driver)
    bool disabled = false;
    bool requireSession = false;
    bool rawBodyOnly = false;
};

struct IdExtractorConfig
{
    bool disabled = false;
    QString extractFrom; // "header", "form", "body", ...
    QString extractWith; // "value", "regex", "xpath"
    nlohmann::json extractorConfig = nlohmann::json::object();
};

// One handler of event_handlers.events.<Event> (Tyk: apidef.EventHandlerTriggerConfig).
struct EventHandlerConfig
{
    QString handlerName; // handler_name: cp_dynamic_handler, eh_log_handler, ...
    nlohmann::json handlerMeta = nlohmann::json::object(); // handler_meta as written
};

// custom_middleware: hooks per phase, all run by one driver.
struct CustomMiddleware
{
    QString driver; // python, lua, grpc, otto, javascript, goplugin
    QList<MiddlewareDefinition> pre;
    MiddlewareDefinition authCheck;
    QList<MiddlewareDefinition> postKeyAuth;
    QList<MiddlewareDefinition> post;
    QList<MiddlewareDefinition> response;
    MiddlewareDefinition trafficLogs;
    IdExtractorConfig idExtractor;
};

// extended_paths entry with a path regex and a method (white_list, black_list, ignored).
// One method of an entry's (deprecated, still common) `method_actions`.
struct EndpointMethodAction
{
    QString action; // "no_action", "reply"; anything else blocks
    int code = 0;
    QByteArray data;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

struct EndpointMeta
{
    QString path;
    QString method; // as written; empty = any
    bool ignoreCase = false;
    bool disabled = false;
    // method_actions when present (even empty): then only these methods match, and the
    // action decides (Tyk: gateway/api_definition.go, URLAllowedAndIgnored); `method` is not
    // consulted.
    std::optional<QMap<QString, EndpointMethodAction>> methodActions;
};

// extended_paths.go_plugin entry: a per-endpoint Go post plugin (Tyk OAS writes one for the
// first element of operations.<opId>.postPlugins).
struct GoPluginMeta
{
    QString path;
    QString method;     // upper case
    QString pluginPath; // plugin_path
    QString funcName;   // func_name
    bool disabled = false;
};

// extended_paths.virtual entry: a JS function that answers the request itself
// (Tyk: gateway/mw_virtual_endpoint.go, VirtualEndpoint.ProcessRequest).
struct VirtualMeta
{
    QString path;
    QString method;
    QString functionName; // response_function_name
    QString sourceType;   // function_source_type: "file" or "blob"
    QString sourceUri;    // function_source_uri: a file path, or base64 source for a blob
    bool useSession = false;
    bool proxyOnError = false;
    bool disabled = false;
};

// extended_paths.track_endpoints / do_not_track_endpoints entry (Tyk: apidef.TrackEndpointMeta):
// a matching request is recorded with its `path` pattern as the record's Path, or not at all.
struct TrackEndpointMeta
{
    QString path;
    QString method;
    bool disabled = false;
};

struct VersionInfo
{
    QString name;
    QString expires; // "2006-01-02 15:04"; empty or "-1" = never
    bool useExtendedPaths = false;
    QList<EndpointMeta> ignored;
    QList<EndpointMeta> whiteList;
    QList<EndpointMeta> blackList;
    QList<GoPluginMeta> goPlugins;                // extended_paths.go_plugin
    QList<VirtualMeta> virtualEndpoints;          // extended_paths.virtual
    QList<TrackEndpointMeta> trackEndpoints;      // extended_paths.track_endpoints
    QList<TrackEndpointMeta> doNotTrackEndpoints; // extended_paths.do_not_track_endpoints
    QMap<QString, QString> globalHeaders;
    QList<QString> globalHeadersRemove;
};

struct VersionData
{
    bool notVersioned = true;
    QString defaultVersion;
    QString location;                    // definition.location: "header", "url-param", "url"
    QString key;                         // definition.key: header or parameter name
    QMap<QString, VersionInfo> versions; // keyed by the JSON key (may be "")
};

// Where the standard token is read from (auth or auth_configs.authToken).
struct AuthTokenConfig
{
    QString authHeaderName = QStringLiteral("Authorization");
    bool disableHeader = false;
    bool useParam = false;
    QString paramName;
    bool useCookie = false;
    QString cookieName;
};

// analytics_plugin: the Go analytics plugin (OAS trafficLogs.plugins[0]).
struct AnalyticsPlugin
{
    bool enabled = false;
    QString funcName;
    QString pluginPath;
};

// The internal model of one API, filled from Tyk Classic or Tyk OAS JSON. Field names and
// defaults follow Tyk Classic (Tyk: apidef/api_definitions.go).
struct ApiDefinition
{
    QString apiId;
    QString orgId;
    QString name;
    bool active = true; // Tyk does not consult it when serving (gateway/api_loader.go)
    bool internal = false;
    bool isOas = false;

    bool useKeyless = false;
    bool useStandardAuth = false;
    bool customPluginAuthEnabled =
        false; // custom_plugin_auth_enabled || enable_coprocess_auth || use_go_plugin_auth
    QString baseIdentityProvidedBy;
    AuthTokenConfig authToken;
    bool stripAuthData = false;

    QString protocol; // "" / http / https: the listen path checks apply only to these
    QString listenPath;
    QString targetUrl;
    bool stripListenPath = false;
    bool preserveHostHeader = false;

    CustomMiddleware customMiddleware;
    AnalyticsPlugin analyticsPlugin;
    // Analytics records (Tyk: gateway/handler_success.go RecordHit). Tyk OAS: trafficLogs.
    bool doNotTrack = false;              // do_not_track: no record at all
    QList<QString> tagHeaders;            // tag_headers, lower-cased at load as Tyk does
    QList<QString> tags;                  // tags, appended to every record's tags
    qint64 expireAnalyticsAfter = 0;      // expire_analytics_after, seconds; 0 = 100 years
    bool enableDetailedRecording = false; // enable_detailed_recording
    // event_handlers.events: Tyk's event name (AuthFailure, KeyExpired, ...) -> handlers.
    QMap<QString, QList<EventHandlerConfig>> eventHandlers;
    QString customMiddlewareBundle;
    bool customMiddlewareBundleDisabled = false;
    nlohmann::json configData = nlohmann::json::object();
    bool configDataDisabled = false;

    VersionData versionData;
    bool disableRateLimit = false;
    bool disableQuota = false;
    qint64 sessionLifetime = 0;
    bool sessionLifetimeRespectsKeyExpiration = false;

    QString sourceFile;         // file it was loaded from; empty when built in memory
    nlohmann::json raw;         // the classic JSON as loaded (OAS converted), for the Gateway API
    nlohmann::json oasDocument; // Tyk OAS APIs: the document as loaded (Go's GetOASDefinition)
};

} // namespace Hb::Api
