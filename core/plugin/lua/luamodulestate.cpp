// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luamodulestate.h"

#include "core/common/iclock.h"
#include "core/plugin/lua/luaobjectcodec.h"

#include <lua.hpp>

#include <QFile>
#include <QRegularExpression>

#include <cstdlib>
#include <ctime>

namespace Hb::Plugin {

namespace {
// Tyk's Lua helpers (coprocess/lua/bundle.lua), written here: `object` is the call's
// Object, tyk.req works on its request.
const char prelude[] = R"lua(
object = nil
local request = {}
function request.start_time() end
function request.http_version() end
function request.get_headers()
  return object['request']['headers']
end
function request.set_header(key, value)
  if object['request']['set_headers'] == nil then
    object['request']['set_headers'] = {}
  end
  object['request']['set_headers'][key] = value
end
function request.clear_header(key)
  -- As in Tyk: the list is replaced, so only the last cleared header is deleted.
  object['request']['delete_headers'] = {key}
end
tyk = { req = request, session = {}, header = nil }
)lua";

constexpr int hookEvery = 10000; // instructions between budget checks

int appendChunk(lua_State *, const void *p, size_t size, void *ud)
{
    static_cast<QByteArray *>(ud)->append(static_cast<const char *>(p), qsizetype(size));
    return 0;
}

// The prelude compiled once per process: every state runs it, and parsing it each time
// costs more than running it.
const QByteArray &preludeBytecode()
{
    static const QByteArray bytecode = [] {
        QByteArray out;
        lua_State *L = luaL_newstate();
        if (luaL_loadbufferx(L, prelude, sizeof prelude - 1, "=prelude", "t") != LUA_OK)
            qFatal("Lua prelude failed: %s", lua_tostring(L, -1));
        lua_dump(L, appendChunk, &out, 0);
        lua_close(L);
        return out;
    }();
    return bytecode;
}

LuaModuleState *self(lua_State *L)
{
    return *static_cast<LuaModuleState **>(lua_getextraspace(L));
}

int traceback(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    luaL_traceback(L, L, msg ? msg : "(error object is not a string)", 1);
    return 1;
}

void removeField(lua_State *L, const char *table, const char *field)
{
    if (lua_getglobal(L, table) == LUA_TTABLE) {
        lua_pushnil(L);
        lua_setfield(L, -2, field);
    }
    lua_pop(L, 1);
}
} // namespace

