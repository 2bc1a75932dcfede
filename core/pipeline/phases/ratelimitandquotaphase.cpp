// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/ratelimitandquotaphase.h"

#include "core/common/iclock.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/ratelimiter.h"
#include "core/pipeline/tykvariables.h"
#include "core/policy/apilimit.h"
#include "core/session/isessionstore.h"
#include "core/session/keyhasher.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Hb::Pipeline {

namespace {
constexpr qint64 kNsPerSec = 1000000000LL;

// Tyk's rate.Prefix: parts joined by '-', each trimmed of '-' and skipped when empty.
QString limiterKey(const QString &scope, const QString &key, const QString &endpointSuffix)
{
    QStringList parts;
    for (QString part : {QStringLiteral("rate-limit-"), scope, key, endpointSuffix}) {
        while (part.startsWith(u'-'))
            part.remove(0, 1);
        while (part.endsWith(u'-'))
            part.chop(1);
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u'-');
}

// Tyk's updateSessionQuota: every access right with limits counted under `scope` gets the
// new numbers, and the root too when the scope is empty.
void updateSessionQuota(nlohmann::json &session, const QString &scope, qint64 remaining,
                        qint64 renews)
{
    remaining = std::max<qint64>(remaining, 0);
    const std::string s = scope.toStdString();
    const auto rights = session.find("access_rights");
    if (rights != session.end() && rights->is_object()) {
        for (auto &[apiId, right] : rights->items()) {
            if (!right.is_object())
                continue;
            const auto limit = right.find("limit");
            if (limit == right.end() || Policy::ApiLimit::read(*limit).isEmpty())
                continue;
            if (Policy::jsonString(right, "allowance_scope") == s) {
                (*limit)["quota_remaining"] = remaining;
                (*limit)["quota_renews"] = renews;
            }
        }
    }
    if (scope.isEmpty()) {
        session["quota_remaining"] = remaining;
        session["quota_renews"] = renews;
    }
}
// A per-endpoint limit of an access right (Tyk's RateLimitInfo).
struct EndpointLimit
{
    double rate = 0;
    double per = 0;
    QString keySuffix; // HashStr("<method as written>:<path as written>")
};

bool sameMethod(const nlohmann::json &method, const std::string &requestMethod)
{
    return method.is_object() &&
           QString::fromStdString(Policy::jsonString(method, "name"))
                   .compare(QString::fromStdString(requestMethod), Qt::CaseInsensitive) == 0;
}

// The first `endpoints` entry that lists the request's method (any case) and whose path
// pattern matches the path without the listen path. Tyk also lists the full path to try, but
// stops at the first path that does not match, so only the stripped path counts.
std::optional<EndpointLimit> endpointLimit(const nlohmann::json &endpoints,
                                           const QString &strippedPath, const std::string &method,
                                           const EndpointMatchOptions &options)
{
    if (!endpoints.is_array())
        return std::nullopt;
    for (const auto &endpoint : endpoints) {
        if (!endpoint.is_object())
            continue;
        const auto methods = endpoint.find("methods");
        if (methods == endpoint.end() || !methods->is_array())
            continue;
        const auto listed = std::find_if(methods->begin(), methods->end(),
                                         [&](const auto &m) { return sameMethod(m, method); });
        if (listed == methods->end())
            continue;
        const QString path = QString::fromStdString(Policy::jsonString(endpoint, "path"));
        EndpointMatchOptions exact = options;
        exact.ignoreCase = false;
        const QRegularExpression regex(EndpointMatcher::toRegexPattern(path, exact));
        if (!regex.isValid() || !regex.match(strippedPath).hasMatch())
            continue; // Tyk skips a pattern that does not compile
        const Policy::ApiLimit limit =
            Policy::ApiLimit::read(listed->value("limit", nlohmann::json()));
        const QString name = QString::fromStdString(Policy::jsonString(*listed, "name"));
        return EndpointLimit{limit.rate, limit.per,
                             Session::KeyHasher::hashStr(name + u':' + path)};
    }
    return std::nullopt;
}

// The request path, percent-decoded, without the listen path and with a leading '/': what
// per-endpoint limits are matched against.
QString pathWithoutListenPath(const QByteArray &requestPath, const QString &listenPath)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(requestPath));
    QString stripped = path.startsWith(listenPath) ? path.mid(listenPath.size()) : path;
    if (!stripped.startsWith(u'/'))
        stripped.prepend(u'/');
    return stripped;
}

