// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/lua/luamodulestate.h"

#include <QObject>

#include <memory>

namespace Hb::Plugin {

struct LuaWorker;

// Tyk's Lua coprocess driver on Lua 5.4. As in Tyk, every call runs in a fresh state with
// the bundle's files loaded (no global survives a call); the next call's state is prepared
// ahead. All states live on one thread of the driver's, so the engine thread never runs
// plugin code. Calls stop at the instruction, time or memory budget.
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
