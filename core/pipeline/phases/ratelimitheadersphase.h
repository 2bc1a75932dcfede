// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"

namespace Hb::Pipeline {

// The X-RateLimit-* headers Tyk sets on a successful reply after the response plugins
// (Tyk: internal/rate/headers.go, quotaSender.SendQuotas), so a response plugin
// cannot remove them. The last phase of every response chain; error replies never reach it,
// as Tyk sends no quota headers on 403/429.
//   "quotas" mode (default): Limit/Remaining/Reset = quota_max/quota_remaining/quota_renews
//   of the API's access right when its limit is non-empty, else of the session root; a
//   request without session (keyless API) gets 0, 0, 0 as in Tyk.
//   "rate_limits" mode: the upstream's copies are removed and the rate limiter's values
//   (Exchange::rateLimitHeaders) are used, when the limiter ran.
// Always returns Continue.
class RateLimitHeadersPhase final : public IPhase
{
public:
    RateLimitHeadersPhase(QString apiId, bool rateLimitsMode)
        : m_apiId(std::move(apiId))
        , m_rateLimitsMode(rateLimitsMode)
    {}
    QString name() const override { return QStringLiteral("RateLimitHeaders"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    QString m_apiId;
    bool m_rateLimitsMode;
};

} // namespace Hb::Pipeline
