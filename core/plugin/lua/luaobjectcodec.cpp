// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luaobjectcodec.h"

#include "core/coprocess/coprocessobject.h"

#include <lua.hpp>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/map_field.h>
#include <google/protobuf/message.h>
#include <google/protobuf/reflection.h>

#include <QByteArray>
#include <QString>

#include <cmath>

namespace Hb::Plugin {

namespace {
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

void pushString(lua_State *L, const std::string &s)
{
    lua_pushlstring(L, s.data(), s.size());
}

// One scalar of a (repeated or map) field. `index` < 0 reads the singular value.
void pushScalar(lua_State *L, const Message &m, const FieldDescriptor *f, int index)
{
    const Reflection *r = m.GetReflection();
    const bool rep = index >= 0;
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
        lua_pushinteger(L, rep ? r->GetRepeatedInt32(m, f, index) : r->GetInt32(m, f));
        break;
    case FieldDescriptor::CPPTYPE_INT64:
        lua_pushinteger(L, rep ? r->GetRepeatedInt64(m, f, index) : r->GetInt64(m, f));
        break;
    case FieldDescriptor::CPPTYPE_UINT32:
        lua_pushinteger(L, rep ? r->GetRepeatedUInt32(m, f, index) : r->GetUInt32(m, f));
        break;
    case FieldDescriptor::CPPTYPE_UINT64:
        lua_pushinteger(L,
                        lua_Integer(rep ? r->GetRepeatedUInt64(m, f, index) : r->GetUInt64(m, f)));
        break;
    case FieldDescriptor::CPPTYPE_DOUBLE:
        lua_pushnumber(L, rep ? r->GetRepeatedDouble(m, f, index) : r->GetDouble(m, f));
        break;
    case FieldDescriptor::CPPTYPE_FLOAT:
        lua_pushnumber(L, rep ? r->GetRepeatedFloat(m, f, index) : r->GetFloat(m, f));
        break;
    case FieldDescriptor::CPPTYPE_BOOL:
        lua_pushboolean(L, rep ? r->GetRepeatedBool(m, f, index) : r->GetBool(m, f));
        break;
    case FieldDescriptor::CPPTYPE_ENUM:
        lua_pushinteger(L, rep ? r->GetRepeatedEnumValue(m, f, index) : r->GetEnumValue(m, f));
        break;
    case FieldDescriptor::CPPTYPE_STRING: {
        const std::string s = rep ? r->GetRepeatedString(m, f, index) : r->GetString(m, f);
        if (f->type() == FieldDescriptor::TYPE_BYTES) {
            const QByteArray b64 =
                QByteArray::fromRawData(s.data(), qsizetype(s.size())).toBase64();
            lua_pushlstring(L, b64.constData(), size_t(b64.size()));
        } else {
            pushString(L, s);
        }
        break;
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
        LuaObjectCodec::push(L, rep ? r->GetRepeatedMessage(m, f, index) : r->GetMessage(m, f));
        break;
    }
}

// Go's omitempty: zero scalars, empty strings, unset messages and empty lists/maps are
// left out.
bool isEmpty(const Message &m, const FieldDescriptor *f)
{
    const Reflection *r = m.GetReflection();
    if (f->is_repeated())
        return r->FieldSize(m, f) == 0;
    if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE)
        return !r->HasField(m, f);
    return !r->HasField(m, f); // proto3 scalars: "has" means non-default
}

Error typeError(const FieldDescriptor *f, const char *expected)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("field \"%1\" must be %2")
                                                  .arg(QString::fromStdString(f->full_name()),
                                                       QString::fromLatin1(expected)));
}

// A Lua number with no fraction, as an integer.
bool luaInteger(lua_State *L, int idx, lua_Integer &out)
{
    if (lua_type(L, idx) != LUA_TNUMBER)
        return false;
    if (lua_isinteger(L, idx)) {
        out = lua_tointeger(L, idx);
        return true;
    }
    const double d = lua_tonumber(L, idx);
    if (d != std::floor(d))
        return false;
    out = lua_Integer(d);
    return true;
}

