// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/iplugintestrunner.h"
#include "core/plugin/js/jsdriveroptions.h"

#include <QObject>

#include <memory>

namespace Hb::Plugin {

class JsRuntime;
struct JsCallContext;

// Tyk's JSVM plugins (`otto` and `javascript` drivers) on QJSEngine
// (Tyk: gateway/mw_js_plugin.go, mw_js_plugin_goja.go, jsvm_api.go).
//
// Every call runs in a fresh VM on one of the driver's worker threads, as Tyk gives each
// call a copy of the API's VM (otto) or a new runtime (goja): the core library and the
// API's programs are replayed, then the handler runs, so no state survives between calls.
// A call has jsvm_timeout as its budget: at the deadline it is answered with
// ErrorCode::Timeout and its VM is interrupted, while the other workers keep serving.
//
// It also runs Tyk's plugin test runner (IPluginTestRunner).
//
// Threads: load(), call() and runPluginTest() on the engine thread (load() blocks it while the code
// is evaluated once, bounded by loadTimeoutMs); answers are posted to `context`.
class JsDriver final : public IPluginDriver, public IPluginTestRunner
{
public:
    JsDriver(QObject *context, JsDriverOptions options);
    ~JsDriver() override;

    QStringList languages() const override
    {
        return {QStringLiteral("otto"), QStringLiteral("javascript")};
    }
    Result<std::shared_ptr<PluginModule>> load(const PluginCode &code,
                                               QList<LoadProblem> *problems) override;
    void call(const std::shared_ptr<PluginModule> &module, HookCall call,
              HookCallback done) override;
    // POST /tyk/plugins/test, run on a worker with the call budget (JsTestRunner).
    void runPluginTest(const PluginTestRequest &request, Callback done) override;

private:
    std::shared_ptr<JsCallContext> m_context;
    JsDriverOptions m_options;
    QString m_userLibrary; // the text of tyk_js_path
    std::unique_ptr<JsRuntime> m_runtime;
};

} // namespace Hb::Plugin