LuaModuleState::LuaModuleState()
{
    L = lua_newstate(&LuaModuleState::allocate, this);
    *static_cast<LuaModuleState **>(lua_getextraspace(L)) = this;
    luaL_openlibs(L);
    // The sandbox: nothing that runs programs, ends the process, touches files by name or
    // loads native code.
    lua_pushnil(L);
    lua_setglobal(L, "dofile");
    lua_pushnil(L);
    lua_setglobal(L, "loadfile");
    for (const char *f : {"execute", "exit", "remove", "rename", "tmpname"})
        removeField(L, "os", f);
    for (const char *f : {"popen", "open", "lines", "input", "output"})
        removeField(L, "io", f);
    removeField(L, "package", "loadlib");
    removeField(L, "package", "cpath");
    // Keep only the preload and Lua-file searchers.
    if (lua_getglobal(L, "package") == LUA_TTABLE &&
        lua_getfield(L, -1, "searchers") == LUA_TTABLE) {
        lua_pushnil(L);
        lua_rawseti(L, -2, 4);
        lua_pushnil(L);
        lua_rawseti(L, -2, 3);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_pushcfunction(L, &LuaModuleState::onPrint);
    lua_setglobal(L, "print");
    // os.time() and os.date() follow the engine's clock; the originals do the conversions.
    if (lua_getglobal(L, "os") == LUA_TTABLE) {
        for (const auto &[name, fn] : {std::pair{"time", &LuaModuleState::engineTime},
                                       std::pair{"date", &LuaModuleState::engineDate}}) {
            lua_getfield(L, -1, name);
            lua_pushcclosure(L, fn, 1);
            lua_setfield(L, -2, name);
        }
    }
    lua_pop(L, 1);
    const QByteArray &code = preludeBytecode();
    if (luaL_loadbufferx(L, code.constData(), size_t(code.size()), "=prelude", "b") != LUA_OK ||
        lua_pcall(L, 0, 0, 0) != LUA_OK)
        qFatal("Lua prelude failed: %s", lua_tostring(L, -1));
}

LuaModuleState::~LuaModuleState()
{
    if (L)
        lua_close(L);
}

long long LuaModuleState::nowSecs() const
{
    return m_clock ? m_clock->nowSecs() : (long long)std::time(nullptr);
}

int LuaModuleState::engineTime(lua_State *L)
{
    // os.time(table) converts a date, which the original does; os.time() is now.
    if (!lua_isnoneornil(L, 1)) {
        lua_pushvalue(L, lua_upvalueindex(1));
        lua_insert(L, 1);
        lua_call(L, lua_gettop(L) - 1, 1);
        return 1;
    }
    lua_pushinteger(L, lua_Integer(self(L)->nowSecs()));
    return 1;
}

int LuaModuleState::engineDate(lua_State *L)
{
    // os.date([format [, time]]): the original, with the engine's now when no time is given.
    if (lua_gettop(L) == 0)
        lua_pushnil(L);
    if (lua_isnil(L, 1)) {
        lua_pushstring(L, "%c");
        lua_replace(L, 1);
    }
    if (lua_isnoneornil(L, 2)) {
        lua_settop(L, 1);
        lua_pushinteger(L, lua_Integer(self(L)->nowSecs()));
    }
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

void *LuaModuleState::allocate(void *ud, void *ptr, size_t oldSize, size_t newSize)
{
    auto *state = static_cast<LuaModuleState *>(ud);
    const size_t old = ptr ? oldSize : 0;
    if (newSize == 0) {
        state->m_memoryUsed -= old;
        return state->m_arena.reallocate(ptr, old, 0);
    }
    if (newSize > old && state->m_memoryUsed + (newSize - old) > state->m_memoryLimit)
        return nullptr; // Lua raises "not enough memory"
    void *p = state->m_arena.reallocate(ptr, old, newSize);
    if (p)
        state->m_memoryUsed = state->m_memoryUsed - old + newSize;
    return p;
}

int LuaModuleState::onPrint(lua_State *L)
{
    LuaModuleState *state = self(L);
    QString line;
    const int n = lua_gettop(L);
    for (int i = 1; i <= n; ++i) {
        if (i > 1)
            line += u'\t';
        line += QString::fromUtf8(luaL_tolstring(L, i, nullptr));
        lua_pop(L, 1);
    }
    if (state->m_logs)
        state->m_logs->append({QStringLiteral("print"), line});
    return 0;
}

void LuaModuleState::countHook(lua_State *L, lua_Debug *)
{
    LuaModuleState *state = self(L);
    state->m_instructionsLeft -= hookEvery;
    const bool outOfInstructions = state->m_instructionsLeft < 0;
    const bool cancelled = state->m_cancel && state->m_cancel->load(std::memory_order_relaxed);
    if (!outOfInstructions && !cancelled && std::chrono::steady_clock::now() <= state->m_deadline)
        return;
    state->m_budgetExceeded = true;
    // Level 0 is the Lua function that was running: its line is where the loop is.
    lua_Debug ar;
    if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
        // The whole path (short_src shortens long ones with "...").
        lua_pushfstring(L, "%s:%d: ", ar.source[0] == '@' ? ar.source + 1 : ar.short_src,
                        ar.currentline);
    else
        lua_pushliteral(L, "");
    if (cancelled)
        lua_pushliteral(L, "the hook was stopped: the Lua driver is shutting down");
    else if (outOfInstructions)
        lua_pushfstring(L,
                        "the hook ran more than %I Lua instructions (its instruction budget) "
                        "and was stopped",
                        lua_Integer(state->m_instructionBudget));
    else
        lua_pushfstring(L, "the hook did not return within its %I ms budget and was stopped",
                        lua_Integer(state->m_timeBudget.count()));
    lua_concat(L, 2);
    lua_error(L);
}

void LuaModuleState::arm(const LuaBudget &budget)
{
    m_memoryLimit = m_memoryUsed + budget.memoryBytes;
    m_instructionBudget = budget.instructions;
    m_instructionsLeft = budget.instructions;
    m_timeBudget = budget.time;
    m_cancel = budget.cancel;
    m_clock = budget.clock;
    m_deadline = std::chrono::steady_clock::now() + budget.time;
    m_budgetExceeded = false;
    lua_sethook(L, &LuaModuleState::countHook, LUA_MASKCOUNT, hookEvery);
}

Error LuaModuleState::errorFrom(int status, const QString &what, SourceLocation *where)
{
    const QString message = QString::fromUtf8(lua_tostring(L, -1));
    lua_pop(L, 1);
    // Lua prefixes errors with "file:line:" (chunk names are "@file").
    static const QRegularExpression place(QStringLiteral("^(.+?):(\\d+): "));
    SourceLocation loc;
    const auto m = place.match(message);
    if (m.hasMatch()) {
        loc.file = m.captured(1);
        loc.line = m.captured(2).toInt();
    }
    if (where)
        *where = loc;
    const QString first = message.section(u'\n', 0, 0);
    if (message.contains(u'\n') && m_logs)
        m_logs->append({QStringLiteral("error"), message});
    const ErrorCode code = m_budgetExceeded       ? ErrorCode::Timeout
                           : status == LUA_ERRMEM ? ErrorCode::Unavailable
                                                  : ErrorCode::InvalidInput;
    return makeError(code, what + first, loc);
}

Result<QList<LuaSource>> LuaModuleState::readSources(const QStringList &files)
{
    QList<LuaSource> sources;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(path), {path});
        sources.append({path, file.readAll()});
    }
    return sources;
}

