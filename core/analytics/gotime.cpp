// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/gotime.h"

namespace Hb::Analytics {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Proleptic Gregorian calendar <-> days since 1970-01-01 (H. Hinnant's civil algorithms),
// valid for Go's whole range including year 1.
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, qint64 &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2);
}

int daysIn(qint64 year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

QString pad(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

GoTime::GoTime(qint64 unixSecs, int nanos, int utcOffsetSecs)
    : m_unixSecs(unixSecs)
    , m_nanos(nanos)
    , m_utcOffsetSecs(utcOffsetSecs)
{}

GoTime GoTime::fromUnixNs(qint64 unixNs, int utcOffsetSecs)
{
    return GoTime(floorDiv(unixNs, 1000000000),
                  int(unixNs - floorDiv(unixNs, 1000000000) * 1000000000), utcOffsetSecs);
}

GoTime GoTime::addSecs(qint64 secs) const
{
    return GoTime(m_unixSecs + secs, m_nanos, m_utcOffsetSecs);
}

GoTime GoTime::withOffset(int utcOffsetSecs) const
{
    return GoTime(m_unixSecs, m_nanos, utcOffsetSecs);
}

GoTime::Civil GoTime::civil() const
{
    const qint64 local = m_unixSecs + m_utcOffsetSecs;
    const qint64 days = floorDiv(local, 86400);
    const qint64 secondOfDay = local - days * 86400;
    Civil c;
    civilFromDays(days, c.year, c.month, c.day);
    c.hour = int(secondOfDay / 3600);
    c.minute = int(secondOfDay / 60 % 60);
    c.second = int(secondOfDay % 60);
    return c;
}

QString GoTime::toRfc3339Nano() const
{
    const Civil c = civil();
    QString out = pad(c.year, 4) + u'-' + pad(c.month, 2) + u'-' + pad(c.day, 2) + u'T' +
                  pad(c.hour, 2) + u':' + pad(c.minute, 2) + u':' + pad(c.second, 2);
    if (m_nanos != 0) {
        QString fraction = pad(m_nanos, 9);
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        out += u'.' + fraction;
    }
    if (m_utcOffsetSecs == 0)
        return out + u'Z';
    // Go's Z07:00 prints hours and minutes; seconds of an odd offset are dropped.
    const int abs = m_utcOffsetSecs < 0 ? -m_utcOffsetSecs : m_utcOffsetSecs;
    return out + (m_utcOffsetSecs < 0 ? u'-' : u'+') + pad(abs / 3600, 2) + u':' +
           pad(abs / 60 % 60, 2);
}

std::optional<GoTime> GoTime::parseRfc3339(const QString &text)
{
    // 2006-01-02T15:04:05[.fraction](Z|±07:00)
    const auto digits = [&text](qsizetype at, int count, qint64 &out) {
        if (at + count > text.size())
            return false;
        out = 0;
        for (int i = 0; i < count; ++i) {
            const QChar ch = text.at(at + i);
            if (ch < u'0' || ch > u'9')
                return false;
            out = out * 10 + (ch.unicode() - u'0');
        }
        return true;
    };
    const auto is = [&text](qsizetype at, char16_t ch) {
        return at < text.size() && text.at(at) == ch;
    };
    qint64 year, month, day, hour, minute, second;
    if (!digits(0, 4, year) || !is(4, u'-') || !digits(5, 2, month) || !is(7, u'-') ||
        !digits(8, 2, day) || !is(10, u'T') || !digits(11, 2, hour) || !is(13, u':') ||
        !digits(14, 2, minute) || !is(16, u':') || !digits(17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, int(month)) || hour > 23 ||
        minute > 59 || second > 59)
        return std::nullopt;
    qsizetype at = 19;
    int nanos = 0;
    if (is(at, u'.') || is(at, u',')) {
        ++at;
        int count = 0;
        while (at < text.size() && text.at(at) >= u'0' && text.at(at) <= u'9') {
            if (count < 9)
                nanos = nanos * 10 + (text.at(at).unicode() - u'0');
            ++count;
            ++at;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 9; ++i)
            nanos *= 10;
    }
    int offset = 0;
    if (is(at, u'Z')) {
        ++at;
    } else if (is(at, u'+') || is(at, u'-')) {
        const bool negative = is(at, u'-');
        qint64 oh, om;
        if (!digits(at + 1, 2, oh) || !is(at + 3, u':') || !digits(at + 4, 2, om))
            return std::nullopt;
        if (oh > 23 || om > 59)
            return std::nullopt;
        offset = int(oh * 3600 + om * 60) * (negative ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    const qint64 local =
        daysFromCivil(year, int(month), int(day)) * 86400 + hour * 3600 + minute * 60 + second;
    return GoTime(local - offset, nanos, offset);
}

} // namespace Hb::Analytics
