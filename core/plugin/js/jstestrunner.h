// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/plugintestrequest.h"

#include <QString>

#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

class JsJob;
struct JsVmSetup;

// Tyk's JavaScript plugin test runner (gateway/mw_js_plugin_test_runner.go; always goja):
// the code runs in a fresh VM with the real bindings, its NewProcessRequest /
// NewProcessResponse call is intercepted to find the handler whatever its variable is
// called, and the handler gets a mock request (or response) built from the body. Errors in
// the plugin are reported inside a 200 reply, typed syntax, runtime or timeout.
class JsTestRunner
{
public:
    // Runs on a JS worker inside `job`: the HTTP status (200, or 400 for a session that is
    // not a session) and the reply body.
    static std::pair<int, nlohmann::ordered_json> run(const PluginTestRequest &input,
                                                      const JsVmSetup &setup, JsJob &job);
    // The reply when the watchdog stopped the run.
    static nlohmann::ordered_json timedOut(int budgetMs);
};

} // namespace Hb::Plugin
