// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/analyticsrecord.h"
#include "core/common/result.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace Hb::Analytics {

// The record as JSON with tyk-pump's json tags (analytics/analytics.go; Hookbench's copy of the
// package under goplugin/gopath has the same tags), which is how the Go plugin host hands it to
// an analytics plugin and returns it. Stateless and thread-safe.
class AnalyticsJson
{
public:
    // Go's json.Marshal of the record: fields in declaration order, times as RFC 3339 with
    // nanoseconds, nil slices and maps as null, CollectionName left out (json:"-").
    static nlohmann::ordered_json toJson(const AnalyticsRecord &record);
    static QByteArray toJsonBytes(const AnalyticsRecord &record);

    // Reads back a record a plugin returned. Stricter than Go's decoder on purpose (the host
    // writes exactly the struct): an unknown field or a value Go would not decode into the
    // field's type is an InvalidInput error naming the field ("geo.city.geoname_id: ...").
    // A null leaves the field at its zero value (nil for slices and maps), as Go does.
    static Result<AnalyticsRecord> fromJson(const nlohmann::json &json);
    // Parses `text` as outside input first (see parseUntrustedJson).
    static Result<AnalyticsRecord> fromJsonBytes(const QByteArray &text);
};

} // namespace Hb::Analytics
