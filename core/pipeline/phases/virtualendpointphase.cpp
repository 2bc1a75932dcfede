// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/virtualendpointphase.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/phases/scriptreplyapplier.h"
#include "core/pipeline/phases/versioncheckphase.h"
#include "core/plugin/iplugindriver.h"

namespace Hb::Pipeline {

namespace {
// The call for the entry's function: the same entry the module was built from, file sources
// by path, blobs by content.
Plugin::HookCall virtualCall(const Exchange &ex, const Api::VirtualMeta &meta)
{
    Api::MiddlewareDefinition entry;
    entry.name = meta.functionName;
    if (meta.sourceType == u"blob")
        entry.code = meta.sourceUri;
    else
        entry.path = meta.sourceUri;
    coprocess::Object object;
    object.set_hook_name(meta.functionName.toStdString());
    Plugin::HookCall call = PluginHookPhase::makeCall(ex, std::move(object), entry);
    call.virtualEndpoint = true;
    call.useSession = meta.useSession;
    return call;
}

// With use_session a changed SessionMeta becomes the session's metadata, and the session is
// written back.
void adoptSessionMeta(Exchange &ex, const Plugin::ScriptReply &script)
{
    if (!ex.session || !script.sessionMeta)
        return;
    nlohmann::json &json = ex.session->json();
    const nlohmann::json before = json.value("meta_data", nlohmann::json());
    if (before != *script.sessionMeta) {
        json["meta_data"] = *script.sessionMeta;
        ex.sessionModified = true;
    }
}

// The function's headers (canonicalised unless the API says not to), then Server and Date as
// Tyk sets them.
Http::HeaderList replyHeaders(const Http::HeaderList &given, const PluginHookContext &context)
{
    Http::HeaderList headers;
    for (const auto &[name, value] : given.fields())
        headers.set(context.canonicalHeaderNames ? Http::HeaderList::canonicalName(name) : name,
                    value);
    headers.set("Server", "tyk");
    headers.set("Date", ScriptReplyApplier::httpDate(context.clock));
    return headers;
}
} // namespace

VirtualEndpointPhase::VirtualEndpointPhase(const Api::ApiDefinition &api,
                                           const EndpointMatchOptions &options,
                                           PluginHookContext context)
    : m_listenPath(api.listenPath)
    , m_context(std::move(context))
{
    for (auto it = api.versionData.versions.cbegin(); it != api.versionData.versions.cend(); ++it) {
        Version v;
        QList<Api::EndpointMeta> paths;
        for (const Api::VirtualMeta &meta : it->virtualEndpoints) {
            // Disabled entries, and all of a version without use_extended_paths, are not
            // compiled into Tyk's path list at all.
            if (meta.disabled || !it->useExtendedPaths)
                continue;
            v.entries.append(meta);
            paths.append({meta.path, meta.method, false, false});
        }
        v.matcher = EndpointMatcher(paths, options);
        m_versions.insert(it.key(), std::move(v));
    }
}

PhaseStatus VirtualEndpointPhase::failed(Exchange &ex, const Api::VirtualMeta &meta,
                                         const QString &why) const
{
    if (meta.proxyOnError) {
        ex.phaseNote = QStringLiteral("virtual endpoint %1 failed (%2); proxy_on_error: the "
                                      "request goes on to the upstream")
                           .arg(meta.functionName, why);
        return PhaseStatus::Continue;
    }
    ex.fail(500, QStringLiteral("Error during virtual endpoint execution. Contact Administrator "
                                "for more details."));
    ex.phaseNote = QStringLiteral("virtual endpoint %1: %2").arg(meta.functionName, why);
    return PhaseStatus::Fail;
}

PhaseStatus VirtualEndpointPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    const auto version = m_versions.constFind(ex.versionName);
    if (version == m_versions.cend() || version->matcher.isEmpty()) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    const int index = version->matcher.match(VersionCheckPhase::matchPaths(ex, m_listenPath),
                                             QString::fromLatin1(ex.request.method));
    if (index < 0) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    const Api::VirtualMeta meta = version->entries.at(index);
    const Plugin::PluginBinding *binding = m_context.binding.get();
    if (!binding || !binding->driver || !binding->module)
        return failed(ex, meta,
                      binding && !binding->loadError.isEmpty()
                          ? binding->loadError
                          : QStringLiteral("its JS code did not load (see the diagnostics)"));

    binding->driver->call(binding->module, virtualCall(ex, meta),
                          [this, done, meta](Plugin::HookReply reply) {
                              const auto self = done.lock();
                              if (!self)
                                  return;
                              PluginHookPhase::takeLogs(*self, reply.logs);
                              done(takeReply(*self, meta, reply));
                          });
    return PhaseStatus::Pause;
}

PhaseStatus VirtualEndpointPhase::takeReply(Exchange &ex, const Api::VirtualMeta &meta,
                                            const Plugin::HookReply &reply) const
{
    if (!reply.object || !reply.script || !reply.script->virtualResponse) {
        ex.phaseWhere = reply.where;
        return failed(ex, meta,
                      reply.object ? QStringLiteral("no response") : reply.object.error().message);
    }
    const Plugin::ScriptReply &script = *reply.script;
    const Http::HttpResponse &answer = *script.virtualResponse;
    if (answer.status < 100 || answer.status > 999) {
        // Go's WriteHeader refuses such a code (Tyk's connection then just closes).
        return failed(ex, meta,
                      QStringLiteral("the function returned status %1; set "
                                     "Response.Code to an HTTP status")
                          .arg(answer.status));
    }
    if (meta.useSession)
        adoptSessionMeta(ex, script);
    PluginHookPhase::writeRawReply(ex, answer.status, replyHeaders(answer.headers, m_context),
                                   answer.body);
    // The reply runs through the response plugins with the endpoint's session (a failing
    // one is only logged), then gets the quota headers.
    ex.runResponsePhasesOnRespond = true;
    ex.forcedReply = true;
    ex.forcedReplySession = meta.useSession && ex.session ? ex.session : Session::SessionState();
    ex.phaseNote =
        QStringLiteral("virtual endpoint %1 answered %2").arg(meta.functionName).arg(answer.status);
    return PhaseStatus::Respond;
}

} // namespace Hb::Pipeline
