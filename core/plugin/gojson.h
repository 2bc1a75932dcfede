// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

// Reading JSON into typed fields the way Go's encoding/json fills Tyk's structs, since Tyk
// decodes that way everything a JS plugin returns and the plugin test runner's request:
// object keys match struct fields case-insensitively (an exact match first), `null` leaves a
// field at its zero value, and a value of the wrong type (a number for a string, 200.5 for
// an int, a string for a map) is an error that fails the whole decode.
class GoJson
{
public:
    using Json = nlohmann::json;
    using StringPairs = QList<std::pair<QByteArray, QByteArray>>;

    // The value of struct field `name` in `object`, or nullptr (absent or null).
    static const Json *field(const Json &object, std::string_view name);

    // Each reads `value` (may be nullptr = zero value); `what` names it in the error.
    static Result<QByteArray> string(const Json *value, const char *what);
    static Result<qint64> integer(const Json *value, const char *what);
    static Result<bool> boolean(const Json *value, const char *what);
    static Result<QList<QByteArray>> stringList(const Json *value, const char *what);
    // map[string]string, in key order (Go's encoder sorts keys).
    static Result<StringPairs> stringMap(const Json *value, const char *what);
    // map[string][]string, flattened to (key, value) pairs in key order.
    static Result<StringPairs> stringListMap(const Json *value, const char *what);
    // An object or null (a struct or a map of anything); the object itself or nullptr.
    static Result<const Json *> object(const Json *value, const char *what);
};

} // namespace Hb::Plugin
