// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/plugintestrequest.h"

#include "core/common/untrustedjson.h"
#include "core/gocompat/urlquery.h"
#include "core/plugin/gojson.h"

#include <QStringList>

namespace Hb::Plugin {

namespace {
using Json = nlohmann::json;
using G = GoJson;

// map[string][]string as Go decodes and re-encodes it: null when absent, else keys sorted.
Result<Json> listMap(const Json *value, const char *what)
{
    if (!value)
        return Json(nullptr);
    if (!value->is_object())
        return G::stringListMap(value, what).error();
    Json out = Json::object();
    for (auto it = value->begin(); it != value->end(); ++it) {
        const auto list = G::stringList(&*it, what);
        if (!list)
            return list.error();
        Json values = it->is_null() ? Json(nullptr) : Json::array();
        for (const QByteArray &v : *list)
            values.push_back(v.toStdString());
        out[it.key()] = values;
    }
    return out;
}

QString text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

// "?a=1&b=2" from the mock's Params, or empty.
QString queryPart(const Json &request)
{
    QMap<QByteArray, QList<QByteArray>> params;
    const auto p = request.find("Params");
    if (p != request.end() && p->is_object())
        for (auto it = p->begin(); it != p->end(); ++it)
            for (const Json &v : *it)
                params[QByteArray::fromStdString(it.key())].append(
                    QByteArray::fromStdString(v.is_string() ? v.get<std::string>() : ""));
    return params.isEmpty() ? QString()
                            : u'?' + QString::fromUtf8(GoCompat::UrlQuery::encode(params));
}

QString pathOf(const Json &request)
{
    const QString path = text(request, "Path");
    return path.isEmpty() ? QStringLiteral("/") : path;
}

// The mock request and response objects as given (null when absent), inside the root.
struct MockParts
{
    const Json *request = nullptr;
    const Json *response = nullptr;
};

// The top-level fields into `in`, each checked for the type Tyk's decoder expects.
Result<MockParts> readTopLevel(const Json &root, PluginTestRequest &in)
{
    const auto code = G::string(G::field(root, "code"), "code");
    const auto hook = G::string(G::field(root, "hook_type"), "hook_type");
    const auto org = G::string(G::field(root, "org_id"), "org_id");
    const auto api = G::string(G::field(root, "api_id"), "api_id");
    const auto request = G::object(G::field(root, "request"), "request");
    const auto response = G::object(G::field(root, "response"), "response");
    const auto config = G::object(G::field(root, "config_data"), "config_data");
    // Hookbench's additions: which driver runs the code, and which function is the hook.
    const auto driver = G::string(G::field(root, "driver"), "driver");
    const auto hookName = G::string(G::field(root, "hook_name"), "hook_name");
    for (const Error *e :
         {code ? nullptr : &code.error(), hook ? nullptr : &hook.error(),
          org ? nullptr : &org.error(), api ? nullptr : &api.error(),
          request ? nullptr : &request.error(), response ? nullptr : &response.error(),
          config ? nullptr : &config.error(), driver ? nullptr : &driver.error(),
          hookName ? nullptr : &hookName.error()})
        if (e)
            return *e;
    in.code = QString::fromUtf8(*code);
    in.driver = driver->isEmpty() ? QStringLiteral("javascript") : QString::fromUtf8(*driver);
    in.hookName = QString::fromUtf8(*hookName);
    in.hookType = QString::fromUtf8(*hook);
    in.orgId = QString::fromUtf8(*org);
    in.apiId = api->isEmpty() ? QStringLiteral("__sandbox__") : QString::fromUtf8(*api);
    if (*config)
        in.configData = **config;
    return MockParts{*request, *response};
}

// The mock request with every field Tyk's runner reads, typed as Go decodes them.
Result<Json> readMockRequest(const Json *given)
{
    const Json &r = given ? *given : Json::object();
    Json out = Json::object();
    for (const char *key : {"Method", "Path", "URL", "RequestURI", "Body", "Scheme"}) {
        const auto s = G::string(G::field(r, key), key);
        if (!s)
            return s.error();
        out[key] = s->toStdString();
    }
    for (const char *key : {"Headers", "Params"}) {
        const auto m = listMap(G::field(r, key), key);
        if (!m)
            return m.error();
        out[key] = *m;
    }
    return out;
}

Result<Json> readMockResponse(const Json &o)
{
    const auto status = G::integer(G::field(o, "StatusCode"), "StatusCode");
    const auto text = G::string(G::field(o, "Body"), "Body");
    const auto headers = listMap(G::field(o, "Headers"), "Headers");
    if (!status)
        return status.error();
    if (!text)
        return text.error();
    if (!headers)
        return headers.error();
    return Json{{"StatusCode", *status}, {"Body", text->toStdString()}, {"Headers", *headers}};
}

// Tyk's required-field checks, in its order, then Hookbench's for driver and hook_name.
Result<void> checkRequired(const PluginTestRequest &in)
{
    static const QStringList hooks{QStringLiteral("pre"), QStringLiteral("post"),
                                   QStringLiteral("post_key_auth"), QStringLiteral("auth_check"),
                                   QStringLiteral("response")};
    if (in.code.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("code is required"));
    if (!hooks.contains(in.hookType))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("invalid hook_type: must be one of pre, post, "
                                        "post_key_auth, auth_check, response"));
    if (in.orgId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("org_id is required"));
    if (in.hookType == u"response" && !in.response)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("response is required for response hooks"));
    static const QStringList drivers{QStringLiteral("javascript"), QStringLiteral("otto"),
                                     QStringLiteral("goja"), QStringLiteral("python"),
                                     QStringLiteral("lua")};
    if (!drivers.contains(in.driver))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("invalid driver: must be one of javascript, python, lua"));
    if (!in.isJavaScript() && in.hookName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("hook_name is required for %1 plugins").arg(in.driver));
    return {};
}
} // namespace

