// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/endpointmatcher.h"
#include "core/policy/apilimit.h"

#include <QString>
#include <QStringList>

namespace Hb {
class IClock;
}
namespace Hb::Session {
class ISessionStore;
}

namespace Hb::Pipeline {

class RateLimiter;

// Tyk's RateLimitAndQuotaCheck (Tyk: gateway/mw_rate_limiting.go; gateway/session_manager.go,
// SessionLimiter.ForwardMessage). The limits are the API's access-right `limit` when it is
// non-empty, else the session root; a per-endpoint limit of that access right (`endpoints`, matched
// by path and method) replaces rate and per and counts in a bucket of its own. A session
// metadata rate_limit_pattern (Tyk variables replaced) names the rate and quota counters in
// place of the key. The rate goes through the engine's RateLimiter (the default
// in-memory DRL bucket); the quota through ISessionStore::incrementQuota, which may pause.
// A request refused by the rate limiter consumes no quota.
//   Continue  — within both limits (the session's quota_remaining/quota_renews are updated
//               and the session marked modified when a quota applies); also when the
//               endpoint is ignored (skipped).
//   Fail 429  — "Rate Limit Exceeded" (also when the session's access_rights lack this API).
//   Fail 403  — "Quota exceeded".
//   Fail 500  — "there was a problem proxying the request": the quota store failed.
//   Pause     — waiting for the quota counter.
class RateLimitAndQuotaPhase final : public IPhase
{
public:
    struct Options
    {
        QString apiId;
        bool disableRateLimit = false;
        bool disableQuota = false;
        bool rateLimitHeaders = false;     // tyk.conf rate_limit_response_headers: "rate_limits"
        QString listenPath;                // stripped before endpoint limits are matched
        EndpointMatchOptions matchOptions; // http_server_options' prefix/suffix matching
    };

    // The limits that apply to this request and the scope their counters live under.
    struct AppliedLimit
    {
        Policy::ApiLimit limit;
        QString scope;          // the access right's allowance_scope
        QString endpointSuffix; // set when a per-endpoint limit replaced rate and per
    };
    // The name the rate and quota counters are kept under.
    struct CounterKey
    {
        QString key;
        bool custom = false; // from the session's rate_limit_pattern, not the key
    };

    RateLimitAndQuotaPhase(Options options, RateLimiter &limiter, Session::ISessionStore &store,
                           const IClock &clock)
        : m_options(std::move(options))
        , m_limiter(limiter)
        , m_store(store)
        , m_clock(clock)
    {}
    QString name() const override { return QStringLiteral("RateLimitAndQuota"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    // Takes one from the rate bucket: Continue when allowed, else Fail 429 or Pause while
    // throttling. Appends what it did to `notes`.
    PhaseStatus takeRate(Exchange &exchange, const PhaseCompletion &done,
                         const AppliedLimit &applied, const CounterKey &counter,
                         QStringList &notes);
    // Counts the request against the quota and completes `done` with the outcome.
    void countQuota(const PhaseCompletion &done, const AppliedLimit &applied,
                    const CounterKey &counter, QStringList notes);
    // Request throttling (throttle_retry_limit, throttle_interval): counts one retry, waits
    // the interval, then fails once the retries are used up, runs the check again when the
    // bucket has room, or waits again.
    void throttle(Exchange &exchange, const PhaseCompletion &done, const QString &bucket,
                  qint64 retryLimit, double intervalSecs);

    Options m_options;
    RateLimiter &m_limiter;
    Session::ISessionStore &m_store;
    const IClock &m_clock;
};

} // namespace Hb::Pipeline
