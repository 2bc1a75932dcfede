// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <nlohmann/json.hpp>

namespace Hb::Session {

// Checks a session document against the Go types of Tyk's user.SessionState (user/session.go,
// with AccessDefinition, APILimit and friends), as encoding/json would when Tyk's key API
// decodes a request body: keys match fields exactly or case-insensitively, null leaves a field
// alone, unknown keys are ignored, and a value of the wrong type ("rate": "100", an int field
// given 1e3 or 1.5, access_rights {"a": "yes"}, a date_created that is not RFC 3339) fails
// the whole decode. The error carries Go's message, e.g. "json: cannot unmarshal string into
// Go struct field SessionState.rate of type float64".
class SessionJsonTypes
{
public:
    static Result<void> check(const nlohmann::json &session);
    // `session` (which check() passed) with every key that names a field case-insensitively
    // ("RATE", "Access_Rights") spelled as the field's JSON tag, as Tyk stores a session it
    // decoded: SessionState and the engine read the tags exactly.
    static nlohmann::json canonical(const nlohmann::json &session);
};

} // namespace Hb::Session