// Tyk's GetAccessDefinitionByAPIIDOrSession: the access right's limit, else the root's; then
// a matching per-endpoint limit replaces rate and per. Empty when the session has
// access_rights but none for this API.
std::optional<RateLimitAndQuotaPhase::AppliedLimit>
appliedLimit(const Exchange &ex, const RateLimitAndQuotaPhase::Options &options)
{
    const nlohmann::json &session = ex.session->json();
    RateLimitAndQuotaPhase::AppliedLimit applied;
    const nlohmann::json *endpoints = nullptr;
    if (ex.session->hasAccessRights()) {
        const auto &rights = session["access_rights"];
        const auto right = rights.find(options.apiId.toStdString());
        if (right == rights.end())
            return std::nullopt;
        if (right->is_object()) {
            applied.limit = Policy::ApiLimit::read(right->value("limit", nlohmann::json()));
            applied.scope = QString::fromStdString(Policy::jsonString(*right, "allowance_scope"));
            if (const auto e = right->find("endpoints"); e != right->end())
                endpoints = &*e;
        }
    }
    if (applied.limit.isEmpty())
        applied.limit = Policy::ApiLimit::read(session);
    if (endpoints) {
        const QString stripped = pathWithoutListenPath(ex.request.path(), options.listenPath);
        if (const auto e = endpointLimit(*endpoints, stripped, ex.request.method.toStdString(),
                                         options.matchOptions)) {
            applied.limit.rate = e->rate;
            applied.limit.per = e->per;
            applied.endpointSuffix = e->keySuffix;
        }
    }
    return applied;
}

// The session's rate_limit_pattern, with Tyk's variables replaced, names the counters
// instead of the key (shared by every key whose pattern gives the same text).
RateLimitAndQuotaPhase::CounterKey counterKey(const nlohmann::json &session,
                                              const QString &sessionKey)
{
    const auto meta = session.find("meta_data");
    if (meta == session.end() || !meta->is_object())
        return {sessionKey, false};
    const auto pattern = meta->find("rate_limit_pattern");
    if (pattern == meta->end() || !pattern->is_string() ||
        pattern->get_ref<const std::string &>().empty())
        return {sessionKey, false};
    const QString custom =
        TykVariables::replace(QString::fromStdString(pattern->get<std::string>()), *meta);
    if (custom.isEmpty())
        return {sessionKey, false};
    return {custom, true};
}

// "rate_limits" mode: Tyk sets these on the response writer right away, so a 429 carries
// them too.
void setRateLimitHeaders(Exchange &ex, const RateLimiter::Outcome &out)
{
    ex.rateLimitHeaders.set("X-Ratelimit-Limit", QByteArray::number(out.limit));
    ex.rateLimitHeaders.set("X-Ratelimit-Remaining",
                            QByteArray::number(std::max<qint64>(out.remaining, 0)));
    ex.rateLimitHeaders.set("X-Ratelimit-Reset", QByteArray::number(out.resetNs / kNsPerSec));
}
} // namespace

void RateLimitAndQuotaPhase::throttle(Exchange &ex, const PhaseCompletion &done,
                                      const QString &bucket, qint64 retryLimit, double intervalSecs)
{
    ++ex.throttleLevel;
    // At least a millisecond, so a zero interval cannot spin the engine thread.
    const int waitMs = int(std::clamp(intervalSecs * 1000.0, 1.0, 3600.0 * 1000.0));
    // Tyk sleeps the request's goroutine; here the engine thread goes on serving others.
    QTimer::singleShot(waitMs, [this, done, bucket, retryLimit, intervalSecs] {
        const auto self = done.lock();
        if (!self)
            return;
        Exchange &ex = *self;
        // Tyk's order: a dry run, then the retry count, then the outcome.
        const bool allowed = m_limiter.wouldAllow(bucket);
        if (ex.throttleLevel > retryLimit) {
            ex.fail(429, QStringLiteral("Rate Limit Exceeded"));
            ex.phaseNote =
                QStringLiteral("throttled %1 times; still over the rate limit").arg(retryLimit);
            done(PhaseStatus::Fail);
            return;
        }
        if (!allowed)
            return throttle(ex, done, bucket, retryLimit, intervalSecs);
        // Room again: the whole check runs once more and counts this request.
        const PhaseStatus status = run(ex, done);
        if (status != PhaseStatus::Pause)
            done(status);
    });
}

PhaseStatus RateLimitAndQuotaPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    if (ex.endpointIgnored || !ex.session) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    const std::optional<AppliedLimit> applied = appliedLimit(ex, m_options);
    if (!applied) {
        ex.fail(429, QStringLiteral("Rate Limit Exceeded"));
        ex.phaseNote =
            QStringLiteral("the session's access_rights do not list API %1").arg(m_options.apiId);
        return PhaseStatus::Fail;
    }
    const CounterKey counter = counterKey(ex.session->json(), ex.sessionKey);

    QStringList notes;
    if (!m_options.disableRateLimit && applied->limit.rate > 0) {
        const PhaseStatus status = takeRate(ex, done, *applied, counter, notes);
        if (status != PhaseStatus::Continue)
            return status;
    }
    if (m_options.disableQuota || applied->limit.quotaMax <= 0) {
        ex.phaseNote = notes.join(u"; ");
        return PhaseStatus::Continue;
    }
    countQuota(done, *applied, counter, std::move(notes));
    return PhaseStatus::Pause;
}

