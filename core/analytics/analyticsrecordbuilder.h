// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/analyticsrecord.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace Hb::Analytics {

// tyk.conf analytics_config.normalise_urls (Tyk: config/config.go, NormalisedURLConfig).
struct NormaliseUrlsOptions
{
    bool enabled = false;
    bool normaliseUuids = false;   // normalise_uuids → {uuid}
    bool normaliseUlids = false;   // normalise_ulids → {ulid}
    bool normaliseNumbers = false; // normalise_numbers: /<digits> → /{id}
    QStringList customPatterns;    // custom_patterns (Go regexps) → {var}
};

// What the engine knows about one finished request, in plain values. Field comments name
// what Tyk reads (gateway/handler_success.go RecordHit, gateway/handler_error.go HandleError).
struct RecordInputs
{
    QString method;       // r.Method at record time (after method transforms)
    QString urlPath;      // r.URL.Path at record time, listen path not yet removed
    QString originalPath; // the path as received, before any middleware
    // Remove the API's listen path from urlPath (the API's strip_listen_path, for proxied and
    // error replies; false for 2xx replies written by a Go plugin, which Tyk records unstripped).
    bool stripListenPath = false;
    QString trackedPath; // the `path` of the matched track_endpoints entry; "" = none
    QString host;        // r.URL.Host, else the API target's host
    qint64 contentLength = 0;
    QString userAgent; // the request's User-Agent
    int responseCode = 0;
    QString keyId; // ctx AuthToken: the plaintext key id ("" on keyless APIs)

    QString apiId;
    QString apiName;
    QString orgId;
    QString listenPath;
    QString versionName; // Tyk's getVersionFromRequest; "" records "Non Versioned"

    // The session, when one is in the context.
    bool hasSession = false;
    QString sessionAlias;
    QString oauthClientId;
    QStringList policyIds;              // apply_policies, in order → pol-<id>
    std::optional<QString> developerId; // meta_data.tyk_developer_id when it is a string → dev-<id>
    QStringList sessionTags;

    QList<std::pair<QByteArray, QByteArray>> requestHeaders; // for tag_headers
    QStringList tagHeaders;                                  // the API's tag_headers
    QStringList apiTags;                                     // the API's tags
    // Appended after the API tags: "cached-response" (cache hits), "trace-id-<id>".
    QStringList extraTags;

    QString clientIp; // request.RealIP
    Latency latency;  // ms; RequestTime = latency.total

    bool detailedRecording = false; // see detailedRecording()
    QByteArray rawRequest;          // wire form (Go's r.Write) when detailedRecording
    QByteArray rawResponse;         // wire form of the response when detailedRecording

    qint64 nowNs = 0;                             // the engine clock
    QTimeZone zone = QTimeZone::systemTimeZone(); // the gateway's local zone (Day, Hour, JSON)
    qint64 expireAnalyticsAfter = 0; // the API's expire_analytics_after (or the org's data age)
};

// Builds analytics records as Tyk's gateway does, in two steps: build() is the request
// goroutine's part (the record the analytics plugin sees), finishForQueue() the analytics
// worker's (gateway/analytics.go, recordWorker) just before encoding. Immutable after
// construction (the normalisation patterns are compiled once); thread-safe.
class AnalyticsRecordBuilder
{
public:
    explicit AnalyticsRecordBuilder(NormaliseUrlsOptions normalise = {});

    // Custom patterns Go refuses are skipped, as Tyk skips them (it logs "failed to compile
    // custom pattern"); their messages are here.
    const QStringList &patternErrors() const { return m_patternErrors; }

    AnalyticsRecord build(const RecordInputs &in) const;

    // The queue worker's part: APIKey hashed when `hashKeys` (Tyk's storage.HashKey, so an
    // empty key becomes murmur32 of nothing), then the key-/org-/api- tags, then a leading
    // "/" for Path, RawPath and a non-empty OriginalPath.
    static void finishForQueue(AnalyticsRecord &record, bool hashKeys);

    // Whether Tyk records the request at all (gateway/handler_success.go, RecordHit;
    // config/config.go, StoreAnalytics): analytics on, the API and the endpoint tracked, and
    // the client IP not listed exactly in ignored_ips.
    static bool shouldRecord(bool enableAnalytics, const QStringList &ignoredIps,
                             const QString &clientIp, bool apiDoNotTrack, bool endpointDoNotTrack);
    // Tyk's recordDetailUnsafe without the org session: API flag, then the session's
    // enable_detailed_recording / enable_detail_recording, then the gateway's (or GraphQL).
    static bool detailedRecording(bool apiFlag, bool sessionFlag, bool gatewayFlag,
                                  bool graphQL = false);
    // Tyk's httputil.StripListenPath: the listen path (a mux template too) removed from the
    // front of `path`, the result always starting with "/".
    static QString stripListenPath(const QString &listenPath, const QString &path);
    // Path normalisation alone (gateway/analytics.go, NormalisePath), when enabled.
    QString normalisePath(const QString &path) const;

private:
    struct Pattern
    {
        QRegularExpression regex;
        QString replacement;
    };

    QStringList tags(const RecordInputs &in) const;

    bool m_enabled = false;
    QList<Pattern> m_patterns;
    QStringList m_patternErrors;
};

} // namespace Hb::Analytics
