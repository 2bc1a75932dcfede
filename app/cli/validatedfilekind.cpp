// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/validatedfilekind.h"

#include "core/common/untrustedjson.h"

#include <initializer_list>

namespace Hb::Cli {

namespace {
using Json = nlohmann::json;

bool hasAny(const Json &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (object.contains(key))
            return true;
    }
    return false;
}

// A policy as Tyk's user.Policy has it: access rights and limits.
bool looksLikePolicy(const Json &object)
{
    return object.is_object() && object.contains("access_rights") &&
           hasAny(object, {"rate", "per", "quota_max", "id", "_id", "name", "org_id", "partitions",
                           "tags"});
}
} // namespace

ValidatedFileKind validatedFileKindOf(const QByteArray &text)
{
    const auto parsed = parseUntrustedJson(std::string_view(text.constData(), size_t(text.size())));
    if (!parsed || !parsed->is_object())
        return ValidatedFileKind::ApiDefinition;
    const Json &root = *parsed;
    // Keys only API definitions have; a manifest's custom_middleware is also an API's key.
    if (hasAny(root,
               {"api_id", "proxy", "openapi", "x-tyk-api-gateway", "version_data", "use_keyless",
                "use_standard_auth", "auth", "auth_configs", "definition",
                "custom_middleware_bundle", "custom_plugin_auth_enabled", "slug", "listen_path"}))
        return ValidatedFileKind::ApiDefinition;
    if (hasAny(root, {"file_list", "custom_middleware"}))
        return ValidatedFileKind::BundleManifest;
    if (hasAny(root, {"listen_port", "listen_address", "secret", "node_secret", "app_path",
                      "storage", "policies", "template_path", "middleware_path", "hash_keys",
                      "enable_jsvm", "enable_analytics", "analytics_config", "coprocess_options",
                      "http_server_options", "bundle_base_url", "enable_bundle_downloader"}))
        return ValidatedFileKind::GatewayConfig;
    if (looksLikePolicy(root))
        return ValidatedFileKind::Policy;
    if (!root.empty()) {
        bool allPolicies = true;
        for (const auto &[id, value] : root.items())
            allPolicies = allPolicies && looksLikePolicy(value);
        if (allPolicies)
            return ValidatedFileKind::PolicyRecord;
    }
    return ValidatedFileKind::ApiDefinition;
}

QString toString(ValidatedFileKind kind)
{
    switch (kind) {
    case ValidatedFileKind::ApiDefinition: return QStringLiteral("API definition");
    case ValidatedFileKind::BundleManifest: return QStringLiteral("bundle manifest");
    case ValidatedFileKind::GatewayConfig: return QStringLiteral("tyk.conf");
    case ValidatedFileKind::PolicyRecord: return QStringLiteral("policies");
    case ValidatedFileKind::Policy: return QStringLiteral("policy");
    }
    return {};
}

} // namespace Hb::Cli
