// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/plugin/iplugindriver.h"

#include <QByteArray>

namespace Hb::Plugin {

// Reads what a JS hook returned (the JSON text of DoProcessRequest / DoProcessResponse) the
// way Tyk decodes it into VMReturnObject / VMResponseReturnObject (GoJson's rules): any
// mismatch (not JSON, "undefined", SessionMeta values that are not strings, a Session that
// is not an object, a body that is not base64) is an error, which Tyk answers with 500.
// The changes land in the coprocess view (`reply.object`) and in `reply.script`, for the
// hook phases to apply with the JSVM rules.
class JsReturnDecoder
{
public:
    // {Request, SessionMeta, Session, AuthValue}. Fills object.request (raw_body, url,
    // set/delete headers, add/delete params, return_overrides) and script (IgnoreBody,
    // ExtendedParams, SessionMeta, Session, AuthValue).
    static Result<void> request(const QByteArray &text, HookReply &reply);
    // {Response, SessionMeta}. Fills object.response (status_code, raw_body) and
    // script.responseSetHeaders / responseDeleteHeaders.
    static Result<void> response(const QByteArray &text, HookReply &reply);
    // A virtual endpoint's TykJsResponse: {Response: {Body, Headers, Code}, SessionMeta}
    // (VMResponseObject; SessionMeta holds any JSON values). Fills script.virtualResponse
    // (headers in Go's map order) and script.sessionMeta; reply.object is left empty.
    static Result<void> virtualEndpoint(const QByteArray &text, HookReply &reply);
};

} // namespace Hb::Plugin
