// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/pluginhookphase.h"

#include "core/coprocess/objectjson.h"

#include "core/coprocess/objectbuilder.h"
#include "core/coprocess/requestapplier.h"
#include "core/coprocess/responseapplier.h"
#include "core/coprocess/returnoverrides.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/phases/scriptreplyapplier.h"
#include "core/plugin/iplugindriver.h"

namespace Hb::Pipeline {

namespace {

// Go's http.DetectContentType for the bodies plugins usually write: HTML, text, binary.
QByteArray sniffContentType(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    for (const char *tag : {"<!doctype html", "<html", "<head", "<body", "<p", "<div", "<h1"}) {
        if (head.startsWith(tag))
            return "text/html; charset=utf-8";
    }
    if (head.startsWith("<?xml"))
        return "text/xml; charset=utf-8";
    for (const char c : body.left(512)) {
        const uchar u = uchar(c);
        if (u <= 0x08 || u == 0x0B || (u >= 0x0E && u <= 0x1A) || (u >= 0x1C && u <= 0x1F))
            return "application/octet-stream";
    }
    return "text/plain; charset=utf-8";
}

// The coprocess Object the hook gets (JSVM drivers get it too, inside their call).
coprocess::Object hookObject(const Exchange &ex, HookType type,
                             const Api::MiddlewareDefinition &definition)
{
    Coprocess::ObjectInputs in;
    in.hookType = wireHookType(type);
    in.hookName = definition.name;
    in.api = &ex.api().definition();
    in.request = &ex.request;
    in.requestUri = ex.originalRequest().target;
    in.rawBodyOnly = definition.rawBodyOnly;
    if (ex.session) {
        in.session = &*ex.session;
        in.sessionKey = ex.sessionKey;
    }
    if (type == HookType::Response)
        in.response = &ex.response;
    return Coprocess::ObjectBuilder::build(in);
}

// What a coprocess hook was sent, to apply its reply against.
struct CoprocessSent
{
    HookType type;
    QByteArray queryBefore;
    google::protobuf::Map<std::string, std::string> headers; // response hooks: as sent
    bool canonical = true;
};

// A response hook's returned response replaces the upstream's.
PhaseStatus applyReturnedResponse(Exchange &ex, const coprocess::Object &returned,
                                  const CoprocessSent &sent)
{
    if (!returned.has_response()) {
        ex.fail(500, QStringLiteral("Middleware error"));
        ex.phaseNote = QStringLiteral("the response hook returned no response");
        return PhaseStatus::Fail;
    }
    Coprocess::ResponseApplier::apply(returned.response(), sent.headers, ex.response,
                                      sent.canonical);
    return PhaseStatus::Continue;
}

// Return overrides end the request: Tyk's error template, or the plugin's raw reply.
PhaseStatus answerReturnOverride(Exchange &ex, const Coprocess::ReturnOverrideDecision &decision)
{
    if (decision.kind == Coprocess::ReturnOverrideDecision::Kind::ErrorReply) {
        ex.errorHeaders = decision.headers;
        ex.fail(decision.code, decision.message);
        ex.phaseNote = QStringLiteral("return_overrides: error reply %1 \"%2\"")
                           .arg(decision.code)
                           .arg(decision.message);
        return PhaseStatus::Fail;
    }
    PluginHookPhase::writeRawReply(ex, decision.code, decision.headers, decision.body);
    ex.phaseNote = QStringLiteral("return_overrides: reply %1").arg(decision.code);
    return PhaseStatus::Respond;
}

// A coprocess hook's reply: its request (or response) changes are applied, and return
// overrides end the request.
PhaseStatus applyCoprocessReply(Exchange &ex, const Plugin::HookReply &reply,
                                const CoprocessSent &sent)
{
    if (!reply.object) {
        ex.fail(500, QStringLiteral("Middleware error"));
        ex.phaseNote = reply.object.error().message;
        ex.phaseWhere = reply.object.error().where;
        return PhaseStatus::Fail;
    }
    const coprocess::Object &returned = *reply.object;
    if (sent.type == HookType::Response)
        return applyReturnedResponse(ex, returned, sent);
    const Result<void> applied = Coprocess::RequestApplier::apply(
        returned.request(), ex.request, sent.queryBefore, {sent.canonical});
    if (!applied) {
        ex.fail(500, QStringLiteral("Middleware error"));
        ex.phaseNote = applied.error().message;
        return PhaseStatus::Fail;
    }
    const auto decision = Coprocess::ReturnOverrides::decide(returned.request().return_overrides());
    if (!decision)
        return PhaseStatus::Continue;
    // Every coprocess request hook's error override is "a bad auth" to Tyk, which fires
    // AuthFailure with the returned session's token, if any (gateway/coprocess.go,
    // CoProcessMiddleware.ProcessRequest; the object-level metadata is merged in first).
    if (decision->kind == Coprocess::ReturnOverrideDecision::Kind::ErrorReply) {
        ex.fireAuthFailure(QString::fromStdString(PluginHookPhase::returnedToken(returned)));
    }
    return answerReturnOverride(ex, *decision);
}
} // namespace

coprocess::HookType wireHookType(HookType type)
{
    switch (type) {
    case HookType::Pre: return coprocess::Pre;
    case HookType::CustomKeyCheck: return coprocess::CustomKeyCheck;
    case HookType::PostKeyAuth: return coprocess::PostKeyAuth;
    case HookType::Post: return coprocess::Post;
    case HookType::Response: return coprocess::Response;
    }
    return coprocess::Unknown;
}

bool isJsDriver(const QString &driver)
{
    return driver == u"otto" || driver == u"javascript";
}

QString hookTypeName(HookType type)
{
    switch (type) {
    case HookType::Pre: return QStringLiteral("pre");
    case HookType::CustomKeyCheck: return QStringLiteral("auth_check");
    case HookType::PostKeyAuth: return QStringLiteral("post_key_auth");
    case HookType::Post: return QStringLiteral("post");
    case HookType::Response: return QStringLiteral("response");
    }
    return {};
}

QString PluginHookPhase::name() const
{
    return hookTypeName(m_type) + u':' + m_definition.name;
}

void PluginHookPhase::writeRawReply(Exchange &ex, int code, const Http::HeaderList &headers,
                                    const QByteArray &body)
{
    Http::HttpResponse reply;
    reply.status = code;
    reply.headers = headers;
    if (!body.isEmpty() && !reply.headers.contains("Content-Type"))
        reply.headers.add("Content-Type", sniffContentType(body));
    reply.body = body;
    ex.response = std::move(reply);
    // Coprocess overrides skip the response plugins and the quota headers (Tyk:
    // gateway/coprocess.go, ProcessRequest).
    ex.runResponsePhasesOnRespond = false;
}

Plugin::HookCall PluginHookPhase::coprocessCall(coprocess::Object object)
{
    Plugin::HookCall call;
    call.object = std::move(object);
    return call;
}

Plugin::HookCall PluginHookPhase::makeCall(const Exchange &ex, coprocess::Object object,
                                           const Api::MiddlewareDefinition &entry)
{
    Plugin::HookCall call;
    call.object = std::move(object);
    call.request = ex.request;
    // Response hooks after a JSVM synthetic reply see the session that reply carried.
    call.session = ex.forcedReply ? ex.forcedReplySession : ex.session;
    call.sessionKey = ex.sessionKey;
    const Api::ApiDefinition &api = ex.api().definition();
    if (!api.configDataDisabled)
        call.configData = api.configData;
    // An API without config_data gives JS plugins null, as Go encodes a nil map.
    if (api.configData.is_object() && api.configData.empty() && api.raw.is_object() &&
        !api.raw.contains("config_data"))
        call.configData = nullptr;
    call.configDataDisabled = api.configDataDisabled;
    call.apiId = api.apiId;
    call.orgId = api.orgId;
    call.requestUri = ex.originalRequest().target;
    call.response = ex.response;
    call.requireSession = entry.requireSession;
    call.entryPath = entry.path;
    call.entryCode = entry.code;
    return call;
}

void PluginHookPhase::takeLogs(Exchange &ex, const QList<Plugin::PluginLogLine> &logs)
{
    for (const Plugin::PluginLogLine &line : logs)
        ex.phaseLogs.append({line.level, line.message});
}

std::string PluginHookPhase::returnedToken(const coprocess::Object &returned)
{
    if (!returned.has_session())
        return {};
    for (const auto *metadata : {&returned.metadata(), &returned.session().metadata()}) {
        if (const auto it = metadata->find("token"); it != metadata->end())
            return it->second;
    }
    return {};
}

void PluginHookPhase::recordSent(Exchange &ex, const coprocess::Object &sent)
{
    if (ex.snapshotting)
        ex.phaseObjectSent = Coprocess::messageToJson(sent);
}

void PluginHookPhase::recordReturned(Exchange &ex, const Plugin::HookReply &reply)
{
    if (ex.snapshotting && reply.object)
        ex.phaseObjectReceived = Coprocess::messageToJson(*reply.object);
}

PhaseStatus PluginHookPhase::notRunnable(Exchange &ex) const
{
    const bool js = isJsDriver(m_driver);
    const Plugin::PluginBinding *binding = m_context.binding.get();
    if (!binding || !binding->driver) {
        if (m_type == HookType::Response)
            ex.fail(500, QStringLiteral("Middleware error"));
        else
            ex.fail(500, js ? QStringLiteral("middleware error")
                            : QStringLiteral("Internal Server Error"));
        ex.phaseNote = QStringLiteral("no \"%1\" plugin driver is loaded, so hook %2 cannot run")
                           .arg(m_driver, m_definition.name);
        return PhaseStatus::Fail;
    }
    if (js) {
        // Tyk's JSVM then finds no object of that name: a ReferenceError.
        ex.fail(500, m_type == HookType::Response ? QStringLiteral("Middleware error")
                                                  : QStringLiteral("Internal Server Error"));
        ex.phaseNote = QStringLiteral("no JS code is loaded for hook %1: %2")
                           .arg(m_definition.name, binding->loadError);
        return PhaseStatus::Fail;
    }
    // The code did not load: Tyk's dispatcher finds no hooks for the bundle.
    ex.fail(m_type == HookType::CustomKeyCheck ? 403 : 500,
            m_type == HookType::CustomKeyCheck ? QStringLiteral("Key not authorised")
                                               : QStringLiteral("Middleware error"));
    ex.phaseNote = QStringLiteral("No hooks defined for bundle: %1").arg(binding->loadError);
    return PhaseStatus::Fail;
}

PhaseStatus PluginHookPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    const Plugin::PluginBinding *binding = m_context.binding.get();
    if (!binding || !binding->driver || !binding->module)
        return notRunnable(ex);

