// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luaobjectcodec.h"

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

Result<void> readScalar(lua_State *L, int idx, Message &m, const FieldDescriptor *f, bool add)
{
    const Reflection *r = m.GetReflection();
    const int type = lua_type(L, idx);
    auto integer = [&](lua_Integer &out) {
        if (type != LUA_TNUMBER)
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
    };
    lua_Integer i = 0;
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
        if (!integer(i))
            return typeError(f, "an integer");
        add ? r->AddInt32(&m, f, int32_t(i)) : r->SetInt32(&m, f, int32_t(i));
        break;
    case FieldDescriptor::CPPTYPE_INT64:
        if (!integer(i))
            return typeError(f, "an integer");
        add ? r->AddInt64(&m, f, i) : r->SetInt64(&m, f, i);
        break;
    case FieldDescriptor::CPPTYPE_UINT32:
        if (!integer(i) || i < 0)
            return typeError(f, "a non-negative integer");
        add ? r->AddUInt32(&m, f, uint32_t(i)) : r->SetUInt32(&m, f, uint32_t(i));
        break;
    case FieldDescriptor::CPPTYPE_UINT64:
        if (!integer(i) || i < 0)
            return typeError(f, "a non-negative integer");
        add ? r->AddUInt64(&m, f, uint64_t(i)) : r->SetUInt64(&m, f, uint64_t(i));
        break;
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
    case FieldDescriptor::CPPTYPE_ENUM:
        if (!integer(i))
            return typeError(f, "a number (enums travel as numbers)");
        add ? r->AddEnumValue(&m, f, int(i)) : r->SetEnumValue(&m, f, int(i));
        break;
    case FieldDescriptor::CPPTYPE_STRING: {
        if (type != LUA_TSTRING)
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
        add ? r->AddString(&m, f, std::move(value)) : r->SetString(&m, f, std::move(value));
        break;
    }
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

} // namespace Hb::Plugin
