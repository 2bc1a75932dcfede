// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/coprocess/coprocessobject.h"
#include "core/plugin/lua/luaarena.h"
#include "core/plugin/pluginlog.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <chrono>

struct lua_State;
struct lua_Debug;

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

// One file of a bundle, read once and loaded into every state the bundle gets.
struct LuaSource
{
    QString path;
    QByteArray text;
    // The text compiled once (LuaModuleState::compile), with its debug information, so each
    // fresh state loads it without parsing; empty until then.
    QByteArray bytecode;
};

// Limits a Lua hook runs under. Tyk's Lua driver has none; a workbench must survive a
// runaway loop, so calls stop with an error at either limit.
struct LuaBudget
{
    qint64 instructions = 200'000'000; // VM instructions per call (and for loading)
    std::chrono::milliseconds time{5000};
    size_t memoryBytes = 256u << 20; // per state
    // When set (the driver is stopping), running code is stopped at the next check.
    const std::atomic<bool> *cancel = nullptr;
    // The engine's clock, which os.time() and os.date() follow when they default to now;
    // null: the real time.
    const IClock *clock = nullptr;
};

// One bundle's Lua code in a Lua 5.4 state of its own: the sandboxed standard library,
// Tyk's `tyk` helper table (tyk.req.get_headers/set_header/clear_header), and every file
// of the bundle run once at load, in file_list order, as Tyk loads its cached modules.
// dispatch() does what Tyk's Lua `dispatch` does: finds the global function named after the
// hook, calls it as f(request, session, spec) (auth hooks too: Tyk's 4-argument branch tests
// an undefined variable), and takes back the request and session it returns, with the
// object-level metadata reset. Not thread-safe: one thread uses a state at a time.
class LuaModuleState
{
public:
    LuaModuleState();
    ~LuaModuleState();
    LuaModuleState(const LuaModuleState &) = delete;
    LuaModuleState &operator=(const LuaModuleState &) = delete;

    // Reads the files of a bundle.
    static Result<QList<LuaSource>> readSources(const QStringList &files);
    // Runs `sources` into the state (their bytecode when compiled, else their text). Syntax
    // and runtime errors carry the file and line.
    Result<void> load(const QList<LuaSource> &sources, const LuaBudget &budget);
    // Fills each source's bytecode from its text (which load() has already parsed, so this
    // does not fail on good sources); the chunks are not run.
    Result<void> compile(QList<LuaSource> &sources);
    // Whether `name` is a global function (a hook the manifest names).
    bool hasFunction(const QString &name) const;
    // Runs one hook. `logs` receives print() output.
    Result<coprocess::Object> dispatch(const coprocess::Object &object, const LuaBudget &budget,
                                       QList<PluginLogLine> *logs, SourceLocation *where);

private:
    static int onPrint(lua_State *L);
    // os.time and os.date over the engine's clock (the originals are their upvalues).
    static int engineTime(lua_State *L);
    static int engineDate(lua_State *L);
    long long nowSecs() const;
    static void *allocate(void *ud, void *ptr, size_t oldSize, size_t newSize);
    static void countHook(lua_State *L, lua_Debug *ar);
    void arm(const LuaBudget &budget);
    Error errorFrom(int status, const QString &what, SourceLocation *where);

    const IClock *m_clock = nullptr; // the running load's or call's (LuaBudget::clock)
    LuaArena m_arena;                // before L: the state is closed before its memory goes
    lua_State *L = nullptr;
    size_t m_memoryUsed = 0;
    size_t m_memoryLimit = 256u << 20;
    qint64 m_instructionsLeft = 0;
    qint64 m_instructionBudget = 0;
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::milliseconds m_timeBudget{0};
    const std::atomic<bool> *m_cancel = nullptr;
    bool m_budgetExceeded = false; // the last error is a budget stop (ErrorCode::Timeout)
    QList<PluginLogLine> *m_logs = nullptr;
};

} // namespace Hb::Plugin
