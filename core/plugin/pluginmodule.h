// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/plugincode.h"

namespace Hb::Plugin {

// Loaded plugin code inside a driver. Shared by every pipeline built while this version of
// the code was current; the driver unloads it when the last holder lets go, so requests in
// flight finish on the code they started with even across a reload.
class PluginModule
{
public:
    explicit PluginModule(PluginCode code)
        : m_code(std::move(code))
    {}
    virtual ~PluginModule() = default;
    const PluginCode &code() const { return m_code; }

private:
    PluginCode m_code;
};

} // namespace Hb::Plugin
