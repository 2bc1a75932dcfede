// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/pluginhookphase.h"

#include "core/pipeline/exchange.h"

namespace Hb::Pipeline {

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

PhaseStatus PluginHookPhase::run(Exchange &ex, const PhaseCompletion &)
{
    const bool js = m_driver == u"otto" || m_driver == u"javascript";
    if (m_type == HookType::Response)
        ex.fail(500, QStringLiteral("Middleware error"));
    else
        ex.fail(500,
                js ? QStringLiteral("middleware error") : QStringLiteral("Internal Server Error"));
    ex.phaseNote = QStringLiteral("no \"%1\" plugin driver is loaded, so hook %2 cannot run")
                       .arg(m_driver, m_definition.name);
    return PhaseStatus::Fail;
}

} // namespace Hb::Pipeline
