// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/endpointmatcher.h"
#include "core/pipeline/phases/pluginhookphase.h"

#include <memory>

namespace Hb::Policy {
class PolicyStore;
}

namespace Hb::Pipeline {

// What every Go step of one API shares: the definition its plugins see through
// ctx.GetDefinition (ctx.GetOASDefinition for Tyk OAS APIs), the policies applied after each
// step, and tyk.conf's hash_keys.
struct GoStepContext
{
    PluginHookContext hooks;
    std::shared_ptr<const nlohmann::json> definition;
    bool isOas = false;
    QString orgId;
    const Policy::PolicyStore *policies = nullptr;
    bool hashKeys = false;
};

// A Go request step (Tyk: gateway/mw_go_plugin.go, GoPluginMiddleware): one API-level hook
// (pre, auth_check, post_key_auth, post), or the per-endpoint step that serves every
// extended_paths.go_plugin entry of the API: per request the first entry, in list order,
// whose method equals the request's and whose path matches the current path; none, and the
// step passes. The plugin runs in the Go plugin host; GoReplyApplier applies what it did.
class GoPluginPhase final : public IPhase
{
public:
    GoPluginPhase(HookType type, Api::MiddlewareDefinition entry, GoStepContext context);
    // The per-endpoint step, or null when no version with use_extended_paths has an enabled
    // go_plugin entry.
    static std::unique_ptr<GoPluginPhase> forEndpoints(const Api::ApiDefinition &api,
                                                       const EndpointMatchOptions &options,
                                                       GoStepContext context);

    QString name() const override;
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

    // The HookCall the Go driver gets for `entry`.
    static Plugin::HookCall makeCall(const Exchange &ex, HookType type,
                                     const Api::MiddlewareDefinition &entry,
                                     const GoStepContext &context);

private:
    struct VersionEndpoints
    {
        EndpointMatcher matcher;
        QList<Api::MiddlewareDefinition> entries; // func_name and plugin_path, in list order
    };
    GoPluginPhase() = default;

    HookType m_type = HookType::Post;
    Api::MiddlewareDefinition m_entry;
    GoStepContext m_context;
    bool m_perEndpoint = false;
    QString m_listenPath;
    QMap<QString, VersionEndpoints> m_endpoints; // by version name
};

} // namespace Hb::Pipeline
