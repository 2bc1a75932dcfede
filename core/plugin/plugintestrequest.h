// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

// One POST /tyk/plugins/test request (Tyk: gateway/mw_js_plugin_test_runner.go, pluginTestHandler),
// checked.
struct PluginTestRequest
{
    QString code;
    QString hookType; // pre, auth_check, post_key_auth, post, response
    QString orgId;
    QString apiId;                                     // "__sandbox__" when not given
    nlohmann::json request = nlohmann::json::object(); // the mock request as given
    std::optional<nlohmann::json> response;            // the mock response (response hooks)
    std::optional<nlohmann::json> session;             // as given, not yet checked
    nlohmann::json configData = nlohmann::json::object();
    // Hookbench's additions (Tyk's runner is JavaScript only): `driver` picks the language
    // (javascript when absent; python, lua), `hook_name` the function to call (required
    // for python and lua, whose hooks are named functions).
    QString driver;
    QString hookName;

    bool isJavaScript() const
    {
        return driver == u"javascript" || driver == u"otto" || driver == u"goja";
    }
    // The mock request's parts with Tyk's defaults: scheme https, path "/", URL
    // <scheme>://__sandbox__<path>[?params] and RequestURI <path>[?params] when not given.
    QString scheme() const;
    QString url() const;
    QString requestUri() const;
    // `request_before` of the reply: the mock request as the hook saw it.
    nlohmann::ordered_json requestBefore() const;

    // Tyk's checks, in its order, then ours; the error's message is the text of the 400
    // reply.
    static Result<PluginTestRequest> parse(const QByteArray &body);
};

} // namespace Hb::Plugin
