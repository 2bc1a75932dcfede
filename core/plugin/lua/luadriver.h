// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/lua/luamodulestate.h"

#include <QObject>

#include <memory>

namespace Hb::Plugin {

class LuaWorker;

// Tyk's Lua coprocess driver on Lua 5.4. As in Tyk, every call runs in a fresh state with
// the bundle's files loaded (no global survives a call); the next call's state is prepared
// ahead. All states live on a thread of the driver's (LuaWorker), so the engine thread never
// runs plugin code. Calls stop at the instruction, time or memory budget; a call stuck in a
// C function past its budget is answered by the worker's watchdog, which moves the driver
// to a fresh thread.
class LuaDriver final : public IPluginDriver
{
public:
    LuaDriver(QObject *context, LuaBudget budget = {});
    ~LuaDriver() override;

    QStringList languages() const override { return {QStringLiteral("lua")}; }
    Result<std::shared_ptr<PluginModule>> load(const PluginCode &code,
                                               QList<LoadProblem> *problems) override;
    void call(const std::shared_ptr<PluginModule> &module, HookCall call,
              HookCallback done) override;

private:
    std::shared_ptr<LuaWorker> m_worker;
    LuaBudget m_budget;
};

} // namespace Hb::Plugin
