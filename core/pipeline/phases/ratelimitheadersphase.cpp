// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/ratelimitheadersphase.h"

#include "core/pipeline/exchange.h"
#include "core/policy/apilimit.h"

namespace Hb::Pipeline {

namespace {
// Go's http.Header.Set canonicalises "X-RateLimit-Limit" to this spelling on the wire.
const QByteArray kLimit = QByteArrayLiteral("X-Ratelimit-Limit");
const QByteArray kRemaining = QByteArrayLiteral("X-Ratelimit-Remaining");
const QByteArray kReset = QByteArrayLiteral("X-Ratelimit-Reset");
} // namespace

PhaseStatus RateLimitHeadersPhase::run(Exchange &ex, const PhaseCompletion &)
{
    Http::HeaderList &headers = ex.response.headers;
    if (m_rateLimitsMode) {
        headers.remove(kLimit);
        headers.remove(kRemaining);
        headers.remove(kReset);
        for (const auto &[name, value] : ex.rateLimitHeaders.fields())
            headers.set(name, value);
        return PhaseStatus::Continue;
    }
    // Tyk's SessionState.GetQuotaLimitByAPIID.
    Policy::ApiLimit limit;
    // A JSVM synthetic reply reports the quota of the session it carries (Tyk:
    // gateway/mw_js_plugin.go).
    const std::optional<Session::SessionState> &source =
        ex.forcedReply ? ex.forcedReplySession : ex.session;
    if (source) {
        const nlohmann::json &session = source->json();
        const auto rights = session.find("access_rights");
        if (rights != session.end() && rights->is_object()) {
            const auto right = rights->find(m_apiId.toStdString());
            if (right != rights->end() && right->is_object())
                limit = Policy::ApiLimit::read(right->value("limit", nlohmann::json()));
        }
        if (limit.isEmpty())
            limit = Policy::ApiLimit::read(session);
    }
    // Go formats these through int; the values are the stored numbers as they are.
    headers.set(kLimit, QByteArray::number(limit.quotaMax));
    headers.set(kRemaining, QByteArray::number(limit.quotaRemaining));
    headers.set(kReset, QByteArray::number(limit.quotaRenews));
    ex.phaseNote = QStringLiteral("quota %1, %2 left, renews %3")
                       .arg(limit.quotaMax)
                       .arg(limit.quotaRemaining)
                       .arg(limit.quotaRenews);
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
