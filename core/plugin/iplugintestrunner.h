// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/plugintestrequest.h"

#include <functional>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

// Tyk's plugin test runner (POST /tyk/plugins/test, gateway/mw_js_plugin_test_runner.go): runs code
// from the request against a mock request or response with the real bindings and reports
// what it changed. The JavaScript driver implements this beside IPluginDriver (Tyk has it
// for JavaScript only); CoprocessTestRunner serves the coprocess languages. Called on the
// engine thread; `done` runs later on the engine thread with the HTTP status and the JSON
// body of the reply.
class IPluginTestRunner
{
public:
    using Callback = std::function<void(int status, const nlohmann::ordered_json &body)>;

    virtual ~IPluginTestRunner() = default;
    virtual void runPluginTest(const PluginTestRequest &request, Callback done) = 0;
};

} // namespace Hb::Plugin