// The integer and enum kinds of readScalar.
Result<void> readInteger(lua_State *L, int idx, Message &m, const FieldDescriptor *f, bool add)
{
    const Reflection *r = m.GetReflection();
    lua_Integer i = 0;
    const bool isInteger = luaInteger(L, idx, i);
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
        if (!isInteger)
            return typeError(f, "an integer");
        add ? r->AddInt32(&m, f, int32_t(i)) : r->SetInt32(&m, f, int32_t(i));
        break;
    case FieldDescriptor::CPPTYPE_INT64:
        if (!isInteger)
            return typeError(f, "an integer");
        add ? r->AddInt64(&m, f, i) : r->SetInt64(&m, f, i);
        break;
    case FieldDescriptor::CPPTYPE_UINT32:
        if (!isInteger || i < 0)
            return typeError(f, "a non-negative integer");
        add ? r->AddUInt32(&m, f, uint32_t(i)) : r->SetUInt32(&m, f, uint32_t(i));
        break;
    case FieldDescriptor::CPPTYPE_UINT64:
        if (!isInteger || i < 0)
            return typeError(f, "a non-negative integer");
        add ? r->AddUInt64(&m, f, uint64_t(i)) : r->SetUInt64(&m, f, uint64_t(i));
        break;
    default: // CPPTYPE_ENUM
        if (!isInteger)
            return typeError(f, "a number (enums travel as numbers)");
        add ? r->AddEnumValue(&m, f, int(i)) : r->SetEnumValue(&m, f, int(i));
        break;
    }
    return {};
}

// The string and bytes kinds of readScalar.
Result<void> readString(lua_State *L, int idx, Message &m, const FieldDescriptor *f, bool add)
{
    if (lua_type(L, idx) != LUA_TSTRING)
        return typeError(f, "a string");
    size_t len = 0;
    const char *s = lua_tolstring(L, idx, &len);
    std::string value(s, len);
    if (f->type() == FieldDescriptor::TYPE_BYTES) {
        // Go's decoder wants standard base64 here.
        const auto decoded = QByteArray::fromBase64Encoding(
            QByteArray(s, qsizetype(len)), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return typeError(f, "base64 text (bytes fields travel base64-encoded)");
        value.assign(decoded.decoded.constData(), size_t(decoded.decoded.size()));
    }
    const Reflection *r = m.GetReflection();
    add ? r->AddString(&m, f, std::move(value)) : r->SetString(&m, f, std::move(value));
    return {};
}

// The Lua value at `idx` into field `f` (appended when `add`), checked against its type.
Result<void> readScalar(lua_State *L, int idx, Message &m, const FieldDescriptor *f, bool add)
{
    const Reflection *r = m.GetReflection();
    const int type = lua_type(L, idx);
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
    case FieldDescriptor::CPPTYPE_INT64:
    case FieldDescriptor::CPPTYPE_UINT32:
    case FieldDescriptor::CPPTYPE_UINT64:
    case FieldDescriptor::CPPTYPE_ENUM: return readInteger(L, idx, m, f, add);
    case FieldDescriptor::CPPTYPE_STRING: return readString(L, idx, m, f, add);
    case FieldDescriptor::CPPTYPE_DOUBLE:
    case FieldDescriptor::CPPTYPE_FLOAT: {
        if (type != LUA_TNUMBER)
            return typeError(f, "a number");
        const double d = lua_tonumber(L, idx);
        if (f->cpp_type() == FieldDescriptor::CPPTYPE_DOUBLE)
            add ? r->AddDouble(&m, f, d) : r->SetDouble(&m, f, d);
        else
            add ? r->AddFloat(&m, f, float(d)) : r->SetFloat(&m, f, float(d));
        break;
    }
    case FieldDescriptor::CPPTYPE_BOOL:
        if (type != LUA_TBOOLEAN)
            return typeError(f, "a boolean");
        add ? r->AddBool(&m, f, lua_toboolean(L, idx)) : r->SetBool(&m, f, lua_toboolean(L, idx));
        break;
    case FieldDescriptor::CPPTYPE_MESSAGE: {
        if (type != LUA_TTABLE)
            return typeError(f, "a table");
        Message *sub = add ? r->AddMessage(&m, f) : r->MutableMessage(&m, f);
        if (Result<void> ok = LuaObjectCodec::read(L, idx, *sub); !ok)
            return ok;
        break;
    }
    }
    return {};
}
} // namespace

