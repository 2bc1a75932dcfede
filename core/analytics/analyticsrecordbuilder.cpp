// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsrecordbuilder.h"

#include "core/idextractor/goregexsyntax.h"
#include "core/session/keyhasher.h"

#include <QDateTime>
#include <QHash>

namespace Hb::Analytics {

namespace {

// 100 years of 365 days: tyk-pump's SetExpiry for expire_analytics_after 0.
constexpr qint64 kHundredYearsSecs = qint64(24) * 3600 * 365 * 100;

std::optional<QRegularExpression> compileGo(const QString &pattern, QString *error)
{
    const Result<QString> pcre = IdExtractor::GoRegexSyntax::toPcre(pattern);
    if (!pcre) {
        *error = pcre.error().message;
        return std::nullopt;
    }
    QRegularExpression regex(*pcre);
    if (!regex.isValid()) {
        *error = regex.errorString();
        return std::nullopt;
    }
    regex.optimize();
    return regex;
}

// Go's Regexp.ReplaceAllString with a replacement without "$": every successive
// non-overlapping match, an empty match right after the previous one not replaced, and the
// search always advancing at least one character (regexp/regexp.go, replaceAll).
// QString::replace follows Perl's rule for empty matches, which differs.
QString goReplaceAll(const QRegularExpression &regex, const QString &src, const QString &repl)
{
    QString out;
    qsizetype lastMatchEnd = 0;
    qsizetype searchPos = 0;
    const qsizetype end = src.size();
    while (searchPos <= end) {
        const QRegularExpressionMatch m = regex.match(src, searchPos);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedStart(0);
        const qsizetype stop = m.capturedEnd(0);
        out += QStringView(src).mid(lastMatchEnd, start - lastMatchEnd);
        if (stop > lastMatchEnd || start == 0)
            out += repl;
        lastMatchEnd = stop;
        const qsizetype width =
            searchPos < end ? (src.at(searchPos).isHighSurrogate() && searchPos + 1 < end ? 2 : 1)
                            : 1;
        if (searchPos + width > stop)
            searchPos += width;
        else if (searchPos + 1 > stop)
            ++searchPos;
        else
            searchPos = stop;
    }
    out += QStringView(src).mid(lastMatchEnd);
    return out;
}

// gorilla/mux's PathPrefix regexp for a listen path with {name} or {name:pattern}.
QString muxPrefixPattern(const QString &listenPath)
{
    QString pattern = QStringLiteral("^");
    qsizetype i = 0;
    while (i < listenPath.size()) {
        const qsizetype open = listenPath.indexOf(u'{', i);
        if (open < 0) {
            pattern += QRegularExpression::escape(listenPath.mid(i));
            break;
        }
        pattern += QRegularExpression::escape(listenPath.mid(i, open - i));
        int depth = 0;
        qsizetype close = open;
        for (; close < listenPath.size(); ++close) {
            if (listenPath.at(close) == u'{')
                ++depth;
            else if (listenPath.at(close) == u'}' && --depth == 0)
                break;
        }
        const QString inside = listenPath.mid(open + 1, close - open - 1);
        const qsizetype colon = inside.indexOf(u':');
        pattern += QStringLiteral("(") +
                   (colon < 0 ? QStringLiteral("[^/]+") : inside.mid(colon + 1)) + u')';
        i = close + 1;
    }
    return pattern;
}

} // namespace

AnalyticsRecordBuilder::AnalyticsRecordBuilder(NormaliseUrlsOptions normalise)
    : m_enabled(normalise.enabled)
{
    // Tyk's initNormalisationPatterns (gateway/analytics.go), applied in this order.
    QList<std::pair<QString, QString>> sources;
    if (normalise.normaliseUuids) {
        sources.append({QStringLiteral("[0-9a-fA-F]{8}(-)?[0-9a-fA-F]{4}(-)?[0-9a-fA-F]{4}(-)?"
                                       "[0-9a-fA-F]{4}(-)?[0-9a-fA-F]{12}"),
                        QStringLiteral("{uuid}")});
    }
    if (normalise.normaliseUlids)
        sources.append(
            {QStringLiteral("(?i)[0-7][0-9A-HJKMNP-TV-Z]{25}"), QStringLiteral("{ulid}")});
    if (normalise.normaliseNumbers)
        sources.append({QStringLiteral("\\/(\\d+)"), QStringLiteral("/{id}")});
    for (const QString &custom : normalise.customPatterns)
        sources.append({custom, QStringLiteral("{var}")});
    for (const auto &[source, replacement] : sources) {
        QString error;
        if (auto regex = compileGo(source, &error))
            m_patterns.append({std::move(*regex), replacement});
        else
            m_patternErrors.append(
                QStringLiteral("failed to compile custom pattern \"%1\": %2").arg(source, error));
    }
}

QString AnalyticsRecordBuilder::normalisePath(const QString &path) const
{
    if (!m_enabled)
        return path;
    QString out = path;
    for (const Pattern &p : m_patterns)
        out = goReplaceAll(p.regex, out, p.replacement);
    return out;
}

QStringList AnalyticsRecordBuilder::tags(const RecordInputs &in) const
{
    // getSessionTags, tagHeaders, the API's tags, then the success path's extras
    // (gateway/handler_success.go, RecordHit).
    QStringList tags;
    if (in.hasSession) {
        for (const QString &policy : in.policyIds)
            tags.append(QStringLiteral("pol-") + policy);
        if (in.developerId)
            tags.append(QStringLiteral("dev-") + *in.developerId);
        tags += in.sessionTags;
    }
    if (!in.tagHeaders.isEmpty()) {
        // Go ranges over r.Header, a map: one header's values stay together, in their order,
        // while the order of headers is random in Tyk. Here it is first appearance.
        QList<QByteArray> order;
        QHash<QByteArray, QList<QByteArray>> values;
        for (const auto &[name, value] : in.requestHeaders) {
            const QByteArray lower = name.toLower();
            if (!values.contains(lower))
                order.append(lower);
            values[lower].append(value);
        }
        QStringList wanted;
        for (const QString &h : in.tagHeaders)
            wanted.append(h.toLower());
        for (const QByteArray &name : order) {
            const QString cleanK = QString::fromUtf8(name);
            if (!wanted.contains(cleanK))
                continue;
            for (const QByteArray &value : values.value(name))
                tags.append(cleanK + u'-' + QString::fromUtf8(value));
        }
    }
    tags += in.apiTags;
    tags += in.extraTags;
    return tags;
}

AnalyticsRecord AnalyticsRecordBuilder::build(const RecordInputs &in) const
{
    const GoTime utcNow = GoTime::fromUnixNs(in.nowNs);
    const auto offsetAt = [&in](const GoTime &t) {
        return in.zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t.unixSecs(), QTimeZone::utc()));
    };
    const GoTime now = utcNow.withOffset(offsetAt(utcNow));
    const GoTime::Civil civil = now.civil();

    const QString urlPath =
        in.stripListenPath ? stripListenPath(in.listenPath, in.urlPath) : in.urlPath;

    AnalyticsRecord a;
    a.method = in.method;
    a.host = in.host;
    a.path = in.trackedPath.isEmpty() ? urlPath : in.trackedPath;
    a.rawPath = urlPath;
    a.contentLength = in.contentLength;
    a.userAgent = in.userAgent;
    a.day = civil.day;
    a.month = civil.month;
    a.year = civil.year;
    a.hour = civil.hour;
    a.responseCode = in.responseCode;
    a.apiKey = in.keyId;
    a.timeStamp = now;
    a.apiVersion = in.versionName.isEmpty() ? QStringLiteral("Non Versioned") : in.versionName;
    a.apiName = in.apiName;
    a.apiId = in.apiId;
    a.orgId = in.orgId;
    if (in.hasSession) {
        a.oauthId = in.oauthClientId;
        a.alias = in.sessionAlias;
    }
    a.requestTime = in.latency.total;
    if (in.detailedRecording) {
        a.rawRequest = QString::fromLatin1(in.rawRequest.toBase64());
        a.rawResponse = QString::fromLatin1(in.rawResponse.toBase64());
    }
    a.ipAddress = in.clientIp;
    a.latency = in.latency;
    a.tags = tags(in); // never nil: Tyk makes the slice before appending
    a.trackPath = !in.trackedPath.isEmpty();
    a.originalPath = in.originalPath;
    a.listenPath = in.listenPath;

    // tyk-pump's SetExpiry: 0 means 100 years. The time keeps its location, so its offset is
    // the zone's at the expiry instant.
    const GoTime expire =
        utcNow.addSecs(in.expireAnalyticsAfter == 0 ? kHundredYearsSecs : in.expireAnalyticsAfter);
    a.expireAt = expire.withOffset(offsetAt(expire));

    a.path = normalisePath(a.path);
    return a;
}

