// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/goresponsephase.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/phases/goreplyapplier.h"
#include "core/plugin/pluginbinding.h"

namespace Hb::Pipeline {

QString GoResponsePhase::name() const
{
    return QStringLiteral("response:") + m_entry.name;
}

PhaseStatus GoResponsePhase::run(Exchange &ex, const PhaseCompletion &done)
{
    const Plugin::PluginBinding *binding = m_context.hooks.binding.get();
    if (!binding || !binding->driver || !binding->module) {
        Plugin::HookReply missing;
        Plugin::GoReply go;
        go.notLoaded = true;
        go.loadError =
            binding ? binding->loadError : QStringLiteral("the Go plugin driver is not loaded");
        missing.go = std::move(go);
        return GoReplyApplier::applyResponse(ex, missing);
    }
    Plugin::HookCall call = GoPluginPhase::makeCall(ex, HookType::Response, m_entry, m_context);
    call.requester = done.lock();
    binding->driver->call(binding->module, std::move(call), [done](Plugin::HookReply reply) {
        const auto self = done.lock();
        if (!self)
            return;
        PluginHookPhase::takeLogs(*self, reply.logs);
        done(GoReplyApplier::applyResponse(*self, reply));
    });
    return PhaseStatus::Pause;
}

} // namespace Hb::Pipeline