PhaseStatus RateLimitAndQuotaPhase::takeRate(Exchange &ex, const PhaseCompletion &done,
                                             const AppliedLimit &applied, const CounterKey &counter,
                                             QStringList &notes)
{
    const Policy::ApiLimit &limit = applied.limit;
    // A custom key's bucket outlives session updates (no last_updated suffix).
    const QString limiter = limiterKey(applied.scope, counter.key, applied.endpointSuffix);
    const QString bucket = counter.custom ? limiter : limiter + u':' + ex.session->lastUpdated();
    const RateLimiter::Outcome out = m_limiter.take(bucket, limit.rate, limit.per);
    if (m_options.rateLimitHeaders)
        setRateLimitHeaders(ex, out);
    notes.append(QStringLiteral("rate %1/%2s bucket %3: %4 left")
                     .arg(limit.rate)
                     .arg(limit.per)
                     .arg(bucket)
                     .arg(out.remaining));
    if (out.allowed)
        return PhaseStatus::Continue;
    // Tyk fires the event whenever the limiter says no, before throttling (so a throttled
    // request that gets through later fired it too): gateway/mw_rate_limiting.go,
    // handleRateLimitFailure. Its key is the rate_limit_pattern's value when there is one.
    ex.fireEvent(QStringLiteral("RateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"),
                 counter.custom ? counter.key : ex.authToken);
    // Request throttling: wait and look again, up to throttle_retry_limit times, before
    // giving up (the access right's values when its limit is set).
    if (limit.throttleRetryLimit > 0) {
        notes.append(QStringLiteral("throttled: retry %1 of %2 in %3 s")
                         .arg(ex.throttleLevel + 1)
                         .arg(limit.throttleRetryLimit)
                         .arg(limit.throttleInterval));
        ex.phaseNote = notes.join(u"; ");
        throttle(ex, done, bucket, limit.throttleRetryLimit, limit.throttleInterval);
        return PhaseStatus::Pause;
    }
    ex.fail(429, QStringLiteral("Rate Limit Exceeded"));
    ex.phaseNote = notes.join(u"; ");
    return PhaseStatus::Fail;
}

void RateLimitAndQuotaPhase::countQuota(const PhaseCompletion &done, const AppliedLimit &applied,
                                        const CounterKey &counter, QStringList notes)
{
    const QString scope = applied.scope;
    const QString quotaKey = scope.isEmpty() ? counter.key : scope + u'-' + counter.key;
    const qint64 quotaMax = applied.limit.quotaMax;
    // handleQuotaFailure's key is the same rateLimitKey (the pattern's value or the token).
    const auto self = done.lock();
    const QString eventKey = counter.custom || !self ? counter.key : self->authToken;
    m_store.incrementQuota(
        quotaKey, applied.limit.quotaRenewalRate,
        [this, done, quotaKey, quotaMax, scope, notes,
         eventKey](Result<Session::QuotaCount> r) mutable {
            const auto self = done.lock();
            if (!self)
                return;
            Exchange &ex = *self;
            if (!r) {
                // Tyk's RedisQuotaExceeded counts a counter it cannot read or increment as
                // exceeded.
                ex.fail(403, QStringLiteral("Quota exceeded"));
                ex.phaseNote = QStringLiteral("quota store error: %1").arg(r.error().message);
                ex.fireEvent(QStringLiteral("QuotaExceeded"),
                             QStringLiteral("Key Quota Limit Exceeded"), eventKey);
                done(PhaseStatus::Fail);
                return;
            }
            const bool blocked = r->count - 1 >= quotaMax;
            const qint64 remaining = blocked ? 0 : quotaMax - r->count;
            // quota_renews = now + the counter's remaining TTL (now when it never renews).
            const qint64 renews = m_clock.nowSecs() + r->ttlSecs;
            if (ex.session) {
                updateSessionQuota(ex.session->json(), scope, remaining, renews);
                ex.sessionModified = true;
            }
            notes.append(QStringLiteral("quota quota-%1: %2 of %3 used")
                             .arg(quotaKey)
                             .arg(r->count)
                             .arg(quotaMax));
            ex.phaseNote = notes.join(u"; ");
            if (blocked) {
                ex.fail(403, QStringLiteral("Quota exceeded"));
                ex.fireEvent(QStringLiteral("QuotaExceeded"),
                             QStringLiteral("Key Quota Limit Exceeded"), eventKey);
                done(PhaseStatus::Fail);
                return;
            }
            done(PhaseStatus::Continue);
        });
}

} // namespace Hb::Pipeline
