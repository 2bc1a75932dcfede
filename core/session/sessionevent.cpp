// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionevent.h"

namespace Hb::Session {

QString toString(SessionEvent::Kind kind)
{
    switch (kind) {
    case SessionEvent::Kind::Created: return QStringLiteral("created");
    case SessionEvent::Kind::ReadHit: return QStringLiteral("read_hit");
    case SessionEvent::Kind::ReadMiss: return QStringLiteral("read_miss");
    case SessionEvent::Kind::Updated: return QStringLiteral("updated");
    case SessionEvent::Kind::Expired: return QStringLiteral("expired");
    case SessionEvent::Kind::Deleted: return QStringLiteral("deleted");
    case SessionEvent::Kind::StoreDown: return QStringLiteral("store_down");
    case SessionEvent::Kind::StoreUp: return QStringLiteral("store_up");
    case SessionEvent::Kind::LocalCacheHit: return QStringLiteral("local_cache_hit");
    }
    return {};
}

} // namespace Hb::Session
