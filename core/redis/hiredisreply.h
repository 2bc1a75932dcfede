// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/redis/redisreply.h"

struct redisReply;

namespace Hb::Redis {

// Copies a hiredis reply (freed by hiredis or by the caller afterwards) into a RedisReply.
// Private to hb_redis: the async connection and the blocking client both use it.
RedisReply fromHiredis(const redisReply *reply);

} // namespace Hb::Redis
