// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"
#include "core/plugin/iplugindriver.h"
#include "core/plugin/pluginbinding.h"
#include "core/plugin/pluginlog.h"
#include "core/http/headerlist.h"

#include <memory>

namespace Hb {
class IClock;
}

namespace Hb::Pipeline {

// Tyk's hook types (coprocess HookType names).
enum class HookType { Pre, CustomKeyCheck, PostKeyAuth, Post, Response };
QString hookTypeName(HookType type);
// The coprocess wire name of a hook type (Object.hook_type).
coprocess::HookType wireHookType(HookType type);

// What every plugin hook phase of one API shares.
struct PluginHookContext
{
    std::shared_ptr<const Plugin::PluginBinding> binding; // null: no driver for the language
    bool canonicalHeaderNames = true;                     // !ignore_canonical_mime_header_key
    bool rateLimitsMode = false;   // rate_limit_response_headers: "rate_limits"
    const IClock *clock = nullptr; // for the Date of JSVM synthetic replies; may be null
};

// Whether `driver` is one of Tyk's JSVM drivers (otto, javascript).
bool isJsDriver(const QString &driver);

// One custom-plugin hook of the chain (pre, post_key_auth, post, response; one per
// manifest entry, in array order), run through the API's plugin driver. Coprocess drivers
// follow Tyk's coprocess rules (Tyk: gateway/coprocess.go, ProcessRequest,
// ObjectPostProcess, CustomMiddlewareResponseHook.HandleResponse):
// the returned Object's request changes are applied, return overrides end the request, and
// a response hook's returned response replaces the upstream's. The JSVM drivers (otto,
// javascript) follow Tyk's JSVM rules instead (gateway/mw_js_plugin.go; ScriptReplyApplier).
// Without a driver for the API's language the phase answers as Tyk does: 500 "Internal Server
// Error" for coprocess drivers, 500 "middleware error" for JS.
class PluginHookPhase final : public IPhase
{
public:
    PluginHookPhase(HookType type, QString driver, Api::MiddlewareDefinition definition,
                    PluginHookContext context = {})
        : m_type(type)
        , m_driver(std::move(driver))
        , m_definition(std::move(definition))
        , m_context(std::move(context))
    {}
    QString name() const override;
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

    HookType type() const { return m_type; }
    const Api::MiddlewareDefinition &definition() const { return m_definition; }

    // The reply Tyk's raw return override writes: code, the plugin's headers, the body,
    // and the Content-Type Go's server sniffs when the plugin set none.
    static void writeRawReply(Exchange &ex, int code, const Http::HeaderList &headers,
                              const QByteArray &body);
    // The call a coprocess driver (Python, gRPC, Lua) gets: the Object alone.
    static Plugin::HookCall coprocessCall(coprocess::Object object);
    // The call a JSVM driver gets: the Object plus the exchange's request and session.
    static Plugin::HookCall makeCall(const Exchange &ex, coprocess::Object object,
                                     const Api::MiddlewareDefinition &entry);
    // The token a coprocess hook's returned Object names: metadata["token"], object-level
    // first, then the session's; empty without a session (Tyk: gateway/coprocess.go,
    // CoProcessMiddleware.ProcessRequest, which merges the object's metadata into the session's).
    static std::string returnedToken(const coprocess::Object &returned);
    // A plugin's log lines onto the exchange, for the phase's trace.
    static void takeLogs(Exchange &ex, const QList<Plugin::PluginLogLine> &logs);
    // When the trace keeps snapshots: the Object a coprocess hook is sent, and the one it
    // returned, as JSON for the phase's trace event.
    static void recordSent(Exchange &ex, const coprocess::Object &sent);
    static void recordReturned(Exchange &ex, const Plugin::HookReply &reply);

private:
    PhaseStatus notRunnable(Exchange &ex) const;

    HookType m_type;
    QString m_driver;
    Api::MiddlewareDefinition m_definition;
    PluginHookContext m_context;
};

} // namespace Hb::Pipeline