Result<void> LuaModuleState::load(const QList<LuaSource> &sources, const LuaBudget &budget)
{
    arm(budget);
    for (const LuaSource &source : sources) {
        const QByteArray chunk = '@' + source.path.toUtf8();
        // A bundle's own text is loaded as text only ("t"): bytecode from a file can crash
        // the VM. Bytecode is only ever what compile() made from that text in this process.
        const bool compiled = !source.bytecode.isEmpty();
        const QByteArray &code = compiled ? source.bytecode : source.text;
        int status = luaL_loadbufferx(L, code.constData(), size_t(code.size()), chunk.constData(),
                                      compiled ? "b" : "t");
        if (status != LUA_OK)
            return errorFrom(status, QString(), nullptr);
        lua_pushcfunction(L, traceback);
        lua_insert(L, -2);
        status = lua_pcall(L, 0, 0, -2);
        if (status != LUA_OK) {
            Error e = errorFrom(status, QString(), nullptr);
            lua_pop(L, 1);
            return e;
        }
        lua_pop(L, 1);
    }
    lua_sethook(L, nullptr, 0, 0);
    return {};
}

Result<void> LuaModuleState::compile(QList<LuaSource> &sources)
{
    for (LuaSource &source : sources) {
        const QByteArray chunk = '@' + source.path.toUtf8();
        const int status = luaL_loadbufferx(L, source.text.constData(), size_t(source.text.size()),
                                            chunk.constData(), "t");
        if (status != LUA_OK)
            return errorFrom(status, QString(), nullptr);
        QByteArray bytecode;
        // Debug information kept (strip = 0): errors still name the file and line.
        lua_dump(L, appendChunk, &bytecode, 0);
        lua_pop(L, 1);
        source.bytecode = std::move(bytecode);
    }
    return {};
}

bool LuaModuleState::hasFunction(const QString &name) const
{
    const bool found = lua_getglobal(L, name.toUtf8().constData()) == LUA_TFUNCTION;
    lua_pop(L, 1);
    return found;
}

Result<coprocess::Object> LuaModuleState::dispatch(const coprocess::Object &object,
                                                   const LuaBudget &budget,
                                                   QList<PluginLogLine> *logs,
                                                   SourceLocation *where)
{
    m_logs = logs;
    const int top = lua_gettop(L);
    LuaObjectCodec::pushObject(L, object);
    lua_pushvalue(L, -1);
    lua_setglobal(L, "object");
    const int obj = lua_gettop(L);
    // A missing hook returns the Object unchanged, as Tyk's dispatch does.
    if (lua_getglobal(L, object.hook_name().c_str()) != LUA_TFUNCTION) {
        lua_settop(L, top);
        m_logs = nullptr;
        return object;
    }
    const int fn = lua_gettop(L);
    lua_pushcfunction(L, traceback);
    lua_insert(L, fn);
    lua_getfield(L, obj, "request");
    lua_getfield(L, obj, "session");
    lua_getfield(L, obj, "spec");
    arm(budget);
    const int status = lua_pcall(L, 3, 2, fn);
    lua_sethook(L, nullptr, 0, 0);
    if (status != LUA_OK) {
        Error e = errorFrom(
            status,
            QStringLiteral("Hook '%1' failed: ").arg(QString::fromStdString(object.hook_name())),
            where);
        lua_settop(L, top);
        m_logs = nullptr;
        return e;
    }
    // object.request, object.session = returned values; object.metadata = nil.
    lua_setfield(L, obj, "session");
    lua_setfield(L, obj, "request");
    lua_pushnil(L);
    lua_setfield(L, obj, "metadata");
    coprocess::Object back;
    Result<void> read = LuaObjectCodec::readObject(L, obj, back);
    lua_settop(L, top);
    lua_pushnil(L);
    lua_setglobal(L, "object");
    m_logs = nullptr;
    if (!read)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("Hook '%1' returned an object Tyk cannot decode: %2")
                .arg(QString::fromStdString(object.hook_name()), read.error().message));
    return back;
}

} // namespace Hb::Plugin
