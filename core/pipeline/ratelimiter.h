// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Hb {
class IClock;
}

namespace Hb::Pipeline {

// Tyk's default rate limiter on a single gateway: the DRL path's in-memory bucket per key
// (Tyk: gateway/session_manager.go, limitDRL; internal/memorycache). One instance per engine,
// shared by every API and kept across reloads; engine thread only. Time comes from the
// engine clock, so tests move rate windows without sleeping.
class RateLimiter
{
public:
    // Idle buckets are forgotten after this long (Tyk's memorycache TTL).
    static constexpr qint64 kIdleNs = 10LL * 60 * 1000000000LL;

    struct Outcome
    {
        bool allowed = true;
        qint64 limit = 0;     // int(rate), as Tyk reports it
        qint64 remaining = 0; // whole requests left in the window after this one
        qint64 resetNs = 0;   // when the window ends (clock time)
    };

    explicit RateLimiter(const IClock &clock)
        : m_clock(clock)
    {}

    // Counts one request against `bucketKey` ("rate-limit-[scope-]<key>:<last_updated>").
    // A new bucket holds max(1, floor(rate)) requests and refills completely `per` seconds
    // (truncated to whole seconds) after it was created or last refilled. The capacity is
    // fixed when the bucket is created: a changed rate only applies to a new key.
    Outcome take(const QString &bucketKey, double rate, double per);
    // Whether take() would allow a request now, without counting one (Tyk's dry run, used
    // by request throttling).
    bool wouldAllow(const QString &bucketKey) const;

    int bucketCount() const { return int(m_buckets.size()); }
    void clear() { m_buckets.clear(); }

private:
    struct Bucket
    {
        quint64 capacity = 0;  // tokens
        quint64 remaining = 0; // tokens
        qint64 resetNs = 0;
        qint64 windowNs = 0;
        qint64 lastUsedNs = 0;
    };
    void dropIdle(qint64 now);

    const IClock &m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepNs = 0;
};

} // namespace Hb::Pipeline
