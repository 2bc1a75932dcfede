// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/gopluginphase.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/phases/goreplyapplier.h"
#include "core/pipeline/phases/versioncheckphase.h"
#include "core/plugin/pluginbinding.h"

namespace Hb::Pipeline {

GoPluginPhase::GoPluginPhase(HookType type, Api::MiddlewareDefinition entry, GoStepContext context)
    : m_type(type)
    , m_entry(std::move(entry))
    , m_context(std::move(context))
{}

std::unique_ptr<GoPluginPhase> GoPluginPhase::forEndpoints(const Api::ApiDefinition &api,
                                                           const EndpointMatchOptions &options,
                                                           GoStepContext context)
{
    std::unique_ptr<GoPluginPhase> phase(new GoPluginPhase());
    phase->m_perEndpoint = true;
    phase->m_context = std::move(context);
    phase->m_listenPath = api.listenPath;
    for (auto it = api.versionData.versions.cbegin(); it != api.versionData.versions.cend(); ++it) {
        // Tyk compiles go_plugin entries only for versions with use_extended_paths.
        if (!it->useExtendedPaths)
            continue;
        QList<Api::EndpointMeta> metas;
        VersionEndpoints endpoints;
        for (const Api::GoPluginMeta &meta : it->goPlugins) {
            // The matcher skips a pattern that does not compile; `entries` must stay aligned.
            if (meta.disabled || !EndpointMatcher::compiles(meta.path, options))
                continue;
            metas.append(EndpointMatcher::exactMethodEntry(meta.path, meta.method));
            Api::MiddlewareDefinition entry;
            entry.name = meta.funcName;
            entry.path = meta.pluginPath;
            endpoints.entries.append(entry);
        }
        if (metas.isEmpty())
            continue;
        endpoints.matcher = EndpointMatcher(metas, options);
        phase->m_endpoints.insert(it.key(), std::move(endpoints));
    }
    if (phase->m_endpoints.isEmpty())
        return nullptr;
    return phase;
}

QString GoPluginPhase::name() const
{
    if (m_perEndpoint)
        return QStringLiteral("go_plugin");
    return hookTypeName(m_type) + u':' + m_entry.name;
}

Plugin::HookCall GoPluginPhase::makeCall(const Exchange &ex, HookType type,
                                         const Api::MiddlewareDefinition &entry,
                                         const GoStepContext &context)
{
    Plugin::HookCall call;
    call.object.set_hook_type(wireHookType(type));
    call.object.set_hook_name(entry.name.toStdString());
    call.request = ex.request;
    call.session = ex.session;
    call.sessionKey = ex.sessionKey;
    call.authToken = ex.authToken;
    call.apiDefinition = context.definition;
    call.apiIsOas = context.isOas;
    call.hashKeys = context.hashKeys;
    call.requestUri = ex.originalRequest().target;
    call.entryPath = entry.path;
    call.response = ex.response;
    call.writerHeaders = ex.writerHeaders;
    return call;
}

PhaseStatus GoPluginPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    Api::MiddlewareDefinition entry = m_entry;
    if (m_perEndpoint) {
        const auto version = m_endpoints.constFind(ex.versionName);
        const int index =
            version == m_endpoints.cend()
                ? -1
                : version->matcher.match(VersionCheckPhase::matchPaths(ex, m_listenPath),
                                         QString::fromUtf8(ex.request.method));
        if (index < 0) {
            ex.phaseSkipped = true;
            return PhaseStatus::Continue;
        }
        entry = version->entries.at(index);
        if (ex.tracing)
            ex.phaseNote = QStringLiteral("%1 from %2").arg(entry.name, entry.path);
    }
    const Plugin::PluginBinding *binding = m_context.hooks.binding.get();
    if (!binding || !binding->driver || !binding->module) {
        ex.fail(500, QStringLiteral("Internal Server Error"));
        ex.phaseNote =
            !binding || !binding->driver
                ? QStringLiteral("Go plugins need the Go plugin driver, which is not "
                                 "loaded")
                : QStringLiteral("the Go plugin is not loaded: %1").arg(binding->loadError);
        return PhaseStatus::Fail;
    }
    Plugin::HookCall call = makeCall(ex, m_perEndpoint ? HookType::Post : m_type, entry, m_context);
    call.requester = done.lock();
    const GoReplyApplier::RequestOptions options{m_context.policies, m_context.orgId,
                                                 !m_perEndpoint};
    binding->driver->call(binding->module, std::move(call),
                          [done, options](Plugin::HookReply reply) {
                              const auto self = done.lock();
                              if (!self)
                                  return;
                              PluginHookPhase::takeLogs(*self, reply.logs);
                              done(GoReplyApplier::applyRequest(*self, reply, options));
                          });
    return PhaseStatus::Pause;
}

} // namespace Hb::Pipeline
