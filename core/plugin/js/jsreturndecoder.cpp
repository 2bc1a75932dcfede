// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsreturndecoder.h"

#include "core/common/untrustedjson.h"
#include "core/plugin/gojson.h"

#include <limits>

namespace Hb::Plugin {

namespace {
using Json = nlohmann::json;
using G = GoJson;

std::string std_(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

Result<Json> parse(const QByteArray &text)
{
    Json j = parseUntrustedJsonOrDiscarded<Json>(std::string_view(text.constData(), text.size()));
    if (j.is_discarded())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the hook's answer is not JSON: \"%1\"")
                             .arg(QString::fromUtf8(text.left(120))));
    if (!j.is_object() && !j.is_null())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                                        "gateway.VMReturnObject")
                             .arg(QString::fromLatin1(j.type_name())));
    return j;
}

// Checks the value is of the given shape, for fields Tyk decodes but does not use.
template<typename F>
Result<void> check(F reader)
{
    const auto r = reader();
    if (!r)
        return r.error();
    return {};
}

Result<void> readOverrides(const Json *value, coprocess::ReturnOverrides &out)
{
    const auto object = G::object(value, "ReturnOverrides");
    if (!object)
        return object.error();
    if (!*object)
        return {};
    const Json &o = **object;
    const auto code = G::integer(G::field(o, "ResponseCode"), "ReturnOverrides.ResponseCode");
    const auto error = G::string(G::field(o, "ResponseError"), "ReturnOverrides.ResponseError");
    const auto body = G::string(G::field(o, "ResponseBody"), "ReturnOverrides.ResponseBody");
    const auto headers =
        G::stringMap(G::field(o, "ResponseHeaders"), "ReturnOverrides.ResponseHeaders");
    const auto overrideError =
        G::boolean(G::field(o, "OverrideError"), "ReturnOverrides.OverrideError");
    for (const Error *e : {code ? nullptr : &code.error(), error ? nullptr : &error.error(),
                           body ? nullptr : &body.error(), headers ? nullptr : &headers.error(),
                           overrideError ? nullptr : &overrideError.error()})
        if (e)
            return *e;
    constexpr qint64 lo = std::numeric_limits<qint32>::min();
    constexpr qint64 hi = std::numeric_limits<qint32>::max();
    out.set_response_code(qint32(std::clamp(*code, lo, hi)));
    out.set_response_error(std_(*error));
    out.set_response_body(std_(*body));
    for (const auto &[name, v] : *headers)
        (*out.mutable_headers())[std_(name)] = std_(v);
    out.set_override_error(*overrideError);
    return {};
}

Result<void> readRequest(const Json *value, coprocess::MiniRequestObject &out, ScriptReply &script)
{
    const auto object = G::object(value, "Request");
    if (!object)
        return object.error();
    // A missing Request decodes as Go's zero value: no body, no URL.
    const Json &o = *object ? **object : Json::object();
    if (auto r = check([&] { return G::stringListMap(G::field(o, "Headers"), "Request.Headers"); });
        !r)
        return r;
    if (auto r = check([&] { return G::stringListMap(G::field(o, "Params"), "Request.Params"); });
        !r)
        return r;
    for (const char *name : {"Method", "RequestURI", "Scheme"})
        if (auto r = check([&] { return G::string(G::field(o, name), name); }); !r)
            return r;
    const auto setHeaders = G::stringMap(G::field(o, "SetHeaders"), "Request.SetHeaders");
    const auto deleteHeaders = G::stringList(G::field(o, "DeleteHeaders"), "Request.DeleteHeaders");
    const auto body = G::string(G::field(o, "Body"), "Request.Body");
    const auto url = G::string(G::field(o, "URL"), "Request.URL");
    const auto addParams = G::stringMap(G::field(o, "AddParams"), "Request.AddParams");
    const auto extended = G::stringListMap(G::field(o, "ExtendedParams"), "Request.ExtendedParams");
    const auto deleteParams = G::stringList(G::field(o, "DeleteParams"), "Request.DeleteParams");
    const auto ignoreBody = G::boolean(G::field(o, "IgnoreBody"), "Request.IgnoreBody");
    for (const Error *e :
         {setHeaders ? nullptr : &setHeaders.error(),
          deleteHeaders ? nullptr : &deleteHeaders.error(), body ? nullptr : &body.error(),
          url ? nullptr : &url.error(), addParams ? nullptr : &addParams.error(),
          extended ? nullptr : &extended.error(), deleteParams ? nullptr : &deleteParams.error(),
          ignoreBody ? nullptr : &ignoreBody.error()})
        if (e)
            return *e;
    // Body is a []byte: base64 in JSON.
    const auto raw = QByteArray::fromBase64Encoding(*body, QByteArray::AbortOnBase64DecodingErrors);
    if (!raw || body->size() % 4 != 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("illegal base64 data in Request.Body"));
    out.set_raw_body(std_(*raw));
    out.set_url(std_(*url));
    for (const auto &[name, v] : *setHeaders)
        (*out.mutable_set_headers())[std_(name)] = std_(v);
    for (const QByteArray &name : *deleteHeaders)
        out.add_delete_headers(std_(name));
    for (const auto &[name, v] : *addParams)
        (*out.mutable_add_params())[std_(name)] = std_(v);
    for (const QByteArray &name : *deleteParams)
        out.add_delete_params(std_(name));
    script.extendedParams = *extended;
    script.ignoreBody = *ignoreBody;
    return readOverrides(G::field(o, "ReturnOverrides"), *out.mutable_return_overrides());
}