    coprocess::Object object = hookObject(ex, m_type, m_definition);
    const bool canonical = m_context.canonicalHeaderNames;
    if (isJsDriver(m_driver)) {
        const ScriptReplyApplier::Options options{m_type, m_definition.requireSession, canonical,
                                                  m_context.rateLimitsMode, m_context.clock};
        binding->driver->call(binding->module, makeCall(ex, std::move(object), m_definition),
                              [done, options](Plugin::HookReply reply) {
                                  const auto self = done.lock();
                                  if (!self)
                                      return;
                                  takeLogs(*self, reply.logs);
                                  done(ScriptReplyApplier::finish(*self, reply, options));
                              });
        return PhaseStatus::Pause;
    }
    CoprocessSent sent{m_type, ex.request.query(), {}, canonical};
    if (m_type == HookType::Response)
        sent.headers = object.response().headers();
    recordSent(ex, object);
    // Coprocess drivers read the Object only: no copy of the request, session or response.
    Plugin::HookCall call = coprocessCall(std::move(object));
    call.requester = done.lock();
    binding->driver->call(binding->module, std::move(call), [done, sent](Plugin::HookReply reply) {
        const auto self = done.lock();
        if (!self)
            return;
        takeLogs(*self, reply.logs);
        recordReturned(*self, reply);
        done(applyCoprocessReply(*self, reply, sent));
    });
    return PhaseStatus::Pause;
}

} // namespace Hb::Pipeline
