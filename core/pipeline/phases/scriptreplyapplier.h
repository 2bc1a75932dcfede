// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/phases/pluginhookphase.h"
#include "core/plugin/iplugindriver.h"

#include <optional>

namespace Hb::Pipeline {

class Exchange;

// Applies what a JSVM hook returned (a HookReply with `script` set) with Tyk's JSVM rules,
// which differ from the coprocess ones (Tyk: gateway/mw_js_plugin.go,
// DynamicMiddleware.ProcessRequest; gateway/mw_js_plugin_response.go). Engine thread.
class ScriptReplyApplier
{
public:
    struct Options
    {
        HookType type = HookType::Pre;
        bool requireSession = false; // the entry's require_session (post-phase hooks)
        bool canonicalHeaderNames = true;
        bool rateLimitsMode = false;
        const IClock *clock = nullptr;
    };

    enum class Outcome {
        Continue,    // every change applied, no override: go on
        UrlRejected, // the returned URL does not parse: Tyk stops applying there (headers,
                     // params, session and overrides are ignored) and the chain goes on
        Respond,     // a return override wrote the reply (ex.response)
        Fail,        // a return override asked for Tyk's error reply (ex.fail was called)
    };

    // A request hook's reply, in Tyk's order: the body (unless IgnoreBody), the URL, deleted
    // then set headers, parameters (delete, add, extended) on the new URL's query, the
    // session metadata (post-phase hooks with require_session), the return overrides.
    // The method cannot change.
    static Outcome applyRequest(Exchange &ex, const Plugin::HookReply &reply,
                                const Options &options);
    // A response hook's reply: deleted then set headers, the body (Content-Length follows
    // it), the status when non-zero.
    static void applyResponse(Exchange &ex, const Plugin::HookReply &reply,
                              bool canonicalHeaderNames);

    // The whole of a pre, post_key_auth, post or response hook's reply: errors become Tyk's
    // 500s ("Internal Server Error" for request hooks, "Middleware error" for response hooks,
    // only logged on a JSVM synthetic reply), then the reply is applied. Returns the status
    // the hook phase ends with.
    static PhaseStatus finish(Exchange &ex, const Plugin::HookReply &reply, const Options &options);

    // Why Go's url.Parse rejects `url`, or nullopt when it parses.
    static std::optional<QString> urlError(const QByteArray &url);
    // The Date header of a synthetic reply (Go's http.TimeFormat), from the engine clock.
    static QByteArray httpDate(const IClock *clock);

private:
    static Outcome applyOverrides(Exchange &ex, const coprocess::ReturnOverrides &ro,
                                  const Options &options);
};

} // namespace Hb::Pipeline
