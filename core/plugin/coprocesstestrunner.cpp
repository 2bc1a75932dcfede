// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/coprocesstestrunner.h"

#include "core/api/apidefinition.h"
#include "core/coprocess/objectbuilder.h"
#include "core/coprocess/responseapplier.h"
#include "core/coprocess/sessionconverter.h"
#include "core/plugin/iplugindriver.h"
#include "core/plugin/plugintestreport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

namespace Hb::Plugin {

namespace {
using nlohmann::json;
using nlohmann::ordered_json;

std::string bytes(const QByteArray &b)
{
    return b.toStdString();
}

// The "Headers" of a mock request or response (name -> list of values), in order.
Http::HeaderList headerList(const json &message)
{
    Http::HeaderList headers;
    const auto h = message.find("Headers");
    if (h == message.end() || !h->is_object())
        return headers;
    for (auto it = h->begin(); it != h->end(); ++it)
        for (const json &v : *it)
            headers.add(QByteArray::fromStdString(it.key()),
                        QByteArray::fromStdString(v.is_string() ? v.get<std::string>() : ""));
    return headers;
}

// The mock request as the gateway would hold it.
Http::HttpRequest mockRequest(const PluginTestRequest &in, bool withBody)
{
    Http::HttpRequest r;
    const std::string method = in.request.value("Method", std::string());
    r.method = method.empty() ? QByteArray("GET") : QByteArray::fromStdString(method);
    r.target = in.requestUri().toUtf8();
    r.headers = headerList(in.request);
    if (!r.headers.contains("Host"))
        r.headers.add("Host", QUrl(in.url()).host().toUtf8());
    if (withBody)
        r.body = QByteArray::fromStdString(in.request.value("Body", std::string()));
    return r;
}

Http::HttpResponse mockResponse(const json &response)
{
    Http::HttpResponse r;
    r.status = int(response.value("StatusCode", qint64(0)));
    r.headers = headerList(response);
    r.body = QByteArray::fromStdString(response.value("Body", std::string()));
    return r;
}

coprocess::HookType hookType(const QString &name)
{
    if (name == u"pre")
        return coprocess::Pre;
    if (name == u"post")
        return coprocess::Post;
    if (name == u"post_key_auth")
        return coprocess::PostKeyAuth;
    if (name == u"auth_check")
        return coprocess::CustomKeyCheck;
    return coprocess::Response;
}

// A string map as Go encodes it: null when empty.
json stringMap(const google::protobuf::Map<std::string, std::string> &map)
{
    if (map.empty())
        return nullptr;
    json out = json::object();
    for (const auto &[k, v] : map)
        out[k] = v;
    return out;
}

json stringList(const google::protobuf::RepeatedPtrField<std::string> &list)
{
    if (list.empty())
        return nullptr;
    return json(std::vector<std::string>(list.begin(), list.end()));
}

ordered_json requestAfter(const coprocess::MiniRequestObject &r)
{
    ordered_json after;
    after["SetHeaders"] = stringMap(r.set_headers());
    after["DeleteHeaders"] = stringList(r.delete_headers());
    after["AddParams"] = stringMap(r.add_params());
    after["DeleteParams"] = stringList(r.delete_params());
    after["Body"] = r.raw_body(); // what Tyk applies
    ordered_json overrides;
    const coprocess::ReturnOverrides &o = r.return_overrides();
    overrides["ResponseCode"] = o.response_code();
    overrides["ResponseError"] = o.response_error();
    overrides["ResponseBody"] = o.response_body();
    overrides["ResponseHeaders"] = stringMap(o.headers());
    overrides["OverrideError"] = o.override_error();
    after["ReturnOverrides"] = std::move(overrides);
    return after;
}

ordered_json headerLists(const Http::HeaderList &headers)
{
    ordered_json out = ordered_json::object();
    for (const auto &[name, value] : headers.fields())
        out[bytes(name)].push_back(bytes(value));
    return out;
}

// "message (user-plugin:12)": the file is the runner's private copy, so only the line says
// something to the author, as in Tyk's JavaScript runner.
QString describe(const Error &e, const SourceLocation &where)
{
    const int line = where.line > 0 ? where.line : e.where.line;
    return line > 0 ? e.message + QStringLiteral(" (user-plugin:%1)").arg(line) : e.message;
}

// Writes the code into `folder` as the file a bundle of one file would hold. Empty when the
// file cannot be written.
std::optional<PluginCode> writePlugin(const PluginTestRequest &in, const QTemporaryDir &folder)
{
    const bool python = in.driver == u"python";
    const QString file =
        folder.filePath(python ? QStringLiteral("middleware.py") : QStringLiteral("plugin.lua"));
    QFile out(file);
    const QByteArray source = in.code.toUtf8();
    if (!folder.isValid() || !out.open(QIODevice::WriteOnly) || out.write(source) != source.size())
        return std::nullopt;
    out.close();

    // A fresh module id per run, so the driver never reuses a module an earlier test loaded.
    static quint64 runs = 0;
    PluginCode code;
    code.language = in.driver;
    code.moduleId = QStringLiteral("plugin-test-%1").arg(++runs);
    code.directory = folder.path();
    code.files = {file};
    code.hookNames = {in.hookName};
    code.contentHash = QCryptographicHash::hash(source, QCryptographicHash::Md5);
    code.origin = QStringLiteral("plugin test");
    return code;
}

// Loads the plugin; null with `report.error` set when it does not load.
std::shared_ptr<PluginModule> loadPlugin(IPluginDriver &driver, const PluginCode &code,
                                         PluginTestReport &report)
{
    QList<LoadProblem> problems;
    Result<std::shared_ptr<PluginModule>> module = driver.load(code, &problems);
    if (!module) {
        report.error = PluginTestReport::errorObject(describe(module.error(), {}), "syntax");
        return nullptr;
    }
    if (!problems.isEmpty()) {
        // A hook the code does not define would pass the request through unchanged.
        report.error =
            PluginTestReport::errorObject(describe(problems.first().error, {}), "runtime");
        return nullptr;
    }
    return *module;
}

// What the hook was sent, to compare its reply with.
struct SentCall
{
    bool response = false; // a response hook: the mock response, not the request, changes
    QString hookType;
    std::optional<Http::HttpResponse> mockReply;
    std::optional<json> sessionBefore;
    google::protobuf::Map<std::string, std::string> sentHeaders;
};

// The coprocess Object Tyk would build from the mock request (or response).
HookCall hookCall(const PluginTestRequest &in, SentCall &sent)
{
    sent.response = in.hookType == u"response";
    sent.hookType = in.hookType;
    std::optional<Session::SessionState> session;
    // pre and auth_check hooks get no session in production either.
    if (in.session && in.hookType != u"pre" && in.hookType != u"auth_check")
        session = Session::SessionState(*in.session);
    Api::ApiDefinition api;
    api.apiId = in.apiId;
    api.orgId = in.orgId;
    api.configData = in.configData;
    const Http::HttpRequest request = mockRequest(in, !sent.response);
    if (sent.response)
        sent.mockReply = mockResponse(*in.response);
    Coprocess::ObjectInputs inputs;
    inputs.hookType = hookType(in.hookType);
    inputs.hookName = in.hookName;
    inputs.api = &api;
    inputs.request = &request;
    inputs.session = session ? &*session : nullptr;
    inputs.response = sent.mockReply ? &*sent.mockReply : nullptr;
    HookCall call;
    call.object = Coprocess::ObjectBuilder::build(inputs);
    if (session)
        sent.sessionBefore = Coprocess::SessionConverter::fromProto(call.object.session()).json();
    sent.sentHeaders = call.object.response().headers();
    return call;
}

// request_after or response_after, and session_after, from the object the hook returned.
void reportAfter(PluginTestReport &report, const coprocess::Object &back, const SentCall &sent)
{
    if (sent.response) {
        Http::HttpResponse after = *sent.mockReply;
        Coprocess::ResponseApplier::apply(back.response(), sent.sentHeaders, after);
        ordered_json r;
        r["StatusCode"] = after.status;
        r["Body"] = bytes(after.body);
        r["Headers"] = headerLists(after.headers);
        report.responseAfter = std::move(r);
    } else {
        report.requestAfter = requestAfter(back.request());
    }
    if (!back.has_session())
        return;
    // As the auth phase reads it: the object-level metadata joins the session's, so the
    // token shows in session_after.metadata.
    coprocess::SessionState merged = back.session();
    for (const auto &[k, v] : back.metadata())
        (*merged.mutable_metadata())[k] = v;
    const json s = Coprocess::SessionConverter::fromProto(merged).json();
    // The whole session for auth hooks; otherwise only when changed.
    if (sent.hookType == u"auth_check" || s != sent.sessionBefore.value_or(json::object()))
        report.sessionAfter = s;
}
} // namespace

void CoprocessTestRunner::run(IPluginDriver &driver, const PluginTestRequest &in,
                              IPluginTestRunner::Callback done)
{
    if (in.session && !in.session->is_object()) {
        done(400, ordered_json{{"error", "invalid session JSON: json: cannot unmarshal " +
                                             std::string(in.session->type_name()) +
                                             " into Go value of type user.SessionState"}});
        return;
    }
    PluginTestReport report;
    report.logLevelsAsWritten = true;
    auto folder = std::make_shared<QTemporaryDir>();
    const std::optional<PluginCode> code = writePlugin(in, *folder);
    if (!code) {
        report.error = PluginTestReport::errorObject(
            QStringLiteral("cannot write the plugin to a temporary folder"), "internal");
        done(500, report.json());
        return;
    }
    const std::shared_ptr<PluginModule> module = loadPlugin(driver, *code, report);
    if (!module) {
        done(200, report.json());
        return;
    }

    SentCall sent;
    HookCall call = hookCall(in, sent);
    if (sent.response)
        report.responseBefore = ordered_json(*in.response);
    else
        report.requestBefore = in.requestBefore();

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    driver.call(module, std::move(call),
                [report, done, folder, module, timer, sent](HookReply reply) mutable {
                    report.logs = reply.logs;
                    report.executionMs = timer->elapsed();
                    if (!reply.object) {
                        const Error &e = reply.object.error();
                        report.error = PluginTestReport::errorObject(
                            describe(e, reply.where),
                            e.code == ErrorCode::Timeout ? "timeout" : "runtime");
                        done(200, report.json());
                        return;
                    }
                    reportAfter(report, *reply.object, sent);
                    const ordered_json out = report.json();
                    done(200, out);
                });
}

} // namespace Hb::Plugin
