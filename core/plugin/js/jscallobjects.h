// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"

#include <QString>

namespace Hb::Plugin {

// The JSON texts Tyk hands a JS hook (Tyk: gateway/mw_js_plugin.go, mw_js_plugin_response.go), as
// Go's encoder writes them: struct fields in declaration order, map keys sorted, header names
// canonical, header and parameter values as arrays, invalid UTF-8 replaced by U+FFFD.
class JsCallObjects
{
public:
    // MiniRequestObject. `withBody`: the body base64-encoded (request hooks); else null
    // (the request a response hook sees).
    static QString request(const HookCall &call, bool withBody);
    // MiniResponseObject for response hooks.
    static QString response(const HookCall &call);
    // The session a hook sees: {} for pre and auth_check; for post_key_auth and post the
    // request's session when the entry has require_session (null on a keyless API), else
    // {}; for response hooks the request's session or {}; for virtual endpoints the
    // request's session with use_session, else {}.
    static QString session(const HookCall &call);
    // A virtual endpoint's request (RequestObject): {Headers, Body (as text), URL, Params
    // (query and form values), Scheme}; Host is not among the headers, as in Go.
    static QString virtualRequest(const HookCall &call);
    // {"OrgID", "APIID", "config_data"} (config_data left out when disabled).
    static QString config(const HookCall &call);
};

} // namespace Hb::Plugin
