// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/pipelinebuilder.h"

#include "core/pipeline/loadedapi.h"
#include "core/pipeline/phases/accessrightsphase.h"
#include "core/pipeline/phases/authkeyphase.h"
#include "core/pipeline/phases/coprocessauthphase.h"
#include "core/pipeline/phases/gopluginphase.h"
#include "core/pipeline/phases/goresponsephase.h"
#include "core/pipeline/phases/granularaccessphase.h"
#include "core/pipeline/phases/jsauthphase.h"
#include "core/pipeline/phases/keyexpiredphase.h"
#include "core/pipeline/phases/pluginhookphase.h"
#include "core/pipeline/phases/proxyphase.h"
#include "core/pipeline/phases/ratelimitandquotaphase.h"
#include "core/pipeline/phases/ratelimitheadersphase.h"
#include "core/pipeline/phases/stripauthphase.h"
#include "core/pipeline/phases/trackendpointphase.h"
#include "core/pipeline/phases/versioncheckphase.h"
#include "core/pipeline/phases/virtualendpointphase.h"
#include "core/session/keyhasher.h"

namespace Hb::Pipeline {

namespace {
using PhaseList = std::vector<std::unique_ptr<IPhase>>;

bool isGoDriver(const QString &driver)
{
    return driver == u"goplugin";
}

// `goResponses`: the Go host's binding for response entries naming a .so under another
// driver (Tyk makes those Go response plugins whatever the driver); null when there is none.
void appendHooks(PhaseList &phases, HookType type, const QString &driver,
                 const QList<Api::MiddlewareDefinition> &entries, const PluginHookContext &context,
                 const GoStepContext &go, const GoStepContext *goResponses = nullptr)
{
    for (const Api::MiddlewareDefinition &entry : entries) {
        if (entry.disabled)
            continue;
        if (!isGoDriver(driver) && type == HookType::Response && entry.path.endsWith(u".so")) {
            if (goResponses && !entry.name.isEmpty())
                phases.push_back(std::make_unique<GoResponsePhase>(entry, *goResponses));
            continue;
        }
        if (!isGoDriver(driver)) {
            phases.push_back(std::make_unique<PluginHookPhase>(type, driver, entry, context));
            continue;
        }
        // Tyk drops a Go entry without a name or a path (gateway/server.go).
        if (entry.name.isEmpty() || entry.path.isEmpty())
            continue;
        if (type == HookType::Response)
            phases.push_back(std::make_unique<GoResponsePhase>(entry, go));
        else
            phases.push_back(std::make_unique<GoPluginPhase>(type, entry, go));
    }
}
} // namespace

std::shared_ptr<const LoadedApi>
PipelineBuilder::build(const Api::ApiDefinition &api, const PipelineContext &ctx,
                       std::shared_ptr<const Plugin::PluginBinding> plugins,
                       std::shared_ptr<const Plugin::PluginBinding> virtualEndpoints,
                       std::shared_ptr<const ApiEventHandlers> events,
                       std::shared_ptr<const Plugin::PluginBinding> goEndpoints)
{
    // rate_limit_response_headers: anything but "rate_limits" means "quotas" (Tyk's default).
    const bool rateLimitsMode = ctx.config.rateLimitResponseHeaders == u"rate_limits";
    const PluginHookContext hooks{std::move(plugins), !ctx.config.ignoreCanonicalMimeHeaderKey,
                                  rateLimitsMode, &ctx.clock};
    const Api::CustomMiddleware &mw = api.customMiddleware;
    const EndpointMatchOptions matchOptions{ctx.config.enablePathPrefixMatching,
                                            ctx.config.enablePathSuffixMatching,
                                            ctx.config.ignoreEndpointCase};
    // Go plugins see the classic definition, or the Tyk OAS document of an OAS API; one copy
    // per load, only for an API with Go steps.
    const bool hasGoSteps = isGoDriver(mw.driver) || goEndpoints;
    const auto definition =
        hasGoSteps ? std::make_shared<const nlohmann::json>(api.isOas ? api.oasDocument : api.raw)
                   : nullptr;
    const GoStepContext go{hooks,     definition,    api.isOas,
                           api.orgId, &ctx.policies, ctx.keyHasher.hashKeys()};
    PhaseList phases;
    phases.push_back(std::make_unique<VersionCheckPhase>(api, matchOptions, ctx.clock));
    appendHooks(phases, HookType::Pre, mw.driver, mw.pre, hooks, go);
    if (auto track = TrackEndpointPhase::forApi(api, ctx.config.enableAnalytics, matchOptions))
        phases.push_back(std::move(track));

    if (!api.useKeyless) {
        bool authStepAdded = false;
        if (api.customPluginAuthEnabled && isGoDriver(mw.driver)) {
            // A Go auth_check is an ordinary Go step; disabled or nameless, none is added
            // (Tyk: gateway/mw_go_plugin.go, EnabledForSpec), and token auth follows.
            if (!mw.authCheck.disabled && !mw.authCheck.name.isEmpty() &&
                !mw.authCheck.path.isEmpty()) {
                phases.push_back(
                    std::make_unique<GoPluginPhase>(HookType::CustomKeyCheck, mw.authCheck, go));
                authStepAdded = true;
            }
        } else if (api.customPluginAuthEnabled) {
            // Tyk's quirk (gateway/server.go, loadCustomMiddleware): a disabled or nameless
            // auth_check still installs the step, with an empty hook name.
            Api::MiddlewareDefinition auth = mw.authCheck;
            if (auth.disabled || auth.name.isEmpty())
                auth = Api::MiddlewareDefinition();
            if (isJsDriver(mw.driver))
                phases.push_back(std::make_unique<JsAuthPhase>(api, auth, hooks, ctx.keyHasher));
            else
                phases.push_back(std::make_unique<CoprocessAuthPhase>(
                    api, auth, hooks,
                    CoprocessAuthPhase::Services{
                        ctx.clock, ctx.store, ctx.policies, ctx.keyHasher, ctx.cacheObserver,
                        Session::SessionLifetimeOptions{
                            0, ctx.config.sessionLifetimeRespectsKeyExpiration,
                            ctx.config.forceGlobalSessionLifetime,
                            ctx.config.globalSessionLifetime}}));
            authStepAdded = true;
        }
        if (api.useStandardAuth || !authStepAdded)
            phases.push_back(std::make_unique<AuthKeyPhase>(
                api, ctx.store, ctx.policies, ctx.keyHasher, ctx.config.minTokenLength));
        appendHooks(phases, HookType::PostKeyAuth, mw.driver, mw.postKeyAuth, hooks, go);
        if (api.stripAuthData)
            phases.push_back(std::make_unique<StripAuthPhase>(api));
        phases.push_back(std::make_unique<KeyExpiredPhase>(ctx.clock));
        phases.push_back(
            std::make_unique<AccessRightsPhase>(api.apiId, api.versionData.notVersioned));
        phases.push_back(
            std::make_unique<GranularAccessPhase>(api.apiId, api.listenPath, matchOptions));
        // Tyk's EnabledForSpec: installed unless both limits are disabled.
        if (!api.disableRateLimit || !api.disableQuota) {
            RateLimitAndQuotaPhase::Options options{api.apiId,        api.disableRateLimit,
                                                    api.disableQuota, rateLimitsMode,
                                                    api.listenPath,   matchOptions};
            phases.push_back(std::make_unique<RateLimitAndQuotaPhase>(
                std::move(options), ctx.rateLimiter, ctx.store, ctx.clock));
        }
    }

    // Tyk installs it with enable_jsvm and a virtual path (the host binds no code without a
    // JSVM driver).
    if (virtualEndpoints)
        phases.push_back(std::make_unique<VirtualEndpointPhase>(
            api, matchOptions,
            PluginHookContext{std::move(virtualEndpoints), hooks.canonicalHeaderNames,
                              hooks.rateLimitsMode, &ctx.clock}));
    // One step serves every per-endpoint Go plugin, whatever the API's driver (Tyk's
    // GoPluginMiddleware with its path-to-plugin map), before the post hooks.
    if (goEndpoints) {
        GoStepContext endpoints = go;
        endpoints.hooks.binding = goEndpoints;
        if (auto phase = GoPluginPhase::forEndpoints(api, matchOptions, std::move(endpoints)))
            phases.push_back(std::move(phase));
    }
    appendHooks(phases, HookType::Post, mw.driver, mw.post, hooks, go);
    phases.push_back(
        std::make_unique<ProxyPhase>(api, ctx.upstream, ctx.config.proxyDefaultTimeoutSecs * 1000));
    const int responseStart = int(phases.size());
    GoStepContext goResponses = go;
    goResponses.hooks.binding = goEndpoints;
    appendHooks(phases, HookType::Response, mw.driver, mw.response, hooks, go,
                goEndpoints ? &goResponses : nullptr);
    // Set after the response plugins, so they cannot remove them (Tyk: internal/rate/headers.go).
    phases.push_back(std::make_unique<RateLimitHeadersPhase>(api.apiId, rateLimitsMode));
    return std::make_shared<const LoadedApi>(api, std::move(phases), responseStart,
                                             std::move(events), std::move(goEndpoints));
}

} // namespace Hb::Pipeline
