// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/coprocess/coprocessobject.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/session/sessionstate.h"
#include "core/plugin/goreply.h"
#include "core/plugin/pluginlog.h"
#include "core/plugin/pluginmodule.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

// A problem found while loading plugin code, with its place in the user's file.
struct LoadProblem
{
    Error error;
    bool warning = false;
};

// One hook call. `object` is Tyk's coprocess view of it, which Python, gRPC and Lua
// drivers use as is; the rest is for drivers with an object model of their own (Tyk's
// JSVM sees every header value and the whole session).
struct HookCall
{
    coprocess::Object object;
    Http::HttpRequest request;                    // the request as it is now
    std::optional<Session::SessionState> session; // the request's session, if any
    QString sessionKey;
    nlohmann::json configData = nlohmann::json::object(); // the API's config_data (when enabled)
    bool requireSession = false;                          // the entry's require_session
    // For drivers with an object model of their own (JSVM):
    bool configDataDisabled = false; // config_data_disabled: JS sees no config_data at all
    QString apiId;
    QString orgId;
    QByteArray requestUri;       // the request-target as the client sent it (Go's RequestURI)
    Http::HttpResponse response; // response hooks: the reply as it is now
    QString entryPath;           // the entry's `path` as written (JS: which file's object)
    QString entryCode;           // the entry's inline `code` as written (goja)
    // A virtual endpoint (JSVM drivers): `object.hook_name()` is the function to call as
    // f(request, session, config); the answer comes back in ScriptReply::virtualResponse.
    bool virtualEndpoint = false;
    bool useSession = false; // the endpoint's use_session: the request's session, else {}
    // The request this call serves. Once it is gone (the client went away), a driver that can
    // stop the call does: gRPC cancels it, as Tyk's Dispatch runs on the request's context.
    std::weak_ptr<const void> requester;
    // Go plugins (goplugin): what ctx.GetDefinition / GetOASDefinition return (the classic
    // definition, or the Tyk OAS document for OAS APIs), the key id ctx.GetAuthToken gives,
    // and tyk.conf's hash_keys, which ctx.SetSession falls back on.
    std::shared_ptr<const nlohmann::json> apiDefinition;
    bool apiIsOas = false;
    QString authToken;
    bool hashKeys = false;
    Http::HeaderList writerHeaders; // what earlier Go steps set on the writer (Tyk shares one)
    // Go analytics plugins: the AnalyticsRecord as JSON with tyk-pump's tags.
    QByteArray analyticsRecord;
};

// What a JSVM hook returned beyond the coprocess view; the hook phases apply it with the
// JSVM's rules (Tyk: gateway/mw_js_plugin.go, DynamicMiddleware.ProcessRequest) instead of the
// coprocess ones.
struct ScriptReply
{
    bool ignoreBody = false; // Request.IgnoreBody: keep the original body
    QList<std::pair<QByteArray, QByteArray>> extendedParams; // Request.ExtendedParams
    std::optional<nlohmann::json> sessionMeta; // SessionMeta (post hook with session, virtual)
    std::optional<Session::SessionState> authSession; // auth hooks: the returned Session
    QString authValue;                                // auth hooks: the AuthValue
    // Response hooks: Response.DeleteHeaders and Response.SetHeaders, applied before the
    // body and the status (which are in `object.response()`).
    QList<QByteArray> responseDeleteHeaders;
    QList<std::pair<QByteArray, QByteArray>> responseSetHeaders;
    // Virtual endpoints: the reply the function made (Response.Code, Headers, Body).
    std::optional<Http::HttpResponse> virtualResponse;
};

// What a hook call gives back. `object` is the Object the plugin returned (coprocess
// semantics: only in-place changes count), or the error that Tyk turns into its 500/403.
struct HookReply
{
    Result<coprocess::Object> object = makeError(ErrorCode::Internal, QString());
    QList<PluginLogLine> logs;
    // Where the error happened in the plugin (file, line, function), when known.
    SourceLocation where;
    qint64 pluginNs = 0;               // time spent inside the plugin runtime
    std::optional<ScriptReply> script; // set by JSVM drivers only
    std::optional<GoReply> go;         // set by the Go driver only
};

// One plugin language. Tyk's coprocess Object is the neutral currency: Python and gRPC
// speak it natively, Lua as JSON, and the JavaScript driver maps it to the JSVM objects.
//
// Threads: drivers run plugin code on threads of their own. load() and call() are made on
// the engine thread; call() returns at once and `done` runs later on the thread of the
// context object the driver was created with (the engine), never inside call().
class IPluginDriver
{
public:
    using HookCallback = std::function<void(HookReply)>;

    virtual ~IPluginDriver() = default;
    // custom_middleware.driver names this driver answers to ("python").
    virtual QStringList languages() const = 0;
    // Loads `code`. Blocks the engine thread while the plugin's module-level code runs, for
    // at most the driver's time budget. Errors carry the file and line. Problems that do
    // not stop loading (a hook named in the manifest but missing) go to `problems`.
    virtual Result<std::shared_ptr<PluginModule>> load(const PluginCode &code,
                                                       QList<LoadProblem> *problems) = 0;
    // Runs hook `call.object.hook_name()` of `module`. A hook that overruns the time
    // budget completes with ErrorCode::Timeout and is interrupted.
    virtual void call(const std::shared_ptr<PluginModule> &module, HookCall call,
                      HookCallback done) = 0;
    // Whether hooks run code Hookbench loads (files, inline code). gRPC hooks run in the
    // author's server, so an API naming no file still has hooks.
    virtual bool loadsCode() const { return true; }
    // Tyk's DispatchEvent: an API event handler's (cp_dynamic_handler) event, as JSON, fire
    // and forget. False when the driver takes no events (Tyk's Python dispatcher ignores them).
    virtual bool dispatchEvent(const QByteArray &eventJson)
    {
        Q_UNUSED(eventJson);
        return false;
    }
    // Builds plugins for a debugger from now on (Go: without optimisations, for Delve), or
    // no longer. True when modules loaded before must be loaded again to follow.
    virtual bool setPluginDebug(bool on)
    {
        Q_UNUSED(on);
        return false;
    }
};

} // namespace Hb::Plugin
