// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugintestrunner.h"

namespace Hb::Plugin {

class IPluginDriver;

// POST /tyk/plugins/test for the coprocess languages (Python, Lua), which Tyk's runner does
// not cover: the code is loaded as a bundle of one file in a private folder, its hook
// `hook_name` gets the coprocess Object Tyk would build from the mock request (or response),
// and the reply has the shape of Tyk's JavaScript runner: request_before/after,
// response_before/after, session_after, logs at their levels, and errors typed syntax (load),
// runtime or timeout with the plugin's line. As in Tyk's runner, the real bindings are live
// (store_data, get_data write to the engine's store).
class CoprocessTestRunner
{
public:
    // On the engine thread; `done` runs later on it (the driver's reply thread).
    static void run(IPluginDriver &driver, const PluginTestRequest &request,
                    IPluginTestRunner::Callback done);
};

} // namespace Hb::Plugin