void LuaObjectCodec::push(lua_State *L, const Message &m)
{
    lua_checkstack(L, 8);
    lua_newtable(L);
    const auto *d = m.GetDescriptor();
    const Reflection *r = m.GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
        const FieldDescriptor *f = d->field(i);
        if (isEmpty(m, f))
            continue;
        pushString(L, f->name());
        if (f->is_map()) {
            lua_newtable(L);
            const FieldDescriptor *key = f->message_type()->map_key();
            const FieldDescriptor *value = f->message_type()->map_value();
            for (int k = 0; k < r->FieldSize(m, f); ++k) {
                const Message &entry = r->GetRepeatedMessage(m, f, k);
                pushScalar(L, entry, key, -1);
                pushScalar(L, entry, value, -1);
                lua_rawset(L, -3);
            }
        } else if (f->is_repeated()) {
            lua_createtable(L, r->FieldSize(m, f), 0);
            for (int k = 0; k < r->FieldSize(m, f); ++k) {
                pushScalar(L, m, f, k);
                lua_rawseti(L, -2, k + 1);
            }
        } else {
            pushScalar(L, m, f, -1);
        }
        lua_rawset(L, -3);
    }
}

Result<void> LuaObjectCodec::read(lua_State *L, int index, Message &m)
{
    index = lua_absindex(L, index);
    m.Clear();
    lua_checkstack(L, 8);
    const auto *d = m.GetDescriptor();
    const Reflection *r = m.GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
        const FieldDescriptor *f = d->field(i);
        lua_getfield(L, index, f->name().c_str());
        const int value = lua_gettop(L);
        if (lua_isnil(L, value)) {
            lua_pop(L, 1);
            continue;
        }
        Result<void> ok;
        if (f->is_repeated() && !lua_istable(L, value)) {
            ok = typeError(f, f->is_map() ? "a table of key = value" : "a list");
        } else if (f->is_map()) {
            const FieldDescriptor *keyField = f->message_type()->map_key();
            const FieldDescriptor *valueField = f->message_type()->map_value();
            lua_pushnil(L);
            while (ok && lua_next(L, value) != 0) {
                Message *entry = r->AddMessage(&m, f);
                // Keys may arrive as numbers; Go's decoder wants strings for string keys.
                lua_pushvalue(L, -2);
                if (keyField->cpp_type() == FieldDescriptor::CPPTYPE_STRING &&
                    lua_type(L, -1) == LUA_TNUMBER)
                    lua_tostring(L, -1);
                ok = readScalar(L, lua_gettop(L), *entry, keyField, false);
                lua_pop(L, 1);
                if (ok)
                    ok = readScalar(L, lua_gettop(L), *entry, valueField, false);
                lua_pop(L, 1);
            }
        } else if (f->is_repeated()) {
            const lua_Integer n = luaL_len(L, value);
            for (lua_Integer k = 1; ok && k <= n; ++k) {
                lua_rawgeti(L, value, k);
                ok = readScalar(L, lua_gettop(L), m, f, true);
                lua_pop(L, 1);
            }
        } else {
            ok = readScalar(L, value, m, f, false);
        }
        lua_settop(L, value - 1);
        if (!ok)
            return ok;
    }
    return {};
}

