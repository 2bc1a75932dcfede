// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jstestrunner.h"

#include "core/coprocess/formquery.h"
#include "core/plugin/js/jsgojson.h"
#include "core/plugin/js/jshookinvoker.h"
#include "core/plugin/js/jsreturndecoder.h"
#include "core/plugin/js/jsruntime.h"
#include "core/plugin/js/jsvm.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Hb::Plugin {

namespace {
using Json = nlohmann::json;
using nlohmann::ordered_json;
using G = JsGoJson;

// Remembers the middleware object whose NewProcessRequest/NewProcessResponse the user's
// code calls, whatever variable holds it.
const char trackerSource[] =
    "var __hookbenchTested = null;\n"
    "(function () {\n"
    "    var proto = TykJS.TykMiddleware.NewMiddleware.prototype;\n"
    "    ['NewProcessRequest', 'NewProcessResponse'].forEach(function (name) {\n"
    "        var original = proto[name];\n"
    "        proto[name] = function (fn) {\n"
    "            original.call(this, fn);\n"
    "            __hookbenchTested = this;\n"
    "        };\n"
    "    });\n"
    "})();\n";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

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

// A map[string]string or []string field of what the hook returned, for display: null when
// absent, else as the plugin wrote it (already checked by JsReturnDecoder).
Json asGiven(const Json &object, const char *name)
{
    const Json *v = G::field(object, name);
    return v ? *v : Json(nullptr);
}

QString rfc3339(qint64 ms)
{
    QString s = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    // Go's RFC3339Nano drops trailing zeros of the fraction.
    if (s.endsWith(u'Z'))
        s.chop(1);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s + u'Z';
}

ordered_json errorObject(const QString &message, const char *type)
{
    ordered_json e;
    e["message"] = utf8(message);
    e["type"] = type;
    return e;
}

QString describe(const JsError &e)
{
    QString text = e.message;
    if (e.line > 0)
        text += QStringLiteral(" (user-plugin:%1").arg(e.line) +
                (e.column > 0 ? QStringLiteral(":%1)").arg(e.column) : QStringLiteral(")"));
    return text;
}

// The reply in Tyk's field order; absent parts are left out.
struct Report
{
    QList<PluginLogLine> logs;
    std::optional<ordered_json> requestBefore, requestAfter, responseBefore, responseAfter;
    std::optional<Json> sessionAfter;
    std::optional<ordered_json> error;
    qint64 executionMs = 0;

