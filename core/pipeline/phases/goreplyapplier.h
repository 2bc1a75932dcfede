// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/phasestatus.h"
#include "core/plugin/iplugindriver.h"

#include <QString>

namespace Hb::Policy {
class PolicyStore;
}

namespace Hb::Pipeline {

class Exchange;

// Applies what a Go plugin did to the live request, session and writer, with Tyk's rules
// (gateway/mw_go_plugin.go, GoPluginMiddleware.ProcessRequest; gateway/res_handler_go_plugin.go,
// ResponseGoPluginMiddleware.HandleResponse): there is no returned Object, the plugin's changes
// are the result.
class GoReplyApplier
{
public:
    struct RequestOptions
    {
        const Policy::PolicyStore *policies = nullptr;
        QString apiOrgId;
        // API-level steps: Tyk writes nothing after a loaded API-level Go step fails, so a
        // policy that does not apply leaves the client a 200 with an empty body. The
        // per-endpoint step answers 500.
        bool apiLevel = true;
    };

    // A request hook: r's changes, the session it set (policies applied, stored when
    // modified), and a reply it wrote (any status, exactly as written, ends the chain).
    static PhaseStatus applyRequest(Exchange &ex, const Plugin::HookReply &reply,
                                    const RequestOptions &options);
    // A response hook: *http.Response as left replaces the reply; writing through rw
    // commits that status and headers with the upstream body after the plugin's bytes.
    static PhaseStatus applyResponse(Exchange &ex, const Plugin::HookReply &reply);
};

} // namespace Hb::Pipeline
