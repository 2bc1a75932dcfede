// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Hb::Plugin {

class JsJob;
class JsModule;
class JsRuntime;
struct JsCallContext;

// What every VM of one driver is built with.
struct JsVmSetup
{
    std::shared_ptr<JsCallContext> ctx;
    JsRuntime *runtime = nullptr;
    QString userLibrary;     // the text of tyk_js_path
    QString userLibraryFile; // its path, for messages
    int budgetMs = 5000;     // for preparing a VM ahead of a call (the call budget)
};

// The worker side of the driver: checking an API's code at load, and running one hook call
// in a VM of its own. Runs on a JS worker thread, inside `job`.
class JsHookInvoker
{
public:
    // Evaluates every source once, with logging on (Tyk logs top-level output at load).
    // Sources that do not compile are reported with file and line and listed in
    // `uncompiled` (indexes into module.sources(), for the caller to mark `skip`); entries
    // whose object is not defined afterwards are reported too. Neither stops the load: as in
    // Tyk, the API is served and those hooks fail.
    static QList<LoadProblem> check(const JsModule &module, const JsVmSetup &setup, JsJob &job,
                                    QList<PluginLogLine> *logs, QList<int> *uncompiled);
    // One hook call: a fresh VM with the module's sources replayed with logging off, then
    // <handler>.DoProcessRequest(request, session, config) or
    // <handler>.DoProcessResponse(response, request, session, config), and the answer
    // decoded as Tyk decodes it and handed to `deliver`. The VM is dropped afterwards (each
    // call gets a fresh one, as in Tyk); when no job is waiting, the worker then prepares
    // the next VM for this module (set up and replayed, never used), so the next call on
    // this worker only runs its handler.
    static void call(const std::shared_ptr<const JsModule> &module, const HookCall &call,
                     const JsVmSetup &setup, JsJob &job,
                     const std::function<void(HookReply)> &deliver);
    // Drops the VMs this worker thread prepared; called by the worker before it ends, so
    // they go on their own thread.
    static void releasePrepared();
};

} // namespace Hb::Plugin
