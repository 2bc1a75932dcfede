// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/apilimit.h"

#include "core/common/jsonnumber.h"

#include <cmath>

namespace Hb::Policy {

namespace {
double readDouble(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

qint64 readInt(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return 0;
    // A float where Go expects an integer would not decode in Tyk; truncating keeps a
    // hand-written session usable.
    return jsonToInt64(*it);
}

void put(nlohmann::json &object, const char *key, nlohmann::json value, bool isZero)
{
    if (isZero && !object.contains(key))
        return;
    object[key] = std::move(value);
}
} // namespace

nlohmann::json goFloat(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 9.0e15)
        return qint64(value);
    return value;
}

bool jsonFlag(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

std::string jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

ApiLimit ApiLimit::read(const nlohmann::json &object)
{
    ApiLimit l;
    if (!object.is_object())
        return l;
    l.rate = readDouble(object, "rate");
    l.per = readDouble(object, "per");
    l.throttleInterval = readDouble(object, "throttle_interval");
    l.throttleRetryLimit = readInt(object, "throttle_retry_limit");
    l.maxQueryDepth = readInt(object, "max_query_depth");
    l.quotaMax = readInt(object, "quota_max");
    l.quotaRenews = readInt(object, "quota_renews");
    l.quotaRemaining = readInt(object, "quota_remaining");
    l.quotaRenewalRate = readInt(object, "quota_renewal_rate");
    if (const auto it = object.find("smoothing"); it != object.end())
        l.smoothing = *it;
    return l;
}

void ApiLimit::write(nlohmann::json &object) const
{
    if (!object.is_object())
        object = nlohmann::json::object();
    put(object, "rate", goFloat(rate), rate == 0);
    put(object, "per", goFloat(per), per == 0);
    put(object, "throttle_interval", goFloat(throttleInterval), throttleInterval == 0);
    put(object, "throttle_retry_limit", throttleRetryLimit, throttleRetryLimit == 0);
    put(object, "max_query_depth", maxQueryDepth, maxQueryDepth == 0);
    put(object, "quota_max", quotaMax, quotaMax == 0);
    put(object, "quota_renews", quotaRenews, quotaRenews == 0);
    put(object, "quota_remaining", quotaRemaining, quotaRemaining == 0);
    put(object, "quota_renewal_rate", quotaRenewalRate, quotaRenewalRate == 0);
    put(object, "smoothing", smoothing, smoothing.is_null());
}

bool ApiLimit::isEmpty() const
{
    return rate == 0 && per == 0 && throttleInterval == 0 && throttleRetryLimit == 0 &&
           maxQueryDepth == 0 && quotaMax == 0 && quotaRenews == 0 && quotaRemaining == 0 &&
           quotaRenewalRate == 0 && setBy.isEmpty();
}

qint64 ApiLimit::durationNs() const
{
    if (per <= 0 || rate <= 0)
        return 0;
    return qint64(1.0e9 * per / rate);
}

} // namespace Hb::Policy