    ordered_json json() const
    {
        ordered_json out;
        ordered_json list = ordered_json::array();
        for (const PluginLogLine &l : logs) {
            ordered_json line;
            line["level"] = "info"; // log() and rawlog() alike
            line["message"] = utf8(l.message);
            line["time"] = utf8(rfc3339(l.timeMs));
            list.push_back(std::move(line));
        }
        out["logs"] = std::move(list);
        auto put = [&](const char *key, const auto &part) {
            if (part)
                out[key] = *part;
        };
        put("request_before", requestBefore);
        put("request_after", requestAfter);
        put("response_before", responseBefore);
        put("response_after", responseAfter);
        put("session_after", sessionAfter);
        put("error", error);
        out["execution_ms"] = executionMs;
        return out;
    }
};

// The JS request object (MiniRequestObject) Tyk builds from the mock request.
Json mockRequest(const JsTestInput &in, bool withBody, ordered_json *before)
{
    const Json &r = in.request;
    const std::string scheme = r["Scheme"].get<std::string>().empty()
                                   ? std::string("https")
                                   : r["Scheme"].get<std::string>();
    const std::string path =
        r["Path"].get<std::string>().empty() ? std::string("/") : r["Path"].get<std::string>();
    QMap<QByteArray, QList<QByteArray>> params;
    if (r["Params"].is_object())
        for (auto it = r["Params"].begin(); it != r["Params"].end(); ++it)
            for (const Json &v : *it)
                params[QByteArray::fromStdString(it.key())].append(
                    QByteArray::fromStdString(v.is_string() ? v.get<std::string>() : ""));
    const std::string query =
        params.isEmpty() ? std::string() : '?' + Coprocess::FormQuery::encode(params).toStdString();
    std::string url = r["URL"].get<std::string>();
    if (url.empty())
        url = scheme + "://__sandbox__" + path + query;
    std::string requestUri = r["RequestURI"].get<std::string>();
    if (requestUri.empty())
        requestUri = path + query;

    Json o;
    o["Headers"] = r["Headers"].is_object() ? r["Headers"] : Json::object();
    o["SetHeaders"] = Json::object();
    o["DeleteHeaders"] = Json::array();
    o["Body"] =
        withBody
            ? Json(QByteArray::fromStdString(r["Body"].get<std::string>()).toBase64().toStdString())
            : Json(nullptr);
    o["URL"] = url;
    o["Params"] = r["Params"].is_object() ? r["Params"] : Json::object();
    o["AddParams"] = Json::object();
    o["ExtendedParams"] = Json::object();
    o["DeleteParams"] = Json::array();
    o["ReturnOverrides"] = {{"ResponseCode", 0},
                            {"ResponseError", ""},
                            {"ResponseBody", ""},
                            {"ResponseHeaders", nullptr},
                            {"OverrideError", false}};
    o["IgnoreBody"] = false;
    o["Method"] = r["Method"];
    o["RequestURI"] = requestUri;
    o["Scheme"] = scheme;
    if (before) {
        for (const char *key : {"Method", "Path"})
            (*before)[key] = r[key];
        (*before)["URL"] = url;
        (*before)["RequestURI"] = requestUri;
        for (const char *key : {"Headers", "Body", "Params", "Scheme"})
            (*before)[key] = r[key];
    }
    return o;
}

QString dump(const Json &j)
{
    return QString::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

ordered_json requestAfter(const Json &root)
{
    const Json *request = G::field(root, "Request");
    const Json &r = request ? *request : Json::object();
    ordered_json after;
    after["SetHeaders"] = asGiven(r, "SetHeaders");
    after["DeleteHeaders"] = asGiven(r, "DeleteHeaders");
    after["AddParams"] = asGiven(r, "AddParams");
    after["DeleteParams"] = asGiven(r, "DeleteParams");
    const Json *body = G::field(r, "Body");
    const QByteArray decoded =
        body ? QByteArray::fromBase64(QByteArray::fromStdString(body->get<std::string>()))
             : QByteArray();
    after["Body"] = decoded.toStdString();
    const Json *ro = G::field(r, "ReturnOverrides");
    const Json &o = ro ? *ro : Json::object();
    ordered_json overrides;
    overrides["ResponseCode"] =
        G::field(o, "ResponseCode") ? *G::field(o, "ResponseCode") : Json(0);
    for (const char *key : {"ResponseError", "ResponseBody"})
        overrides[key] = G::field(o, key) ? *G::field(o, key) : Json("");
    overrides["ResponseHeaders"] = asGiven(o, "ResponseHeaders");
    overrides["OverrideError"] =
        G::field(o, "OverrideError") ? *G::field(o, "OverrideError") : Json(false);
    after["ReturnOverrides"] = std::move(overrides);
    return after;
}

ordered_json responseAfter(const Json &root)
{
    const Json *response = G::field(root, "Response");
    const Json &r = response ? *response : Json::object();
    ordered_json after;
    after["StatusCode"] = G::field(r, "StatusCode") ? *G::field(r, "StatusCode") : Json(0);
    after["Body"] = G::field(r, "Body") ? *G::field(r, "Body") : Json("");
    for (const char *key : {"Headers", "SetHeaders", "DeleteHeaders"})
        after[key] = asGiven(r, key);
    return after;
}
} // namespace

Result<JsTestInput> JsTestRunner::parse(const QByteArray &body)
{
    auto bad = [](const QString &why) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid request body: ") + why);
    };
    const Json root = Json::parse(body.begin(), body.end(), nullptr, false);
    if (root.is_discarded())
        return bad(QStringLiteral("the body is not JSON"));
    if (!root.is_object() && !root.is_null())
        return bad(QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                                  "gateway.pluginTestRunnerRequest")
                       .arg(QString::fromLatin1(root.type_name())));
    JsTestInput in;
    const auto code = G::string(G::field(root, "code"), "code");
    const auto hook = G::string(G::field(root, "hook_type"), "hook_type");
    const auto org = G::string(G::field(root, "org_id"), "org_id");
    const auto api = G::string(G::field(root, "api_id"), "api_id");
    const auto request = G::object(G::field(root, "request"), "request");
    const auto response = G::object(G::field(root, "response"), "response");
    const auto config = G::object(G::field(root, "config_data"), "config_data");
    for (const Error *e :
         {code ? nullptr : &code.error(), hook ? nullptr : &hook.error(),
          org ? nullptr : &org.error(), api ? nullptr : &api.error(),
          request ? nullptr : &request.error(), response ? nullptr : &response.error(),
          config ? nullptr : &config.error()})
        if (e)
            return bad(e->message);
    in.code = QString::fromUtf8(*code);
    in.hookType = QString::fromUtf8(*hook);
    in.orgId = QString::fromUtf8(*org);
    in.apiId = api->isEmpty() ? QStringLiteral("__sandbox__") : QString::fromUtf8(*api);
    if (*config)
        in.configData = **config;

    const Json &r = *request ? **request : Json::object();
    for (const char *key : {"Method", "Path", "URL", "RequestURI", "Body", "Scheme"}) {
        const auto s = G::string(G::field(r, key), key);
        if (!s)
            return bad(s.error().message);
        in.request[key] = s->toStdString();
    }
    for (const char *key : {"Headers", "Params"}) {
        const auto m = listMap(G::field(r, key), key);
        if (!m)
            return bad(m.error().message);
        in.request[key] = *m;
    }
    if (*response) {
        const Json &o = **response;
        const auto status = G::integer(G::field(o, "StatusCode"), "StatusCode");
        const auto text = G::string(G::field(o, "Body"), "Body");
        const auto headers = listMap(G::field(o, "Headers"), "Headers");
        if (!status || !text || !headers)
            return bad(!status ? status.error().message
                       : !text ? text.error().message
                               : headers.error().message);
        in.response =
            Json{{"StatusCode", *status}, {"Body", text->toStdString()}, {"Headers", *headers}};
    }
    if (const Json *session = G::field(root, "session"))
        in.session = *session;

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
    return in;
}

