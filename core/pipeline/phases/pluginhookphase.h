// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"

namespace Hb::Pipeline {

// Tyk's hook types (coprocess HookType names).
enum class HookType { Pre, CustomKeyCheck, PostKeyAuth, Post, Response };
QString hookTypeName(HookType type);

// One custom-plugin hook of the chain (one per manifest entry, in array order). Plugin
// drivers (Python, Lua, JavaScript) plug in here; until a driver for the API's language is
// loaded the phase answers as Tyk does when a driver is not loaded: 500 "Internal Server
// Error" for coprocess drivers, 500 "middleware error" for JS (middleware-chain.md §5).
class PluginHookPhase final : public IPhase
{
public:
    PluginHookPhase(HookType type, QString driver, Api::MiddlewareDefinition definition)
        : m_type(type)
        , m_driver(std::move(driver))
        , m_definition(std::move(definition))
    {}
    QString name() const override;
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

    HookType type() const { return m_type; }
    const Api::MiddlewareDefinition &definition() const { return m_definition; }

private:
    HookType m_type;
    QString m_driver;
    Api::MiddlewareDefinition m_definition;
};

} // namespace Hb::Pipeline