void AnalyticsRecordBuilder::finishForQueue(AnalyticsRecord &a, bool hashKeys)
{
    // gateway/analytics.go, recordWorker; storage.HashKey hashes whatever is there.
    if (hashKeys)
        a.apiKey = Session::KeyHasher::hashStr(a.apiKey);
    QStringList tags = a.tagList();
    if (!a.apiKey.isEmpty())
        tags.append(QStringLiteral("key-") + a.apiKey);
    if (!a.orgId.isEmpty())
        tags.append(QStringLiteral("org-") + a.orgId);
    tags.append(QStringLiteral("api-") + a.apiId);
    a.tags = tags;
    if (!a.path.startsWith(u'/'))
        a.path.prepend(u'/');
    if (!a.rawPath.startsWith(u'/'))
        a.rawPath.prepend(u'/');
    if (!a.originalPath.isEmpty() && !a.originalPath.startsWith(u'/'))
        a.originalPath.prepend(u'/');
}

bool AnalyticsRecordBuilder::shouldRecord(bool enableAnalytics, const QStringList &ignoredIps,
                                          const QString &clientIp, bool apiDoNotTrack,
                                          bool endpointDoNotTrack)
{
    if (apiDoNotTrack || endpointDoNotTrack || !enableAnalytics)
        return false;
    return !ignoredIps.contains(clientIp);
}

bool AnalyticsRecordBuilder::detailedRecording(bool apiFlag, bool sessionFlag, bool gatewayFlag,
                                               bool graphQL)
{
    return apiFlag || sessionFlag || graphQL || gatewayFlag;
}

QString AnalyticsRecordBuilder::stripListenPath(const QString &listenPath, const QString &path)
{
    QString res = path;
    if (path.startsWith(listenPath)) {
        res = path.mid(listenPath.size());
    } else if (const qsizetype open = listenPath.count(u'{');
               open > 0 && open == listenPath.count(u'}')) {
        QString error;
        if (const auto regex = compileGo(muxPrefixPattern(listenPath), &error))
            res = goReplaceAll(*regex, path, QString());
    }
    if (!res.startsWith(u'/'))
        res.prepend(u'/');
    return res;
}

} // namespace Hb::Analytics
