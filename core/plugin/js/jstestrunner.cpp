// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jstestrunner.h"

#include "core/plugin/plugintestreport.h"

#include "core/common/untrustedjson.h"
#include "core/plugin/gojson.h"
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
using G = GoJson;

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

// A map[string]string or []string field of what the hook returned, for display: null when
// absent, else as the plugin wrote it (already checked by JsReturnDecoder).
Json asGiven(const Json &object, const char *name)
{
    const Json *v = G::field(object, name);
    return v ? *v : Json(nullptr);
}

QString describe(const JsError &e)
{
    QString text = e.message;
    if (e.line > 0)
        text += QStringLiteral(" (user-plugin:%1").arg(e.line) +
                (e.column > 0 ? QStringLiteral(":%1)").arg(e.column) : QStringLiteral(")"));
    return text;
}

// The JS request object (MiniRequestObject) Tyk builds from the mock request.
Json mockRequest(const PluginTestRequest &in, bool withBody, ordered_json *before)
{
    const Json &r = in.request;
    const std::string url = in.url().toStdString();
    const std::string requestUri = in.requestUri().toStdString();
    const std::string scheme = in.scheme().toStdString();

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
    if (before)
        *before = in.requestBefore();
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

JsNativeSetup nativeSetup(const JsVmSetup &setup, const JsJob &job, QList<PluginLogLine> &logs)
{
    JsNativeSetup ns;
    ns.logs = &logs;
    ns.ctx = setup.ctx;
    ns.runtime = setup.runtime;
    ns.deadline = job.deadline;
    ns.storageBindings = true; // the runner is always goja
    ns.logsTakePluginOutputOnly = true;
    return ns;
}

// The user library loads silently (its logs are not the plugin's), then the tracker that
// finds the handler is installed before the plugin's code runs.
void prepareVm(JsVm &vm, const JsVmSetup &setup)
{
    vm.natives().setSilenced(true);
    (void)vm.setUp(setup.userLibrary, setup.userLibraryFile);
    vm.natives().setSilenced(false);
    (void)vm.evaluate(QString::fromLatin1(trackerSource), QStringLiteral("hookbench:tracker.js"),
                      1);
}

// The handler's arguments: (response,) request, session, config; records what the hook
// gets as request_before or response_before.
QJSValueList hookArguments(JsVm &vm, const PluginTestRequest &in, PluginTestReport &report)
{
    // pre and auth_check hooks get an empty session in production too.
    const bool noSession = in.hookType == u"pre" || in.hookType == u"auth_check";
    const Json session = in.session && !noSession ? *in.session : Json::object();
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
    return args;
}

// request_after or response_after, and session_after, from the hook's checked return text.
void reportReturned(PluginTestReport &report, const PluginTestRequest &in, const QByteArray &text)
{
    const Json root =
        parseUntrustedJsonOrDiscarded<Json>(std::string_view(text.constData(), text.size()));
    const Json *meta = G::field(root, "SessionMeta");
    const bool hasMeta = meta && meta->is_object() && !meta->empty();
    if (in.hookType == u"response") {
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
}
} // namespace

std::pair<int, ordered_json> JsTestRunner::run(const PluginTestRequest &in, const JsVmSetup &setup,
                                               JsJob &job)
{
    PluginTestReport report;
    JsVm vm(nativeSetup(setup, job, report.logs), job);
    prepareVm(vm, setup);
    if (const auto e = vm.evaluate(in.code, QStringLiteral("user-plugin"), 1)) {
        report.error = PluginTestReport::errorObject(describe(*e), e->interrupted    ? "timeout"
                                                                   : e->compileError ? "syntax"
                                                                                     : "runtime");
        return {200, report.json()};
    }
    const QJSValue middleware =
        vm.engine().globalObject().property(QStringLiteral("__hookbenchTested"));
    if (middleware.isNull() || middleware.isUndefined()) {
        report.error = PluginTestReport::errorObject(
            QStringLiteral("plugin did not register a request or response "
                           "handler via NewProcessRequest/NewProcessResponse"),
            "runtime");
        return {200, report.json()};
    }
    if (in.session && !in.session->is_object())
        return {400, ordered_json{{"error", "invalid session JSON: json: cannot unmarshal " +
                                                std::string(in.session->type_name()) +
                                                " into Go value of type user.SessionState"}}};

    const bool response = in.hookType == u"response";
    const QJSValueList args = hookArguments(vm, in, report);
    QElapsedTimer timer;
    timer.start();
    const QJSValue fn = middleware.property(response ? QStringLiteral("DoProcessResponse")
                                                     : QStringLiteral("DoProcessRequest"));
    const QJSValue result = fn.callWithInstance(middleware, args);
    report.executionMs = timer.elapsed();
    if (result.isError()) {
        const JsError e = vm.errorOf(result);
        report.error =
            PluginTestReport::errorObject(describe(e), e.interrupted ? "timeout" : "runtime");
        return {200, report.json()};
    }
    const QByteArray text = result.toString().toUtf8();
    HookReply checked;
    const Result<void> decoded = response ? JsReturnDecoder::response(text, checked)
                                          : JsReturnDecoder::request(text, checked);
    if (!decoded) {
        report.error = PluginTestReport::errorObject(
            (response ? QStringLiteral("failed to parse response hook return: ")
                      : QStringLiteral("failed to parse request hook return: ")) +
                decoded.error().message,
            "runtime");
        return {200, report.json()};
    }
    reportReturned(report, in, text);
    return {200, report.json()};
}

ordered_json JsTestRunner::timedOut(int budgetMs)
{
    PluginTestReport report;
    report.executionMs = budgetMs;
    report.error = PluginTestReport::errorObject(
        QStringLiteral("JS middleware timed out after %1 ms: the plugin was interrupted")
            .arg(budgetMs),
        "timeout");
    return report.json();
}

} // namespace Hb::Plugin
