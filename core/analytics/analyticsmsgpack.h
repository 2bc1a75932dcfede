// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/analyticsrecord.h"
#include "core/common/result.h"

#include <QByteArray>

namespace Hb::Analytics {

// The record in Tyk's default analytics serialisation: tyk-pump's MsgpSerializer.Encode
// (serializer/msgp.go), i.e. gopkg.in/vmihailenco/msgpack.v2 Marshal(record). Stateless and
// thread-safe.
//
// What v2's encoder writes, and so what encode() writes:
// * every struct (the record, Geo, its Country/City/Location, Network, Latency,
//   GraphQLStats, each GraphError, MCPStats) is a map keyed by the Go field name, fields in
//   declaration order, none omitted (v2 reads only `msgpack` tags, so CollectionName, json
//   "-", is a key too; the unexported id is not);
// * integers of every Go kind in their smallest form: positive fixint, uint8/16/32/64 for
//   values >= 0 and negative fixint, int8/16/32/64 below 0 (v2's EncodeInt64 hands values
//   >= 0 to EncodeUint64);
// * float64 always as float64 (0xcb), never shortened to float32: this is why the encoder
//   is written out here instead of nlohmann's to_msgpack, which shortens floats that fit;
// * strings as fixstr/str8/str16/str32; booleans; nil slices and maps as nil; Go maps in
//   key order (Go's own order is random, so any order is one Go could produce);
// * time.Time as a fixarray of two integers: Unix seconds and nanoseconds (the zone is lost).
class AnalyticsMsgpack
{
public:
    static QByteArray encode(const AnalyticsRecord &record);

    // Reads what encode() (or Tyk) wrote, for tests and the Redis browser. The location of
    // times is lost in msgpack, so they come back with a zero UTC offset; numbers in a
    // GraphError path come back as qint64/quint64/double as they were encoded. InvalidInput
    // when the bytes are not msgpack or a field has another type; unknown keys are ignored,
    // as tyk-pump's decoder does.
    static Result<AnalyticsRecord> decode(const QByteArray &bytes);
};

} // namespace Hb::Analytics
