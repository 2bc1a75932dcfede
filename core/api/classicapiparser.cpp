// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/classicapiparser.h"

#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"

#include <string>

namespace Hb::Api {

namespace {
std::string at(std::string_view pointer, std::string_view key)
{
    return JsonLocator::child(pointer, key);
}

bool hasHooks(const CustomMiddleware &cm)
{
    return !cm.pre.isEmpty() || !cm.postKeyAuth.isEmpty() || !cm.post.isEmpty() ||
           !cm.response.isEmpty() || !cm.authCheck.name.isEmpty() || !cm.trafficLogs.name.isEmpty();
}
} // namespace

ApiDefinition ClassicApiParser::parse(JsonFieldReader &reader)
{
    ApiDefinition api;
    readIdentity(reader, api);
    readAuth(reader, api);
    readProxy(reader, api);
    readPlugins(reader, api);
    readAnalytics(reader, api);
    readVersionData(reader, api);
    reader.readBool("/disable_rate_limit", api.disableRateLimit);
    reader.readBool("/disable_quota", api.disableQuota);
    reader.readInt("/session_lifetime", api.sessionLifetime);
    reader.readBool("/session_lifetime_respects_key_expiration",
                    api.sessionLifetimeRespectsKeyExpiration);

    checkListenPath(reader, api);
    checkPlugins(reader, api);
    checkVersionData(reader, api);
    return api;
}

void ClassicApiParser::readIdentity(JsonFieldReader &reader, ApiDefinition &api)
{
    reader.readString("/api_id", api.apiId);
    reader.readString("/org_id", api.orgId);
    reader.readString("/name", api.name);
    reader.readBool("/active", api.active);
    reader.readBool("/internal", api.internal);

    // Loading from app_path does not generate an id (only the Gateway API's create does), so
    // Tyk serves the API under an empty id; several such files then overwrite each other.
    if (api.apiId.isEmpty()) {
        reader.warning("/api_id",
                       reader.displayName("/api_id") +
                           QStringLiteral(" is missing or empty; Tyk loads the API from "
                                          "app_path with an empty id"),
                       JsonFieldReader::Anchor::Key);
    }
    // `active` is not consulted when loading or serving (Tyk: gateway/api_loader.go, loadApps).
    if (!api.active) {
        reader.warning("/active",
                       reader.displayName("/active") +
                           QStringLiteral(" is false, but Tyk does not consult it: the API is "
                                          "still served from app_path"));
    }
}

void ClassicApiParser::readAuth(JsonFieldReader &reader, ApiDefinition &api)
{
    reader.readBool("/use_keyless", api.useKeyless);
    reader.readBool("/use_standard_auth", api.useStandardAuth);
    bool pluginAuth = false;
    bool coprocessAuth = false;
    bool goPluginAuth = false;
    reader.readBool("/custom_plugin_auth_enabled", pluginAuth);
    reader.readBool("/enable_coprocess_auth", coprocessAuth);
    reader.readBool("/use_go_plugin_auth", goPluginAuth);
    api.customPluginAuthEnabled = pluginAuth || coprocessAuth || goPluginAuth;
    reader.readString("/base_identity_provided_by", api.baseIdentityProvidedBy);
    reader.readBool("/strip_auth_data", api.stripAuthData);

    // auth_configs.authToken wins; the deprecated single `auth` is the fallback.
    reader.readObject("/auth");
    reader.readObject("/auth_configs");
    if (reader.readObject("/auth_configs/authToken"))
        api.authToken = readAuthConfig(reader, "/auth_configs/authToken");
    else if (reader.find("/auth"))
        api.authToken = readAuthConfig(reader, "/auth");
}

AuthTokenConfig ClassicApiParser::readAuthConfig(JsonFieldReader &reader, std::string_view p)
{
    AuthTokenConfig config;
    reader.readString(at(p, "auth_header_name"), config.authHeaderName);
    // Tyk reads the Authorization header when the name is left empty.
    if (config.authHeaderName.isEmpty())
        config.authHeaderName = QStringLiteral("Authorization");
    reader.readBool(at(p, "disable_header"), config.disableHeader);
    reader.readBool(at(p, "use_param"), config.useParam);
    reader.readString(at(p, "param_name"), config.paramName);
    reader.readBool(at(p, "use_cookie"), config.useCookie);
    reader.readString(at(p, "cookie_name"), config.cookieName);
    return config;
}

void ClassicApiParser::readProxy(JsonFieldReader &reader, ApiDefinition &api)
{
    reader.readString("/protocol", api.protocol);
    if (!reader.readObject("/proxy"))
        return;
    reader.readString("/proxy/listen_path", api.listenPath);
    reader.readString("/proxy/target_url", api.targetUrl);
    reader.readBool("/proxy/strip_listen_path", api.stripListenPath);
    reader.readBool("/proxy/preserve_host_header", api.preserveHostHeader);
}

void ClassicApiParser::readPlugins(JsonFieldReader &reader, ApiDefinition &api)
{
    reader.readString("/custom_middleware_bundle", api.customMiddlewareBundle);
    reader.readBool("/custom_middleware_bundle_disabled", api.customMiddlewareBundleDisabled);
    if (const auto *data = reader.readObject("/config_data"))
        api.configData = *data;
    reader.readBool("/config_data_disabled", api.configDataDisabled);

    if (reader.readObject("/analytics_plugin")) {
        reader.readBool("/analytics_plugin/enable", api.analyticsPlugin.enabled);
        reader.readString("/analytics_plugin/func_name", api.analyticsPlugin.funcName);
        reader.readString("/analytics_plugin/plugin_path", api.analyticsPlugin.pluginPath);
    }

    api.customMiddleware = readCustomMiddleware(reader, "/custom_middleware");
    readEventHandlers(reader, api);
}

void ClassicApiParser::readAnalytics(JsonFieldReader &reader, ApiDefinition &api)
{
    reader.readBool("/do_not_track", api.doNotTrack);
    reader.readStringList("/tag_headers", api.tagHeaders);
    // Tyk lower-cases them when it loads the API (gateway/api_loader.go) and compares them
    // with lower-cased request header names.
    for (QString &name : api.tagHeaders)
        name = name.toLower();
    reader.readStringList("/tags", api.tags);
    reader.readInt("/expire_analytics_after", api.expireAnalyticsAfter);
    reader.readBool("/enable_detailed_recording", api.enableDetailedRecording);
}

void ClassicApiParser::readEventHandlers(JsonFieldReader &reader, ApiDefinition &api)
{
    // event_handlers.events: map[TykEvent][]EventHandlerTriggerConfig (apidef/api_definitions.go).
    if (!reader.readObject("/event_handlers"))
        return;
    const auto *events = reader.readObject("/event_handlers/events");
    if (!events)
        return;
    for (const auto &[name, handlers] : events->items()) {
        const std::string at = JsonLocator::child(std::string_view("/event_handlers/events"), name);
        if (!reader.readArray(at))
            continue;
        QList<EventHandlerConfig> list;
        for (std::size_t i = 0; i < handlers.size(); ++i) {
            const std::string item = JsonLocator::child(at, i);
            if (!reader.readObject(item))
                continue;
            EventHandlerConfig handler;
            reader.readString(item + "/handler_name", handler.handlerName);
            if (const auto *meta = reader.readObject(item + "/handler_meta"))
                handler.handlerMeta = *meta;
            list.append(handler);
        }
        api.eventHandlers.insert(QString::fromStdString(name), list);
    }
}

CustomMiddleware ClassicApiParser::readCustomMiddleware(JsonFieldReader &reader, std::string_view p)
{
    CustomMiddleware cm;
    if (!reader.readObject(p))
        return cm;
    reader.readString(at(p, "driver"), cm.driver);
    cm.pre = readMiddlewareList(reader, at(p, "pre"));
    cm.authCheck = readMiddleware(reader, at(p, "auth_check"));
    cm.postKeyAuth = readMiddlewareList(reader, at(p, "post_key_auth"));
    cm.post = readMiddlewareList(reader, at(p, "post"));
    cm.response = readMiddlewareList(reader, at(p, "response"));
    cm.trafficLogs = readMiddleware(reader, at(p, "traffic_logs"));
    cm.idExtractor = readIdExtractor(reader, at(p, "id_extractor"));
    return cm;
}

MiddlewareDefinition ClassicApiParser::readMiddleware(JsonFieldReader &reader, std::string_view p)
{
    MiddlewareDefinition mw;
    if (!reader.readObject(p))
        return mw;
    reader.readString(at(p, "name"), mw.name);
    reader.readString(at(p, "path"), mw.path);
    reader.readString(at(p, "code"), mw.code);
    reader.readBool(at(p, "disabled"), mw.disabled);
    reader.readBool(at(p, "require_session"), mw.requireSession);
    reader.readBool(at(p, "raw_body_only"), mw.rawBodyOnly);
    return mw;
}

QList<MiddlewareDefinition> ClassicApiParser::readMiddlewareList(JsonFieldReader &reader,
                                                                 std::string_view p)
{
    QList<MiddlewareDefinition> list;
    if (const auto *array = reader.readArray(p)) {
        for (std::size_t i = 0; i < array->size(); ++i)
            list.append(readMiddleware(reader, JsonLocator::child(p, i)));
    }
    return list;
}

IdExtractorConfig ClassicApiParser::readIdExtractor(JsonFieldReader &reader, std::string_view p)
{
    IdExtractorConfig config;
    if (!reader.readObject(p))
        return config;
    reader.readBool(at(p, "disabled"), config.disabled);
    reader.readString(at(p, "extract_from"), config.extractFrom);
    reader.readString(at(p, "extract_with"), config.extractWith);
    // extractor_config is decoded leniently by Tyk when the extractor is built
    // (Tyk: gateway/coprocess_id_extractor.go, newExtractor); only its shape is checked here.
    if (const auto *extractorConfig = reader.readObject(at(p, "extractor_config")))
        config.extractorConfig = *extractorConfig;
    return config;
}

void ClassicApiParser::readVersionData(JsonFieldReader &reader, ApiDefinition &api)
{
    VersionData &vd = api.versionData;
    // Go's zero value: a definition without version_data is versioned (and VersionCheck then
    // rejects every request), which is what Tyk does with such a file.
    vd.notVersioned = false;
    if (reader.readObject("/definition")) {
        reader.readString("/definition/location", vd.location);
        reader.readString("/definition/key", vd.key);
    }
    if (!reader.readObject("/version_data"))
        return;
    reader.readBool("/version_data/not_versioned", vd.notVersioned);
    reader.readString("/version_data/default_version", vd.defaultVersion);
    if (const auto *versions = reader.readObject("/version_data/versions")) {
        for (const auto &[key, value] : versions->items()) {
            vd.versions.insert(QString::fromStdString(key),
                               readVersion(reader, at("/version_data/versions", key)));
        }
    }
}

VersionInfo ClassicApiParser::readVersion(JsonFieldReader &reader, std::string_view p)
{
    VersionInfo info;
    if (!reader.readObject(p))
        return info;
    reader.readString(at(p, "name"), info.name);
    reader.readString(at(p, "expires"), info.expires);
    reader.readBool(at(p, "use_extended_paths"), info.useExtendedPaths);
    reader.readStringMap(at(p, "global_headers"), info.globalHeaders);
    reader.readStringList(at(p, "global_headers_remove"), info.globalHeadersRemove);
    const std::string paths = at(p, "extended_paths");
    if (reader.readObject(paths)) {
        info.ignored = readEndpoints(reader, at(paths, "ignored"));
        info.whiteList = readEndpoints(reader, at(paths, "white_list"));
        info.blackList = readEndpoints(reader, at(paths, "black_list"));
        info.goPlugins = readGoPlugins(reader, at(paths, "go_plugin"));
        info.virtualEndpoints = readVirtualEndpoints(reader, at(paths, "virtual"));
        info.trackEndpoints = readTrackEndpoints(reader, at(paths, "track_endpoints"));
        info.doNotTrackEndpoints = readTrackEndpoints(reader, at(paths, "do_not_track_endpoints"));
    }
    return info;
}

QList<EndpointMeta> ClassicApiParser::readEndpoints(JsonFieldReader &reader, std::string_view p)
{
    QList<EndpointMeta> list;
    const auto *array = reader.readArray(p);
    if (!array)
        return list;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string e = JsonLocator::child(p, i);
        if (!reader.readObject(e))
            continue;
        EndpointMeta meta;
        reader.readString(at(e, "path"), meta.path);
        // Tyk compares the method exactly, so it is kept as written.
        reader.readString(at(e, "method"), meta.method);
        reader.readBool(at(e, "ignore_case"), meta.ignoreCase);
        reader.readBool(at(e, "disabled"), meta.disabled);
        const std::string actionsAt = at(e, "method_actions");
        if (const nlohmann::json *actions = reader.readObject(actionsAt)) {
            QMap<QString, EndpointMethodAction> byMethod;
            for (auto it = actions->begin(); it != actions->end(); ++it) {
                const std::string a = at(actionsAt, it.key());
                if (!reader.readObject(a))
                    continue;
                EndpointMethodAction action;
                reader.readString(at(a, "action"), action.action);
                reader.readInt(at(a, "code"), action.code);
                QString data;
                reader.readString(at(a, "data"), data);
                action.data = data.toUtf8();
                QMap<QString, QString> headers;
                reader.readStringMap(at(a, "headers"), headers);
                for (auto h = headers.cbegin(); h != headers.cend(); ++h)
                    action.headers.append({h.key().toUtf8(), h.value().toUtf8()});
                byMethod.insert(QString::fromStdString(it.key()), action);
            }
            meta.methodActions = std::move(byMethod);
        }
        list.append(meta);
    }
    return list;
}