Result<void> readSessionMeta(const Json &root, ScriptReply &script)
{
    const auto meta = G::stringMap(G::field(root, "SessionMeta"), "SessionMeta");
    if (!meta)
        return meta.error();
    Json j = Json::object();
    for (const auto &[k, v] : *meta)
        j[std_(k)] = std_(v);
    script.sessionMeta = std::move(j);
    return {};
}

Error decodeError(const Error &e, const QByteArray &text)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Failed to decode middleware data on return from VM: %1. "
                                    "Returned data: %2")
                         .arg(e.message, QString::fromUtf8(text.left(200))));
}
} // namespace

Result<void> JsReturnDecoder::request(const QByteArray &text, HookReply &reply)
{
    const Result<Json> root = parse(text);
    if (!root)
        return decodeError(root.error(), text);
    ScriptReply script;
    coprocess::Object object;
    if (auto r = readRequest(G::field(*root, "Request"), *object.mutable_request(), script); !r)
        return decodeError(r.error(), text);
    if (auto r = readSessionMeta(*root, script); !r)
        return decodeError(r.error(), text);
    const auto session = G::object(G::field(*root, "Session"), "Session");
    const auto authValue = G::string(G::field(*root, "AuthValue"), "AuthValue");
    if (!session)
        return decodeError(session.error(), text);
    if (!authValue)
        return decodeError(authValue.error(), text);
    script.authSession = Session::SessionState(*session ? **session : Json::object());
    script.authValue = QString::fromUtf8(*authValue);
    reply.object = std::move(object);
    reply.script = std::move(script);
    return {};
}

Result<void> JsReturnDecoder::response(const QByteArray &text, HookReply &reply)
{
    const Result<Json> root = parse(text);
    if (!root)
        return decodeError(root.error(), text);
    const auto object = G::object(G::field(*root, "Response"), "Response");
    if (!object)
        return decodeError(object.error(), text);
    const Json &o = *object ? **object : Json::object();
    const auto status = G::integer(G::field(o, "StatusCode"), "Response.StatusCode");
    const auto body = G::string(G::field(o, "Body"), "Response.Body");
    const auto headers = G::stringListMap(G::field(o, "Headers"), "Response.Headers");
    const auto setHeaders = G::stringMap(G::field(o, "SetHeaders"), "Response.SetHeaders");
    const auto deleteHeaders =
        G::stringList(G::field(o, "DeleteHeaders"), "Response.DeleteHeaders");
    for (const Error *e :
         {status ? nullptr : &status.error(), body ? nullptr : &body.error(),
          headers ? nullptr : &headers.error(), setHeaders ? nullptr : &setHeaders.error(),
          deleteHeaders ? nullptr : &deleteHeaders.error()})
        if (e)
            return decodeError(*e, text);
    ScriptReply script;
    if (auto r = readSessionMeta(*root, script); !r)
        return decodeError(r.error(), text);
    coprocess::Object out;
    constexpr qint64 hi = std::numeric_limits<qint32>::max();
    out.mutable_response()->set_status_code(qint32(std::clamp<qint64>(*status, 0, hi)));
    out.mutable_response()->set_raw_body(std_(*body));
    script.responseSetHeaders = *setHeaders;
    script.responseDeleteHeaders = *deleteHeaders;
    reply.object = std::move(out);
    reply.script = std::move(script);
    return {};
}

Result<void> JsReturnDecoder::virtualEndpoint(const QByteArray &text, HookReply &reply)
{
    const Result<Json> root = parse(text);
    if (!root)
        return decodeError(root.error(), text);
    const auto object = G::object(G::field(*root, "Response"), "Response");
    if (!object)
        return decodeError(object.error(), text);
    const Json &o = *object ? **object : Json::object();
    const auto code = G::integer(G::field(o, "Code"), "Response.Code");
    const auto body = G::string(G::field(o, "Body"), "Response.Body");
    const auto headers = G::stringMap(G::field(o, "Headers"), "Response.Headers");
    const auto meta = G::object(G::field(*root, "SessionMeta"), "SessionMeta");
    for (const Error *e : {code ? nullptr : &code.error(), body ? nullptr : &body.error(),
                           headers ? nullptr : &headers.error(), meta ? nullptr : &meta.error()})
        if (e)
            return decodeError(*e, text);
    Http::HttpResponse response;
    constexpr qint64 hi = std::numeric_limits<qint32>::max();
    response.status = int(std::clamp<qint64>(*code, 0, hi));
    response.body = *body;
    for (const auto &[name, value] : *headers)
        response.headers.add(name, value);
    ScriptReply script;
    script.virtualResponse = std::move(response);
    script.sessionMeta = *meta ? Json(**meta) : Json(nullptr);
    reply.object = coprocess::Object();
    reply.script = std::move(script);
    return {};
}

} // namespace Hb::Plugin
