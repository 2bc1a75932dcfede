// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hb::Pipeline {

// A Tyk event a phase fired, before the API's handlers see it (Tyk: gateway/event_system.go,
// EventKeyFailureMeta and EventVersionFailureMeta; the request's path, origin and raw form
// are added from the exchange).
struct FiredEvent
{
    QString type;    // "AuthFailure", "KeyExpired", "QuotaExceeded", "RateLimitExceeded", ...
    QString message; // Meta.Message
    QString key;     // Meta.Key: the key as sent on an auth refusal, else the session's KeyID
    std::optional<QString> reason; // Meta.Reason (VersionFailure only)
};

} // namespace Hb::Pipeline