QList<GoPluginMeta> ClassicApiParser::readGoPlugins(JsonFieldReader &reader, std::string_view p)
{
    QList<GoPluginMeta> list;
    const auto *array = reader.readArray(p);
    if (!array)
        return list;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string e = JsonLocator::child(p, i);
        if (!reader.readObject(e))
            continue;
        GoPluginMeta meta;
        reader.readString(at(e, "path"), meta.path);
        reader.readString(at(e, "method"), meta.method);
        reader.readString(at(e, "plugin_path"), meta.pluginPath);
        reader.readString(at(e, "func_name"), meta.funcName);
        reader.readBool(at(e, "disabled"), meta.disabled);
        list.append(meta);
    }
    return list;
}

QList<VirtualMeta> ClassicApiParser::readVirtualEndpoints(JsonFieldReader &reader,
                                                          std::string_view p)
{
    QList<VirtualMeta> list;
    const auto *array = reader.readArray(p);
    if (!array)
        return list;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string e = JsonLocator::child(p, i);
        if (!reader.readObject(e))
            continue;
        VirtualMeta meta;
        reader.readString(at(e, "path"), meta.path);
        reader.readString(at(e, "method"), meta.method);
        reader.readString(at(e, "response_function_name"), meta.functionName);
        reader.readString(at(e, "function_source_type"), meta.sourceType);
        reader.readString(at(e, "function_source_uri"), meta.sourceUri);
        reader.readBool(at(e, "use_session"), meta.useSession);
        reader.readBool(at(e, "proxy_on_error"), meta.proxyOnError);
        reader.readBool(at(e, "disabled"), meta.disabled);
        list.append(meta);
    }
    return list;
}

