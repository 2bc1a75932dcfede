// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/session/sessionstate.h"

#include <QString>

#include <functional>
#include <optional>

namespace Hb::Session {

// Where sessions live (memory now, Redis next). Every call is made on the engine thread and
// completes by calling `done` on the engine thread, possibly before the call returns (the
// memory store does). Keys are the stored key names without Tyk's "apikey-" prefix.
class ISessionStore
{
public:
    using GetCallback = std::function<void(Result<std::optional<SessionState>>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    virtual ~ISessionStore() = default;
    virtual void get(const QString &key, GetCallback done) = 0;
    // ttlSecs <= 0 keeps the session until it is removed.
    virtual void set(const QString &key, const SessionState &session, qint64 ttlSecs,
                     DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
};

} // namespace Hb::Session
