// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jscallobjects.h"

#include "core/gocompat/urlquery.h"
#include "core/http/headerlist.h"

namespace Hb::Plugin {

namespace {
using nlohmann::ordered_json;
using Json = nlohmann::json;

std::string utf8(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QString dump(const ordered_json &j)
{
    return QString::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// http.Header: canonical name -> every value, keys sorted.
Json headerObject(const Http::HeaderList &headers)
{
    Json out = Json::object();
    for (const auto &[name, value] : headers.fields())
        out[utf8(Http::HeaderList::canonicalName(name))].push_back(utf8(value));
    return out;
}
} // namespace

QString JsCallObjects::request(const HookCall &call, bool withBody)
{
    const Http::HttpRequest &r = call.request;
    Json headers = headerObject(r.headers);
    // Go keeps Host out of r.Header; Tyk puts it back with Header.Set.
    if (const QByteArray host = r.headers.value("Host"); !host.isEmpty())
        headers["Host"] = Json::array({utf8(host)});
    Json params = Json::object();
    for (const auto &[key, value] : GoCompat::UrlQuery::parse(r.query()))
        params[utf8(key)].push_back(utf8(value));

    ordered_json o;
    o["Headers"] = headers;
    o["SetHeaders"] = Json::object();
    o["DeleteHeaders"] = Json::array();
    if (withBody)
        o["Body"] = utf8(r.body.toBase64());
    else
        o["Body"] = nullptr;
    o["URL"] = utf8(r.target);
    o["Params"] = params;
    o["AddParams"] = Json::object();
    o["ExtendedParams"] = Json::object();
    o["DeleteParams"] = Json::array();
    ordered_json overrides;
    overrides["ResponseCode"] = 0;
    overrides["ResponseError"] = "";
    overrides["ResponseBody"] = "";
    overrides["ResponseHeaders"] = nullptr; // a nil map in Tyk: assign an object to use it
    overrides["OverrideError"] = false;
    o["ReturnOverrides"] = overrides;
    o["IgnoreBody"] = false;
    o["Method"] = utf8(r.method);
    o["RequestURI"] = utf8(call.requestUri.isEmpty() ? r.target : call.requestUri);
    o["Scheme"] = "http";
    return dump(o);
}

QString JsCallObjects::virtualRequest(const HookCall &call)
{
    const Http::HttpRequest &r = call.request;
    Json params = Json::object();
    for (const auto &[key, value] : GoCompat::UrlQuery::parse(r.query()))
        params[utf8(key)].push_back(utf8(value));
    // Go's ParseForm also reads url-encoded bodies of POST, PUT and PATCH (body values first).
    const bool formMethod = r.method == "POST" || r.method == "PUT" || r.method == "PATCH";
    if (formMethod &&
        r.headers.value("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        Json merged = Json::object();
        for (const auto &[key, value] : GoCompat::UrlQuery::parse(r.body))
            merged[utf8(key)].push_back(utf8(value));
        for (auto it = params.begin(); it != params.end(); ++it)
            for (const Json &v : *it)
                merged[it.key()].push_back(v);
        params = std::move(merged);
    }
    ordered_json o;
    o["Headers"] = headerObject(r.headers);
    o["Headers"].erase("Host");
    o["Body"] = utf8(r.body);
    o["URL"] = utf8(r.target);
    o["Params"] = params;
    o["Scheme"] = "http";
    return dump(o);
}

QString JsCallObjects::response(const HookCall &call)
{
    ordered_json o;
    o["StatusCode"] = call.response.status;
    o["Body"] = utf8(call.response.body);
    o["Headers"] = headerObject(call.response.headers);
    o["SetHeaders"] = Json::object();
    o["DeleteHeaders"] = Json::array();
    return dump(o);
}

QString JsCallObjects::session(const HookCall &call)
{
    if (call.virtualEndpoint)
        return call.useSession && call.session ? dump(ordered_json(call.session->json()))
                                               : QStringLiteral("{}");
    switch (call.object.hook_type()) {
    case coprocess::PostKeyAuth:
    case coprocess::Post:
        if (!call.requireSession)
            return QStringLiteral("{}");
        return call.session ? dump(ordered_json(call.session->json())) : QStringLiteral("null");
    case coprocess::Response:
        return call.session ? dump(ordered_json(call.session->json())) : QStringLiteral("{}");
    default: return QStringLiteral("{}");
    }
}

QString JsCallObjects::config(const HookCall &call)
{
    ordered_json o;
    o["OrgID"] = call.orgId.toStdString();
    o["APIID"] = call.apiId.toStdString();
    if (!call.configDataDisabled)
        o["config_data"] = call.configData;
    return dump(o);
}

} // namespace Hb::Plugin
