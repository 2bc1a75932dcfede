// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/gotime.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Hb::Analytics {

// tyk-pump's analytics.GeoData (Country, City, Location).
struct GeoData
{
    QString countryIsoCode;                          // Country.ISOCode
    quint64 cityGeoNameId = 0;                       // City.GeoNameID (uint)
    std::optional<QMap<QString, QString>> cityNames; // City.Names; nullopt = Go nil map
    double latitude = 0;                             // Location.Latitude
    double longitude = 0;                            // Location.Longitude
    QString timeZone;                                // Location.TimeZone
};

// analytics.NetworkStats: TCP counters, zero for HTTP records.
struct NetworkStats
{
    qint64 openConnections = 0;
    qint64 closedConnection = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
};

// analytics.Latency, milliseconds.
struct Latency
{
    qint64 total = 0;
    qint64 upstream = 0;
    qint64 gateway = 0;
};

// analytics.GraphError: Path is a Go []interface{} (strings and numbers); a QVariantList of
// QString, double (Go decodes JSON numbers into interface{} as float64), qint64, bool or null.
struct GraphError
{
    QString message;
    std::optional<QVariantList> path; // nullopt = nil
};

// analytics.GraphQLStats, in Go's declaration order. Filled for GraphQL APIs only.
struct GraphQLStats
{
    QString variables;
    std::optional<QStringList> rootFields;           // nil by default
    std::optional<QMap<QString, QStringList>> types; // map[string][]string, nil by default
    std::optional<QList<GraphError>> errors;         // nil by default
    qint64 operationType = 0;                        // GraphQLOperations (int)
    bool hasErrors = false;
    bool isGraphQL = false;
};

// analytics.MCPStats. Filled for MCP APIs only.
struct McpStats
{
    bool isMcp = false;
    QString jsonRpcMethod;
    QString primitiveType;
    QString primitiveName;
};

// tyk-pump's analytics.AnalyticsRecord (analytics/analytics.go), field for field and in the
// same order; what Tyk's gateway builds per request (gateway/handler_success.go RecordHit,
// gateway/handler_error.go HandleError) and serialises to Redis (gateway/analytics.go).
// A plain value: copy it freely between threads. Strings that Go holds as bytes are UTF-8.
// Slices and maps Go can leave nil are optionals: nullopt is nil, an engaged empty value is
// a non-nil empty slice (the two serialise differently).
struct AnalyticsRecord
{
    QString method;
    QString host;
    QString path;
    QString rawPath;
    qint64 contentLength = 0;
    QString userAgent;
    qint64 day = 0;
    qint64 month = 0; // time.Month, 1..12
    qint64 year = 0;
    qint64 hour = 0;
    qint64 responseCode = 0;
    QString apiKey;
    GoTime timeStamp;
    QString apiVersion;
    QString apiName;
    QString apiId;
    QString orgId;
    QString oauthId;
    qint64 requestTime = 0;
    QString rawRequest;  // base64 (std, padded) of the wire form, or ""
    QString rawResponse; // idem
    QString ipAddress;
    GeoData geo;
    NetworkStats network;
    Latency latency;
    std::optional<QStringList> tags; // nullopt = nil
    QString alias;
    bool trackPath = false;
    GoTime expireAt;
    QString apiSchema;
    QString originalPath;
    QString listenPath;
    GraphQLStats graphQLStats;
    McpStats mcpStats;
    QString collectionName; // json "-": never in JSON, still a msgpack key

    // The tags as a list (nil reads as empty).
    QStringList tagList() const { return tags.value_or(QStringList()); }
};

} // namespace Hb::Analytics
