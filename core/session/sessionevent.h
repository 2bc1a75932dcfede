// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Session {

// What happened to a stored session; the session inspector is built on these.
struct SessionEvent
{
    enum class Kind {
        Created,
        ReadHit,
        ReadMiss,
        Updated,
        Expired,
        Deleted,
        StoreDown,
        StoreUp,
        LocalCacheHit, // the auth read was answered by the gateway's local session cache
    };
    Kind kind = Kind::ReadHit;
    QString key;        // storage key without the "apikey-" prefix
    qint64 ttlSecs = 0; // remaining TTL after the operation; 0 = none, -1 = unknown
    QString message;    // StoreDown/StoreUp: why
};

QString toString(SessionEvent::Kind kind);

// Receives session events on the engine thread.
class ISessionEventSink
{
public:
    virtual ~ISessionEventSink() = default;
    virtual void sessionEvent(const SessionEvent &event) = 0;
};

} // namespace Hb::Session
