// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coprocess/coprocessobject.h"
#include "core/session/sessionstate.h"

namespace Hb::Coprocess {

// Tyk session JSON <-> coprocess.SessionState, with Tyk's conversion rules
// (Tyk: gateway/coprocess_helpers.go, ProtoSessionState and TykSessionState): non-string metadata
// goes out JSON-encoded and comes back as strings; per-API limits are not sent; the allowed_urls
// padding bug is reproduced on the way back, because the stored JSON is what users compare against
// a real Tyk.
class SessionConverter
{
public:
    static coprocess::SessionState toProto(const Session::SessionState &session,
                                           const QString &keyId);
    // Fields that are zero or empty are left out of the JSON, as Tyk 5.12+ writes sessions.
    static Session::SessionState fromProto(const coprocess::SessionState &proto);
};

} // namespace Hb::Coprocess
