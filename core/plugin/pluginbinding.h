// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/pluginmodule.h"

#include <QString>

#include <memory>

namespace Hb::Plugin {

class IPluginDriver;

// What the hook phases of one loaded API call: the driver for its language and the code
// loaded for it. `driver` is null when no driver for the language is available (Tyk's
// "driver not loaded" 500); `module` is null when loading failed (`loadError` says why;
// Tyk then answers "No hooks defined for bundle").
struct PluginBinding
{
    QString language;
    IPluginDriver *driver = nullptr;
    std::shared_ptr<PluginModule> module;
    QString loadError;
};

} // namespace Hb::Plugin
