// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/gatewayconfig.h"

#include <memory>

namespace Hb {
class IClock;
}
namespace Hb::Policy {
class PolicyStore;
}
namespace Hb::Session {
class ISessionStore;
class KeyHasher;
} // namespace Hb::Session
namespace Hb::Upstream {
class IUpstream;
}
namespace Hb::Plugin {
struct PluginBinding;
}

namespace Hb::Pipeline {

class ISessionCacheObserver;
class LoadedApi;
class RateLimiter;
class ApiEventHandlers;

// What phases need from the engine. Not owned; outlives every LoadedApi built with it.
struct PipelineContext
{
    const IClock &clock;
    Session::ISessionStore &store;
    Upstream::IUpstream &upstream;
    const Api::GatewayConfig &config;
    const Policy::PolicyStore &policies;            // the engine's current set; replaced on reload
    RateLimiter &rateLimiter;                       // one per engine, shared by every API
    const Session::KeyHasher &keyHasher;            // hash_keys / hash_key_function from tyk.conf
    ISessionCacheObserver *cacheObserver = nullptr; // ID-extractor decisions; may be null
};

// Turns an API definition into its flat phase list. The only code that knows Tyk's order
// (Tyk: processSpec in gateway/api_loader.go): VersionCheck, pre hooks, TrackEndpoint, then for
// protected APIs the auth block (auth_check, AuthKey), post_key_auth hooks, KeyExpired,
// AccessRights, RateLimitAndQuota; then post hooks, Proxy; then response hooks and
// RateLimitHeaders.
class PipelineBuilder
{
public:
    // `plugins` is the API's plugin code (null when it has no hooks or no driver for them);
    // `virtualEndpoints` the JS code of its virtual endpoints (null: none, or no JSVM);
    // `goEndpoints` the Go plugins of its extended_paths.go_plugin entries (null: none).
    static std::shared_ptr<const LoadedApi>
    build(const Api::ApiDefinition &api, const PipelineContext &context,
          std::shared_ptr<const Plugin::PluginBinding> plugins = nullptr,
          std::shared_ptr<const Plugin::PluginBinding> virtualEndpoints = nullptr,
          std::shared_ptr<const ApiEventHandlers> events = nullptr,
          std::shared_ptr<const Plugin::PluginBinding> goEndpoints = nullptr);
};

} // namespace Hb::Pipeline
