// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

struct lua_State;

namespace google::protobuf {
class Message;
}
namespace coprocess {
class Object;
}

namespace Hb::Plugin {

// A coprocess message as the Lua tables Tyk's Lua plugins see. Tyk hands Lua the JSON Go's
// encoder writes from the generated structs (Tyk: gateway/coprocess_lua.go): snake_case keys,
// zero and empty fields left out, enums as numbers, bytes base64-encoded; the plugin's
// returned tables are decoded the same way. Going straight between protobuf and tables
// gives the same view without the JSON text in between.
class LuaObjectCodec
{
public:
    // Pushes `message` as a table onto the stack.
    static void push(lua_State *L, const google::protobuf::Message &message);
    // Reads the table at `index` into `message` (cleared first). Keys it does not know are
    // ignored, as Go's decoder ignores them; a value of the wrong type is an error naming
    // the field.
    static Result<void> read(lua_State *L, int index, google::protobuf::Message &message);

    // The same for the Object every hook call carries, written out field by field for the
    // Object and its request (the hot path: ten or so headers per call), with reflection
    // left for the session, the response and the return overrides.
    static void pushObject(lua_State *L, const coprocess::Object &object);
    static Result<void> readObject(lua_State *L, int index, coprocess::Object &object);
};

} // namespace Hb::Plugin
