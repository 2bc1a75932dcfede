// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/ratelimiter.h"

#include "core/common/iclock.h"

namespace Hb::Pipeline {

namespace {
// The DRL's token value on a single gateway: a request costs 100 tokens and a bucket holds
// rate × 100 (at least one request), which is where floor(rate) comes from.
constexpr quint64 kTokenValue = 100;
constexpr qint64 kNsPerSec = 1000000000LL;
} // namespace

void RateLimiter::dropIdle(qint64 now)
{
    if (now - m_lastSweepNs < kIdleNs)
        return;
    m_lastSweepNs = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (now - it->lastUsedNs >= kIdleNs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

bool RateLimiter::wouldAllow(const QString &bucketKey) const
{
    const qint64 now = m_clock.nowNs();
    const auto it = m_buckets.constFind(bucketKey);
    if (it == m_buckets.cend() || now - it->lastUsedNs >= kIdleNs || now >= it->resetNs)
        return true;
    return it->remaining >= kTokenValue;
}

RateLimiter::Outcome RateLimiter::take(const QString &bucketKey, double rate, double per)
{
    const qint64 now = m_clock.nowNs();
    dropIdle(now);
    auto it = m_buckets.find(bucketKey);
    if (it != m_buckets.end() && now - it->lastUsedNs >= kIdleNs) {
        m_buckets.erase(it);
        it = m_buckets.end();
    }
    if (it == m_buckets.end()) {
        Bucket fresh;
        fresh.capacity =
            std::max<quint64>(quint64(std::max(0.0, rate * double(kTokenValue))), kTokenValue);
        fresh.remaining = fresh.capacity;
        // Go's time.Duration(per) * time.Second truncates per to whole seconds.
        fresh.windowNs = qint64(per) * kNsPerSec;
        fresh.resetNs = now + fresh.windowNs;
        it = m_buckets.insert(bucketKey, fresh);
    }
    Bucket &b = *it;
    b.lastUsedNs = now;
    // Tyk refills when the clock is strictly after the reset time; with a clock that only
    // moves when told (tests, the UI) that would need one extra nanosecond, so the window
    // here ends exactly `per` seconds later. A window under one second is therefore empty
    // and refills on every request, as in Tyk's internal/memorycache Bucket.
    if (now >= b.resetNs) {
        b.resetNs = now + b.windowNs;
        b.remaining = b.capacity;
    }
    Outcome out;
    out.limit = qint64(rate);
    out.resetNs = b.resetNs;
    if (kTokenValue > b.remaining) {
        out.allowed = false;
    } else {
        b.remaining -= kTokenValue;
    }
    out.remaining = qint64(b.remaining / kTokenValue);
    return out;
}

} // namespace Hb::Pipeline
