// SPDX-License-Identifier: GPL-3.0-or-later
// A session as JSON, read as RedisSessionStore::get reads a value from Redis (another gateway
// or a person may have written it), then everything the engine asks of it: the accessors,
// the coprocess conversion a plugin receives (SessionConverter::toProto) and back
// (fromProto), and the bytes written back to Redis.
#include "core/common/untrustedjson.h"
#include "core/coprocess/sessionconverter.h"
#include "core/session/sessionstate.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace Hb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Result<nlohmann::json> doc =
        parseUntrustedJson(std::string_view(reinterpret_cast<const char *>(data), size));
    if (!doc || !doc->is_object())
        return 0; // the store reports it as "does not hold a session"
    const Session::SessionState session(std::move(*doc));
    (void)session.orgId();
    (void)session.expires();
    (void)session.isInactive();
    (void)session.hasAccessRights();
    QStringList versions;
    (void)session.accessRightFor(QStringLiteral("api"), &versions);
    (void)session.policyIds();
    (void)session.lastUpdated();
    (void)session.sessionLifetime();
    (void)session.postExpiryAction();
    (void)session.postExpiryGracePeriod();

    const coprocess::SessionState proto =
        Coprocess::SessionConverter::toProto(session, QStringLiteral("key"));
    const Session::SessionState back = Coprocess::SessionConverter::fromProto(proto);
    (void)back.json().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return 0;
}