QList<TrackEndpointMeta> ClassicApiParser::readTrackEndpoints(JsonFieldReader &reader,
                                                              std::string_view p)
{
    QList<TrackEndpointMeta> list;
    const auto *array = reader.readArray(p);
    if (!array)
        return list;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string e = JsonLocator::child(p, i);
        if (!reader.readObject(e))
            continue;
        TrackEndpointMeta meta;
        reader.readString(at(e, "path"), meta.path);
        reader.readString(at(e, "method"), meta.method);
        reader.readBool(at(e, "disabled"), meta.disabled);
        list.append(meta);
    }
    return list;
}

void ClassicApiParser::checkListenPath(JsonFieldReader &reader, const ApiDefinition &api)
{
    // Tyk skips an HTTP API whose listen path is empty or contains a space
    // (gateway/api_loader.go skipSpecBecauseInvalid); other protocols are not checked.
    const QString protocol = api.protocol;
    if (!protocol.isEmpty() && protocol != u"http" && protocol != u"https")
        return;
    const char *pointer = "/proxy/listen_path";
    if (!reader.find("/proxy")) {
        reader.error("", reader.displayName(pointer) +
                             QStringLiteral(" is missing; Tyk does not load an API without "
                                            "a listen path"));
    } else if (!reader.find(pointer)) {
        reader.error("/proxy",
                     reader.displayName(pointer) +
                         QStringLiteral(" is missing; Tyk does not load an API without a "
                                        "listen path"),
                     JsonFieldReader::Anchor::Key);
    } else if (api.listenPath.isEmpty()) {
        reader.error(pointer, reader.displayName(pointer) +
                                  QStringLiteral(" is empty; Tyk does not load such an API"));
    } else if (api.listenPath.contains(u' ')) {
        reader.error(pointer, reader.displayName(pointer) +
                                  QStringLiteral(" contains a space; Tyk does not load such "
                                                 "an API"));
    }
}

