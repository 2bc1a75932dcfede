// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/gatewayconfig.h"

#include <memory>

namespace Hb {
class IClock;
}
namespace Hb::Session {
class ISessionStore;
}
namespace Hb::Upstream {
class IUpstream;
}

namespace Hb::Pipeline {

class LoadedApi;

// What phases need from the engine. Not owned; outlives every LoadedApi built with it.
struct PipelineContext
{
    const IClock &clock;
    Session::ISessionStore &store;
    Upstream::IUpstream &upstream;
    const Api::GatewayConfig &config;
};

// Turns an API definition into its flat phase list. The only code that knows Tyk's order
// (../shared/reference/middleware-chain.md §2): VersionCheck, pre hooks, then for
// protected APIs the auth block (auth_check, AuthKey), post_key_auth hooks, KeyExpired,
// AccessRights; then post hooks, Proxy; then response hooks.
class PipelineBuilder
{
public:
    static std::shared_ptr<const LoadedApi> build(const Api::ApiDefinition &api,
                                                  const PipelineContext &context);
};

} // namespace Hb::Pipeline