namespace {
using StringMap = google::protobuf::Map<std::string, std::string>;

void pushStringMap(lua_State *L, const char *name, const StringMap &map)
{
    if (map.empty())
        return;
    lua_createtable(L, 0, int(map.size()));
    for (const auto &[key, value] : map) {
        pushString(L, key);
        pushString(L, value);
        lua_rawset(L, -3);
    }
    lua_setfield(L, -2, name);
}

void pushStringList(lua_State *L, const char *name,
                    const google::protobuf::RepeatedPtrField<std::string> &list)
{
    if (list.empty())
        return;
    lua_createtable(L, list.size(), 0);
    for (int i = 0; i < list.size(); ++i) {
        pushString(L, list.Get(i));
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, name);
}

void pushStringField(lua_State *L, const char *name, const std::string &value)
{
    if (value.empty())
        return;
    pushString(L, value);
    lua_setfield(L, -2, name);
}

void pushRequest(lua_State *L, const coprocess::MiniRequestObject &r)
{
    lua_createtable(L, 0, 8);
    pushStringMap(L, "headers", r.headers());
    pushStringMap(L, "set_headers", r.set_headers());
    pushStringList(L, "delete_headers", r.delete_headers());
    pushStringField(L, "body", r.body());
    pushStringField(L, "url", r.url());
    pushStringMap(L, "params", r.params());
    pushStringMap(L, "add_params", r.add_params());
    pushStringMap(L, "extended_params", r.extended_params());
    pushStringList(L, "delete_params", r.delete_params());
    if (r.has_return_overrides()) {
        LuaObjectCodec::push(L, r.return_overrides());
        lua_setfield(L, -2, "return_overrides");
    }
    pushStringField(L, "method", r.method());
    pushStringField(L, "request_uri", r.request_uri());
    pushStringField(L, "scheme", r.scheme());
    if (!r.raw_body().empty()) {
        const QByteArray b64 =
            QByteArray::fromRawData(r.raw_body().data(), qsizetype(r.raw_body().size())).toBase64();
        lua_pushlstring(L, b64.constData(), size_t(b64.size()));
        lua_setfield(L, -2, "raw_body");
    }
}

Error fieldError(const char *message, const char *field, const char *expected)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("field \"coprocess.%1.%2\" must be %3")
                         .arg(QLatin1StringView(message), QLatin1StringView(field),
                              QLatin1StringView(expected)));
}

// A string value; numbers are not strings to Go's decoder.
bool readString(lua_State *L, int idx, std::string &out)
{
    if (lua_type(L, idx) != LUA_TSTRING)
        return false;
    size_t len = 0;
    const char *s = lua_tolstring(L, idx, &len);
    out.assign(s, len);
    return true;
}

// Reads a map<string, string> table; with `map` null it only checks the types (a field
// Tyk's gateway ignores on return but Go's decoder would still refuse when malformed).
Result<void> readStringMap(lua_State *L, int idx, const char *message, const char *field,
                           StringMap *map)
{
    if (!lua_istable(L, idx))
        return fieldError(message, field, "a table of key = value");
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        // Keys may arrive as numbers; Go's decoder wants strings for string keys.
        const int keyType = lua_type(L, -2);
        if ((keyType != LUA_TSTRING && keyType != LUA_TNUMBER) || lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 2);
            return fieldError(message, field, "a table of string = string");
        }
        if (map) {
            std::string key;
            lua_pushvalue(L, -2);
            size_t len = 0;
            const char *k = lua_tolstring(L, -1, &len); // converts the copy, not the key
            key.assign(k, len);
            lua_pop(L, 1);
            std::string value;
            readString(L, -1, value);
            (*map)[std::move(key)] = std::move(value);
        }
        lua_pop(L, 1);
    }
    return {};
}

Result<void> readStringList(lua_State *L, int idx, const char *field,
                            google::protobuf::RepeatedPtrField<std::string> &list)
{
    if (!lua_istable(L, idx))
        return fieldError("MiniRequestObject", field, "a list");
    const lua_Integer n = luaL_len(L, idx);
    for (lua_Integer k = 1; k <= n; ++k) {
        lua_rawgeti(L, idx, k);
        const bool ok = readString(L, -1, *list.Add());
        lua_pop(L, 1);
        if (!ok)
            return fieldError("MiniRequestObject", field, "a list of strings");
    }
    return {};
}

