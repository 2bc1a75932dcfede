// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/accessrightmerge.h"

#include "core/policy/apilimit.h"

#include <map>
#include <string>
#include <utility>

namespace Hb::Policy {

namespace {
bool isNonEmptyArray(const nlohmann::json &v)
{
    return v.is_array() && !v.empty();
}

std::string stringField(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Tyk's greaterThanInt: -1 means unlimited and beats everything.
bool greaterThan(qint64 first, qint64 second)
{
    if (first == -1)
        return true;
    if (second == -1)
        return false;
    return first > second;
}

using EndpointMap = std::map<std::pair<std::string, std::string>, ApiLimit>; // (path, method)

EndpointMap endpointMap(const nlohmann::json &endpoints)
{
    EndpointMap out;
    if (!endpoints.is_array())
        return out;
    for (const auto &e : endpoints) {
        const auto methods = e.is_object() ? e.find("methods") : e.end();
        if (!e.is_object() || methods == e.end() || !methods->is_array())
            continue;
        for (const auto &m : *methods) {
            const auto limit = m.is_object() ? m.find("limit") : m.end();
            out[{stringField(e, "path"), stringField(m, "name")}] =
                ApiLimit::read(m.is_object() && limit != m.end() ? *limit : nlohmann::json());
        }
    }
    return out;
}

nlohmann::json endpointList(const EndpointMap &map)
{
    if (map.empty())
        return nullptr;
    // Tyk builds this from a Go map (random order); grouping by path in sorted order keeps
    // Hookbench's output stable.
    nlohmann::json out = nlohmann::json::array();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (out.empty() || out.back()["path"] != it->first.first)
            out.push_back({{"path", it->first.first}, {"methods", nlohmann::json::array()}});
        nlohmann::json limit = nlohmann::json::object();
        limit["rate"] = goFloat(it->second.rate);
        limit["per"] = goFloat(it->second.per);
        out.back()["methods"].push_back({{"name", it->first.second}, {"limit", limit}});
    }
    return out;
}
} // namespace

nlohmann::json AccessRightMerge::unionStrings(const nlohmann::json &dest, const nlohmann::json &in)
{
    nlohmann::json out = dest.is_array() ? dest : nlohmann::json::array();
    if (!in.is_array())
        return out;
    for (const auto &v : in) {
        if (std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(v);
    }
    return out;
}

nlohmann::json AccessRightMerge::allowedUrls(const nlohmann::json &a, const nlohmann::json &b)
{
    std::vector<std::string> order;
    std::map<std::string, nlohmann::json> methods;
    for (const nlohmann::json *src : {&a, &b}) {
        if (!src->is_array())
            continue;
        for (const auto &spec : *src) {
            const std::string url = stringField(spec, "url");
            const auto m = spec.is_object() ? spec.find("methods") : spec.end();
            const nlohmann::json list = spec.is_object() && m != spec.end() ? *m : nlohmann::json();
            const auto seen = methods.find(url);
            if (seen == methods.end()) {
                methods[url] = list;
                order.push_back(url);
                continue;
            }
            seen->second = unionStrings(seen->second, list);
        }
    }
    if (order.empty())
        return nullptr;
    nlohmann::json out = nlohmann::json::array();
    for (const std::string &url : order)
        out.push_back({{"url", url}, {"methods", methods[url]}});
    return out;
}

nlohmann::json AccessRightMerge::endpoints(const nlohmann::json &policy,
                                           const nlohmann::json &current)
{
    const EndpointMap curr = endpointMap(current);
    if (curr.empty())
        return isNonEmptyArray(policy) ? policy : nlohmann::json();
    EndpointMap result = endpointMap(policy);
    if (result.empty())
        return endpointList(curr);
    for (const auto &[key, currLimit] : curr) {
        const auto it = result.find(key);
        if (it == result.end()) {
            result[key] = currLimit;
            continue;
        }
        const qint64 policyDur = it->second.durationNs();
        const qint64 currDur = currLimit.durationNs();
        if (policyDur > currDur || (policyDur == currDur && currLimit.rate > it->second.rate))
            it->second = currLimit;
    }
    return endpointList(result);
}

nlohmann::json AccessRightMerge::graphqlTypes(const nlohmann::json &dest, const nlohmann::json &in)
{
    if (!isNonEmptyArray(dest))
        return in;
    nlohmann::json out = dest;
    if (!in.is_array())
        return out;
    for (const auto &type : in) {
        if (!type.is_object())
            continue;
        bool found = false;
        for (auto &existing : out) {
            if (existing.is_object() &&
                stringField(existing, "name") == stringField(type, "name")) {
                existing["fields"] = unionStrings(existing.value("fields", nlohmann::json()),
                                                  type.value("fields", nlohmann::json()));
                found = true;
                break;
            }
        }
        if (!found)
            out.push_back(type);
    }
    return out;
}

nlohmann::json AccessRightMerge::fieldAccessRights(const nlohmann::json &dest,
                                                   const nlohmann::json &in)
{
    if (!isNonEmptyArray(dest))
        return in;
    nlohmann::json out = dest;
    if (!in.is_array())
        return out;
    auto depth = [](const nlohmann::json &far) -> qint64 {
        const auto limits = far.find("limits");
        if (limits == far.end() || !limits->is_object())
            return 0;
        const auto d = limits->find("max_query_depth");
        return d != limits->end() && d->is_number_integer() ? d->get<qint64>() : 0;
    };
    for (const auto &far : in) {
        if (!far.is_object())
            continue;
        bool exists = false;
        for (auto &existing : out) {
            if (!existing.is_object() ||
                stringField(existing, "type_name") != stringField(far, "type_name") ||
                stringField(existing, "field_name") != stringField(far, "field_name"))
                continue;
            exists = true;
            if (greaterThan(depth(far), depth(existing)))
                existing["limits"]["max_query_depth"] = depth(far);
        }
        if (!exists)
            out.push_back(far);
    }
    return out;
}

} // namespace Hb::Policy
