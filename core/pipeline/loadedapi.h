// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/apieventhandlers.h"
#include "core/pipeline/iphase.h"
#include "core/plugin/pluginbinding.h"

#include <memory>
#include <vector>

namespace Hb::Pipeline {

// An API ready to serve: its definition and the flat list of phases built from it. The
// request chain is phases[0, responseStart) and ends with the proxy; the response chain is
// phases[responseStart, end). Immutable once built; in-flight exchanges keep the version
// they started with alive across a reload.
class LoadedApi
{
public:
    LoadedApi(Api::ApiDefinition definition, std::vector<std::unique_ptr<IPhase>> phases,
              int responseStart, std::shared_ptr<const ApiEventHandlers> events = nullptr,
              std::shared_ptr<const Plugin::PluginBinding> goPlugins = nullptr)
        : m_definition(std::move(definition))
        , m_phases(std::move(phases))
        , m_responseStart(responseStart)
        , m_events(std::move(events))
        , m_goPlugins(std::move(goPlugins))
    {}

    const Api::ApiDefinition &definition() const { return m_definition; }
    int phaseCount() const { return int(m_phases.size()); }
    IPhase &phase(int index) const { return *m_phases[size_t(index)]; }
    int responseStart() const { return m_responseStart; }
    // The API's event handlers Hookbench runs; null when none.
    const ApiEventHandlers *events() const { return m_events.get(); }
    // The Go plugins the API loads whatever its driver (go_plugin entries, the analytics
    // plugin); null when none.
    const std::shared_ptr<const Plugin::PluginBinding> &goPlugins() const { return m_goPlugins; }

private:
    Api::ApiDefinition m_definition;
    std::vector<std::unique_ptr<IPhase>> m_phases;
    int m_responseStart;
    std::shared_ptr<const ApiEventHandlers> m_events;
    std::shared_ptr<const Plugin::PluginBinding> m_goPlugins;
};

} // namespace Hb::Pipeline