void ClassicApiParser::checkVersionData(JsonFieldReader &reader, const ApiDefinition &api)
{
    // Without usable version data VersionCheck answers 403 to every request (Tyk:
    // gateway/api_definition.go, APISpec.Version).
    // Tyk still loads the API, so these are warnings.
    const VersionData &vd = api.versionData;
    if (!reader.find("/version_data")) {
        reader.warning("", reader.displayName("/version_data") +
                               QStringLiteral(" is missing; Tyk treats the API as versioned "
                                              "and answers 403 \"Version information not "
                                              "found\" to every request"));
    } else if (vd.notVersioned && vd.versions.isEmpty()) {
        reader.warning("/version_data",
                       reader.displayName("/version_data/versions") +
                           QStringLiteral(" is empty; Tyk answers 403 \"No default API version "
                                          "for this non-versioned API found\" to every request"),
                       JsonFieldReader::Anchor::Key);
    }
}

void ClassicApiParser::checkPlugins(JsonFieldReader &reader, const ApiDefinition &api)
{
    const CustomMiddleware &cm = api.customMiddleware;
    static const QStringList drivers = {QStringLiteral("python"),     QStringLiteral("grpc"),
                                        QStringLiteral("lua"),        QStringLiteral("otto"),
                                        QStringLiteral("javascript"), QStringLiteral("goplugin")};
    const char *driverPointer = "/custom_middleware/driver";
    if (!cm.driver.isEmpty() && !drivers.contains(cm.driver)) {
        reader.error(driverPointer,
                     reader.displayName(driverPointer) + QStringLiteral(": unknown driver \"") +
                         cm.driver + QStringLiteral("\" (expected one of: ") +
                         drivers.join(QStringLiteral(", ")) + QStringLiteral(", or empty)"));
    }

    // With a bundle, the manifest's custom_middleware replaces this section wholesale
    // (Tyk: gateway/coprocess_bundle.go, Bundle.AddToSpec), so what is written here is not what
    // runs.
    const bool bundleInUse =
        !api.customMiddlewareBundle.isEmpty() && !api.customMiddlewareBundleDisabled;
    if (!bundleInUse && cm.driver.isEmpty() && hasHooks(cm)) {
        // gateway/api_loader.go treats an empty driver like otto.
        reader.warning("/custom_middleware",
                       reader.displayName("/custom_middleware") +
                           QStringLiteral(" has hooks but no driver; Tyk runs them as "
                                          "JavaScript (otto) plugins"),
                       JsonFieldReader::Anchor::Key);
    }
    const char *extractorPointer = "/custom_middleware/id_extractor";
    const auto *extractor = reader.find(extractorPointer);
    if (bundleInUse && extractor && extractor->is_object() && !extractor->empty()) {
        reader.warning(extractorPointer,
                       reader.displayName(extractorPointer) +
                           QStringLiteral(" is ignored: the bundle manifest's "
                                          "custom_middleware replaces it; declare the ID "
                                          "extractor in the manifest"),
                       JsonFieldReader::Anchor::Key);
    }
}

} // namespace Hb::Api