Result<void> readRequestField(lua_State *L, const char *name, int value,
                              coprocess::MiniRequestObject &r)
{
    const std::string_view key(name);
    auto text = [&](std::string *out) -> Result<void> {
        if (!readString(L, value, *out))
            return fieldError("MiniRequestObject", name, "a string");
        return {};
    };
    // headers, params and extended_params are the gateway's view of the request; Tyk does
    // not apply them on return (set_headers, add_params, ... are the plugin's changes), so
    // they are checked, not copied.
    if (key == "headers" || key == "params" || key == "extended_params")
        return readStringMap(L, value, "MiniRequestObject", name, nullptr);
    if (key == "set_headers")
        return readStringMap(L, value, "MiniRequestObject", name, r.mutable_set_headers());
    if (key == "delete_headers")
        return readStringList(L, value, name, *r.mutable_delete_headers());
    if (key == "body")
        return text(r.mutable_body());
    if (key == "url")
        return text(r.mutable_url());
    if (key == "add_params")
        return readStringMap(L, value, "MiniRequestObject", name, r.mutable_add_params());
    if (key == "delete_params")
        return readStringList(L, value, name, *r.mutable_delete_params());
    if (key == "return_overrides") {
        if (!lua_istable(L, value))
            return fieldError("MiniRequestObject", name, "a table");
        return LuaObjectCodec::read(L, value, *r.mutable_return_overrides());
    }
    if (key == "method")
        return text(r.mutable_method());
    if (key == "request_uri")
        return text(r.mutable_request_uri());
    if (key == "scheme")
        return text(r.mutable_scheme());
    if (key == "raw_body") {
        std::string b64;
        if (!readString(L, value, b64))
            return fieldError("MiniRequestObject", name, "a string");
        // Go's decoder wants standard base64 here.
        const auto decoded = QByteArray::fromBase64Encoding(
            QByteArray::fromRawData(b64.data(), qsizetype(b64.size())),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fieldError("MiniRequestObject", name,
                              "base64 text (bytes fields travel base64-encoded)");
        r.set_raw_body(decoded.decoded.constData(), size_t(decoded.decoded.size()));
        return {};
    }
    return {}; // unknown keys are ignored, as Go's decoder ignores them
}

// Calls `field(name, valueIndex)` for every string key of the table at `idx`.
template<typename Field>
Result<void> forEachField(lua_State *L, int idx, Field field)
{
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        Result<void> ok;
        if (lua_type(L, -2) == LUA_TSTRING && !lua_isnil(L, -1))
            ok = field(lua_tostring(L, -2), lua_gettop(L));
        lua_pop(L, 1);
        if (!ok) {
            lua_pop(L, 1);
            return ok;
        }
    }
    return {};
}
} // namespace

void LuaObjectCodec::pushObject(lua_State *L, const coprocess::Object &o)
{
    lua_checkstack(L, 8);
    lua_createtable(L, 0, 7);
    if (o.hook_type() != 0) {
        lua_pushinteger(L, o.hook_type());
        lua_setfield(L, -2, "hook_type");
    }
    pushStringField(L, "hook_name", o.hook_name());
    if (o.has_request()) {
        pushRequest(L, o.request());
        lua_setfield(L, -2, "request");
    }
    if (o.has_session()) {
        push(L, o.session());
        lua_setfield(L, -2, "session");
    }
    pushStringMap(L, "metadata", o.metadata());
    pushStringMap(L, "spec", o.spec());
    if (o.has_response()) {
        push(L, o.response());
        lua_setfield(L, -2, "response");
    }
}

Result<void> LuaObjectCodec::readObject(lua_State *L, int index, coprocess::Object &o)
{
    index = lua_absindex(L, index);
    o.Clear();
    lua_checkstack(L, 8);
    return forEachField(L, index, [&](const char *name, int value) -> Result<void> {
        const std::string_view key(name);
        if (key == "hook_type") {
            if (!lua_isinteger(L, value))
                return fieldError("Object", name, "a number (enums travel as numbers)");
            o.set_hook_type(coprocess::HookType(lua_tointeger(L, value)));
        } else if (key == "hook_name") {
            if (!readString(L, value, *o.mutable_hook_name()))
                return fieldError("Object", name, "a string");
        } else if (key == "request") {
            if (!lua_istable(L, value))
                return fieldError("Object", name, "a table");
            coprocess::MiniRequestObject &r = *o.mutable_request();
            return forEachField(L, value, [&](const char *field, int v) {
                return readRequestField(L, field, v, r);
            });
        } else if (key == "session") {
            if (!lua_istable(L, value))
                return fieldError("Object", name, "a table");
            return read(L, value, *o.mutable_session());
        } else if (key == "metadata") {
            return readStringMap(L, value, "Object", name, o.mutable_metadata());
        } else if (key == "spec") {
            // Read-only to plugins: checked, not copied.
            return readStringMap(L, value, "Object", name, nullptr);
        } else if (key == "response") {
            if (!lua_istable(L, value))
                return fieldError("Object", name, "a table");
            return read(L, value, *o.mutable_response());
        }
        return {};
    });
}

} // namespace Hb::Plugin