std::pair<int, ordered_json> JsTestRunner::run(const JsTestInput &in, const JsVmSetup &setup,
                                               JsJob &job)
{
    Report report;
    JsNativeSetup ns;
    ns.logs = &report.logs;
    ns.ctx = setup.ctx;
    ns.runtime = setup.runtime;
    ns.deadline = job.deadline;
    JsVm vm(std::move(ns), job);
    vm.natives().setSilenced(true);
    (void)vm.setUp(setup.userLibrary, setup.userLibraryFile);
    vm.natives().setSilenced(false);
    (void)vm.evaluate(QString::fromLatin1(trackerSource), QStringLiteral("hookbench:tracker.js"),
                      1);

    if (const auto e = vm.evaluate(in.code, QStringLiteral("user-plugin"), 1)) {
        report.error = errorObject(describe(*e), e->interrupted    ? "timeout"
                                                 : e->compileError ? "syntax"
                                                                   : "runtime");
        return {200, report.json()};
    }
    const QJSValue middleware =
        vm.engine().globalObject().property(QStringLiteral("__hookbenchTested"));
    if (middleware.isNull() || middleware.isUndefined()) {
        report.error =
            errorObject(QStringLiteral("plugin did not register a request or response "
                                       "handler via NewProcessRequest/NewProcessResponse"),
                        "runtime");
        return {200, report.json()};
    }
    Json session = Json::object();
    if (in.session) {
        if (!in.session->is_object())
            return {400, ordered_json{{"error", "invalid session JSON: json: cannot unmarshal " +
                                                    std::string(in.session->type_name()) +
                                                    " into Go value of type user.SessionState"}}};
        session = *in.session;
    }
    // pre and auth_check hooks get an empty session in production too.
    if (in.hookType == u"pre" || in.hookType == u"auth_check")
        session = Json::object();
    const Json config = {
        {"OrgID", utf8(in.orgId)}, {"APIID", utf8(in.apiId)}, {"config_data", in.configData}};

    const bool response = in.hookType == u"response";
    ordered_json before;
    const Json request = mockRequest(in, !response, &before);
    QJSValueList args;
    if (response) {
        report.responseBefore = ordered_json(*in.response);
        Json mock = *in.response;
        mock["SetHeaders"] = Json::object();
        mock["DeleteHeaders"] = Json::array();
        args << vm.parseJson(dump(mock));
    } else {
        report.requestBefore = std::move(before);
    }
    args << vm.parseJson(dump(request)) << vm.parseJson(dump(session))
         << vm.parseJson(dump(config));
    QElapsedTimer timer;
    timer.start();
    const QJSValue fn = middleware.property(response ? QStringLiteral("DoProcessResponse")
                                                     : QStringLiteral("DoProcessRequest"));
    const QJSValue result = fn.callWithInstance(middleware, args);
    report.executionMs = timer.elapsed();
    if (result.isError()) {
        const JsError e = vm.errorOf(result);
        report.error = errorObject(describe(e), e.interrupted ? "timeout" : "runtime");
        return {200, report.json()};
    }
    const QByteArray text = result.toString().toUtf8();
    HookReply checked;
    const Result<void> decoded = response ? JsReturnDecoder::response(text, checked)
                                          : JsReturnDecoder::request(text, checked);
    if (!decoded) {
        report.error =
            errorObject((response ? QStringLiteral("failed to parse response hook return: ")
                                  : QStringLiteral("failed to parse request hook return: ")) +
                            decoded.error().message,
                        "runtime");
        return {200, report.json()};
    }
    const Json root = Json::parse(text.begin(), text.end(), nullptr, false);
    const Json *meta = G::field(root, "SessionMeta");
    const bool hasMeta = meta && meta->is_object() && !meta->empty();
    if (response) {
        report.responseAfter = responseAfter(root);
    } else {
        report.requestAfter = requestAfter(root);
        if (in.hookType == u"auth_check") {
            const Json *s = G::field(root, "Session");
            report.sessionAfter = s ? *s : Json::object();
        }
    }
    if (hasMeta && in.hookType != u"pre" && in.hookType != u"auth_check")
        report.sessionAfter = *meta;
    return {200, report.json()};
}

ordered_json JsTestRunner::timedOut(int budgetMs)
{
    Report report;
    report.executionMs = budgetMs;
    report.error = errorObject(
        QStringLiteral("JS middleware timed out after %1 ms: the plugin was interrupted")
            .arg(budgetMs),
        "timeout");
    return report.json();
}

} // namespace Hb::Plugin
