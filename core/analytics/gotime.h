// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hb::Analytics {

// A Go time.Time as far as an analytics record needs it: the instant (seconds and nanoseconds
// since the Unix epoch, so that Go's zero time, year 1, and far expiry dates fit, which an
// int64 of nanoseconds cannot hold) and the UTC offset of the location it was read in (Go's
// JSON prints it; msgpack drops it). A plain value.
class GoTime
{
public:
    static constexpr qint64 kZeroUnixSecs = -62135596800; // 0001-01-01T00:00:00Z

    // The local calendar fields at this instant in its offset (Go's t.Date(), t.Clock()).
    struct Civil
    {
        qint64 year = 1;
        int month = 1; // 1..12
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
    };

    GoTime() = default;
    GoTime(qint64 unixSecs, int nanos, int utcOffsetSecs);
    // Nanoseconds since the epoch, e.g. IClock::nowNs().
    static GoTime fromUnixNs(qint64 unixNs, int utcOffsetSecs = 0);

    qint64 unixSecs() const { return m_unixSecs; }
    int nanos() const { return m_nanos; }
    int utcOffsetSecs() const { return m_utcOffsetSecs; }
    bool isZero() const { return m_unixSecs == kZeroUnixSecs && m_nanos == 0; }

    // Go's t.Add(secs * time.Second), keeping the offset.
    GoTime addSecs(qint64 secs) const;
    GoTime withOffset(int utcOffsetSecs) const;
    Civil civil() const;

    // Go's MarshalJSON text without quotes (time.RFC3339Nano): fraction without trailing
    // zeros, "Z" for a zero offset, else ±hh:mm.
    QString toRfc3339Nano() const;
    // Go 1.19's UnmarshalJSON (time.Parse of RFC 3339, fraction allowed): nullopt when Go
    // would refuse the text.
    static std::optional<GoTime> parseRfc3339(const QString &text);

    bool operator==(const GoTime &other) const
    {
        return m_unixSecs == other.m_unixSecs && m_nanos == other.m_nanos &&
               m_utcOffsetSecs == other.m_utcOffsetSecs;
    }

private:
    qint64 m_unixSecs = kZeroUnixSecs;
    int m_nanos = 0; // 0..999999999
    int m_utcOffsetSecs = 0;
};

} // namespace Hb::Analytics