QString PluginTestRequest::scheme() const
{
    const QString s = text(request, "Scheme");
    return s.isEmpty() ? QStringLiteral("https") : s;
}

QString PluginTestRequest::url() const
{
    const QString u = text(request, "URL");
    return u.isEmpty() ? scheme() + u"://__sandbox__" + pathOf(request) + queryPart(request) : u;
}

QString PluginTestRequest::requestUri() const
{
    const QString u = text(request, "RequestURI");
    return u.isEmpty() ? pathOf(request) + queryPart(request) : u;
}

nlohmann::ordered_json PluginTestRequest::requestBefore() const
{
    nlohmann::ordered_json before;
    for (const char *key : {"Method", "Path"})
        before[key] = request[key];
    before["URL"] = url().toStdString();
    before["RequestURI"] = requestUri().toStdString();
    for (const char *key : {"Headers", "Body", "Params", "Scheme"})
        before[key] = request[key];
    return before;
}

Result<PluginTestRequest> PluginTestRequest::parse(const QByteArray &body)
{
    auto bad = [](const QString &why) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid request body: ") + why);
    };
    const Json root =
        parseUntrustedJsonOrDiscarded<Json>(std::string_view(body.constData(), body.size()));
    if (root.is_discarded())
        return bad(QStringLiteral("the body is not JSON"));
    if (!root.is_object() && !root.is_null())
        return bad(QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                                  "gateway.pluginTestRunnerRequest")
                       .arg(QString::fromLatin1(root.type_name())));
    PluginTestRequest in;
    const Result<MockParts> mocks = readTopLevel(root, in);
    if (!mocks)
        return bad(mocks.error().message);
    Result<Json> request = readMockRequest(mocks->request);
    if (!request)
        return bad(request.error().message);
    in.request = std::move(*request);
    if (mocks->response) {
        Result<Json> response = readMockResponse(*mocks->response);
        if (!response)
            return bad(response.error().message);
        in.response = std::move(*response);
    }
    if (const Json *session = G::field(root, "session"))
        in.session = *session;
    if (const Result<void> valid = checkRequired(in); !valid)
        return valid.error();
    return in;
}

} // namespace Hb::Plugin
