// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace Hb::Policy {

// Tyk's user.APILimit: the rate, throttle, depth and quota numbers that a session carries at
// its root, in each access right's `limit`, and that a policy carries at its root. Read from
// and written back to the JSON, so fields this struct does not know stay untouched.
struct ApiLimit
{
    double rate = 0;
    double per = 0;
    double throttleInterval = 0;
    qint64 throttleRetryLimit = 0;
    qint64 maxQueryDepth = 0;
    qint64 quotaMax = 0;
    qint64 quotaRenews = 0;
    qint64 quotaRemaining = 0;
    qint64 quotaRenewalRate = 0;
    nlohmann::json smoothing; // null when unset
    QString setBy;            // transient (Tyk's `json:"-"` SetBy): which policy set it

    // Reads the limit fields of `object` (absent or mistyped fields read as zero).
    static ApiLimit read(const nlohmann::json &object);
    // Writes every field into `object`. A zero is left out when the key is absent, so JSON
    // in Tyk 5.12's "omit zero" shape keeps that shape.
    void write(nlohmann::json &object) const;

    // Tyk's APILimit.IsEmpty (smoothing does not count).
    bool isEmpty() const;
    // Tyk's RateLimit.Duration: nanoseconds between two allowed requests, 0 when rate or per
    // is not positive. Compared as integers, as Go's time.Duration is.
    qint64 durationNs() const;
    // Tyk's emptyRateLimit: rate or per is zero.
    bool rateIsEmpty() const { return rate == 0 || per == 0; }
};

// A JSON number the way Go writes a float64: integral values without a fraction.
nlohmann::json goFloat(double value);
// `object[key]` when it is a boolean / string, else false / "" (never throws: session JSON
// comes from plugins and files).
bool jsonFlag(const nlohmann::json &object, const char *key);
std::string jsonString(const nlohmann::json &object, const char *key);

} // namespace Hb::Policy
