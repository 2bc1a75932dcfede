// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/pipelinebuilder.h"

#include "core/pipeline/loadedapi.h"
#include "core/pipeline/phases/accessrightsphase.h"
#include "core/pipeline/phases/authkeyphase.h"
#include "core/pipeline/phases/coprocessauthphase.h"
#include "core/pipeline/phases/granularaccessphase.h"
#include "core/pipeline/phases/jsauthphase.h"
#include "core/pipeline/phases/keyexpiredphase.h"
#include "core/pipeline/phases/pluginhookphase.h"
#include "core/pipeline/phases/proxyphase.h"
#include "core/pipeline/phases/ratelimitandquotaphase.h"
#include "core/pipeline/phases/ratelimitheadersphase.h"
#include "core/pipeline/phases/stripauthphase.h"
#include "core/pipeline/phases/versioncheckphase.h"
#include "core/pipeline/phases/virtualendpointphase.h"

namespace Hb::Pipeline {

namespace {
using PhaseList = std::vector<std::unique_ptr<IPhase>>;

void appendHooks(PhaseList &phases, HookType type, const QString &driver,
                 const QList<Api::MiddlewareDefinition> &entries, const PluginHookContext &context)
{
    for (const Api::MiddlewareDefinition &entry : entries) {
        if (!entry.disabled)
            phases.push_back(std::make_unique<PluginHookPhase>(type, driver, entry, context));
    }
}
} // namespace

std::shared_ptr<const LoadedApi>
PipelineBuilder::build(const Api::ApiDefinition &api, const PipelineContext &ctx,
                       std::shared_ptr<const Plugin::PluginBinding> plugins,
                       std::shared_ptr<const Plugin::PluginBinding> virtualEndpoints,
                       std::shared_ptr<const ApiEventHandlers> events)
{
    // rate_limit_response_headers: anything but "rate_limits" means "quotas" (Tyk's default).
    const bool rateLimitsMode = ctx.config.rateLimitResponseHeaders == u"rate_limits";
    const PluginHookContext hooks{std::move(plugins), !ctx.config.ignoreCanonicalMimeHeaderKey,
                                  rateLimitsMode, &ctx.clock};
    const Api::CustomMiddleware &mw = api.customMiddleware;
    const EndpointMatchOptions matchOptions{ctx.config.enablePathPrefixMatching,
                                            ctx.config.enablePathSuffixMatching,
                                            ctx.config.ignoreEndpointCase};
    PhaseList phases;
    phases.push_back(std::make_unique<VersionCheckPhase>(api, matchOptions, ctx.clock));
    appendHooks(phases, HookType::Pre, mw.driver, mw.pre, hooks);

    if (!api.useKeyless) {
        bool authStepAdded = false;
        if (api.customPluginAuthEnabled) {
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
        appendHooks(phases, HookType::PostKeyAuth, mw.driver, mw.postKeyAuth, hooks);
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
    appendHooks(phases, HookType::Post, mw.driver, mw.post, hooks);
    phases.push_back(
        std::make_unique<ProxyPhase>(api, ctx.upstream, ctx.config.proxyDefaultTimeoutSecs * 1000));
    const int responseStart = int(phases.size());
    appendHooks(phases, HookType::Response, mw.driver, mw.response, hooks);
    // Set after the response plugins, so they cannot remove them (Tyk: internal/rate/headers.go).
    phases.push_back(std::make_unique<RateLimitHeadersPhase>(api.apiId, rateLimitsMode));
    return std::make_shared<const LoadedApi>(api, std::move(phases), responseStart,
                                             std::move(events));
}

} // namespace Hb::Pipeline
