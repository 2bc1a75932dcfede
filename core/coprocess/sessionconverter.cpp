// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/sessionconverter.h"

#include "core/common/jsonnumber.h"

namespace Hb::Coprocess {

namespace {
using nlohmann::json;

std::string str(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

template<typename T>
T num(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return T{};
    if constexpr (std::is_integral_v<T>)
        return T(jsonToInt64(*it)); // a float out of range must not be cast as is
    else
        return it->get<T>();
}

bool flag(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

template<typename Repeated>
void strings(const json &j, const char *key, Repeated *out)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return;
    for (const json &v : *it) {
        if (v.is_string())
            out->Add(v.get<std::string>());
    }
}

template<typename T>
void putIfSet(json &j, const char *key, const T &value)
{
    if (value != T{})
        j[key] = value;
}

template<typename Repeated>
void putStrings(json &j, const char *key, const Repeated &values)
{
    if (values.empty())
        return;
    json list = json::array();
    for (const auto &v : values)
        list.push_back(v);
    j[key] = std::move(list);
}
} // namespace

coprocess::SessionState SessionConverter::toProto(const Session::SessionState &session,
                                                  const QString &keyId)
{
    const json &j = session.json();
    coprocess::SessionState p;
    p.set_last_check(num<qint64>(j, "last_check"));
    p.set_allowance(num<double>(j, "allowance"));
    p.set_rate(num<double>(j, "rate"));
    p.set_per(num<double>(j, "per"));
    p.set_expires(num<qint64>(j, "expires"));
    p.set_quota_max(num<qint64>(j, "quota_max"));
    p.set_quota_renews(num<qint64>(j, "quota_renews"));
    p.set_quota_remaining(num<qint64>(j, "quota_remaining"));
    p.set_quota_renewal_rate(num<qint64>(j, "quota_renewal_rate"));
    if (const auto rights = j.find("access_rights"); rights != j.end() && rights->is_object()) {
        for (auto it = rights->begin(); it != rights->end(); ++it) {
            coprocess::AccessDefinition def;
            def.set_api_name(str(*it, "api_name"));
            def.set_api_id(str(*it, "api_id"));
            strings(*it, "versions", def.mutable_versions());
            if (const auto urls = it->find("allowed_urls"); urls != it->end() && urls->is_array()) {
                for (const json &u : *urls) {
                    coprocess::AccessSpec *spec = def.add_allowed_urls();
                    spec->set_url(str(u, "url"));
                    strings(u, "methods", spec->mutable_methods());
                }
            }
            (*p.mutable_access_rights())[it.key()] = std::move(def);
        }
    }
    p.set_org_id(str(j, "org_id"));
    p.set_oauth_client_id(str(j, "oauth_client_id"));
    if (const auto keys = j.find("oauth_keys"); keys != j.end() && keys->is_object()) {
        for (auto it = keys->begin(); it != keys->end(); ++it)
            if (it->is_string())
                (*p.mutable_oauth_keys())[it.key()] = it->get<std::string>();
    }
    // Tyk always sends these three sub-messages, empty or not.
    const json basic = j.value("basic_auth_data", json::object());
    p.mutable_basic_auth_data()->set_password(str(basic, "password"));
    p.mutable_basic_auth_data()->set_hash(str(basic, "hash_type"));
    p.mutable_jwt_data()->set_secret(str(j.value("jwt_data", json::object()), "secret"));
    const json monitor = j.value("monitor", json::object());
    if (const auto limits = monitor.find("trigger_limits");
        limits != monitor.end() && limits->is_array()) {
        for (const json &v : *limits)
            if (v.is_number())
                p.mutable_monitor()->add_trigger_limits(v.get<double>());
    }
    p.mutable_monitor();
    p.set_hmac_enabled(flag(j, "hmac_enabled"));
    p.set_hmac_secret(str(j, "hmac_string"));
    p.set_is_inactive(flag(j, "is_inactive"));
    p.set_apply_policy_id(str(j, "apply_policy_id"));
    strings(j, "apply_policies", p.mutable_apply_policies());
    p.set_data_expires(num<qint64>(j, "data_expires"));
    if (const auto meta = j.find("meta_data"); meta != j.end() && meta->is_object()) {
        for (auto it = meta->begin(); it != meta->end(); ++it)
            (*p.mutable_metadata())[it.key()] =
                it->is_string() ? it->get<std::string>() : it->dump();
    }
    p.set_enable_detailed_recording(flag(j, "enable_detailed_recording") ||
                                    flag(j, "enable_detail_recording"));
    strings(j, "tags", p.mutable_tags());
    p.set_alias(str(j, "alias"));
    p.set_last_updated(str(j, "last_updated"));
    p.set_id_extractor_deadline(num<qint64>(j, "id_extractor_deadline"));
    p.set_session_lifetime(num<qint64>(j, "session_lifetime"));
    p.set_post_expiry_action(str(j, "post_expiry_action"));
    p.set_post_expiry_grace_period(num<qint64>(j, "post_expiry_grace_period"));
    p.set_key_id(keyId.toStdString());
    return p;
}

namespace {
// One access right as Tyk stores the session a plugin returned.
json accessRightJson(const coprocess::AccessDefinition &def)
{
    json r = json::object();
    r["api_name"] = def.api_name();
    r["api_id"] = def.api_id();
    json versions = json::array();
    for (const std::string &v : def.versions())
        versions.push_back(v);
    r["versions"] = def.versions().empty() ? json() : versions;
    // Tyk's TykSessionState sizes the list with N empty entries and then appends the N real
    // ones (gateway/coprocess_helpers.go); the stored JSON shows both.
    json urls = json::array();
    for (int i = 0; i < def.allowed_urls_size(); ++i)
        urls.push_back({{"url", ""}, {"methods", nullptr}});
    for (const coprocess::AccessSpec &spec : def.allowed_urls()) {
        json methods = json::array();
        for (const std::string &m : spec.methods())
            methods.push_back(m);
        urls.push_back(
            {{"url", spec.url()}, {"methods", spec.methods().empty() ? json() : methods}});
    }
    r["allowed_urls"] = std::move(urls);
    return r;
}
} // namespace

Session::SessionState SessionConverter::fromProto(const coprocess::SessionState &p)
{
    json j = json::object();
    putIfSet(j, "last_check", qint64(p.last_check()));
    putIfSet(j, "allowance", p.allowance());
    putIfSet(j, "rate", p.rate());
    putIfSet(j, "per", p.per());
    putIfSet(j, "max_query_depth", qint64(p.max_query_depth()));
    putIfSet(j, "expires", qint64(p.expires()));
    putIfSet(j, "quota_max", qint64(p.quota_max()));
    putIfSet(j, "quota_renews", qint64(p.quota_renews()));
    putIfSet(j, "quota_remaining", qint64(p.quota_remaining()));
    putIfSet(j, "quota_renewal_rate", qint64(p.quota_renewal_rate()));
    if (!p.access_rights().empty()) {
        json rights = json::object();
        for (const auto &[apiId, def] : p.access_rights())
            rights[apiId] = accessRightJson(def);
        j["access_rights"] = std::move(rights);
    }
    putIfSet(j, "org_id", p.org_id());
    putIfSet(j, "oauth_client_id", p.oauth_client_id());
    if (!p.oauth_keys().empty()) {
        json keys = json::object();
        for (const auto &[k, v] : p.oauth_keys())
            keys[k] = v;
        j["oauth_keys"] = std::move(keys);
    }
    putIfSet(j, "certificate", p.certificate());
    if (p.has_basic_auth_data() &&
        (!p.basic_auth_data().password().empty() || !p.basic_auth_data().hash().empty()))
        j["basic_auth_data"] = {{"password", p.basic_auth_data().password()},
                                {"hash_type", p.basic_auth_data().hash()}};
    if (p.has_jwt_data() && !p.jwt_data().secret().empty())
        j["jwt_data"] = {{"secret", p.jwt_data().secret()}};
    if (p.has_monitor() && p.monitor().trigger_limits_size() > 0) {
        json limits = json::array();
        for (double v : p.monitor().trigger_limits())
            limits.push_back(v);
        j["monitor"] = {{"trigger_limits", limits}};
    }
    putIfSet(j, "hmac_enabled", p.hmac_enabled());
    putIfSet(j, "hmac_string", p.hmac_secret());
    putIfSet(j, "is_inactive", p.is_inactive());
    putIfSet(j, "apply_policy_id", p.apply_policy_id());
    putStrings(j, "apply_policies", p.apply_policies());
    putIfSet(j, "data_expires", qint64(p.data_expires()));
    if (!p.metadata().empty()) {
        json meta = json::object();
        for (const auto &[k, v] : p.metadata())
            meta[k] = v;
        j["meta_data"] = std::move(meta);
    }
    putIfSet(j, "enable_detailed_recording", p.enable_detailed_recording());
    putStrings(j, "tags", p.tags());
    putIfSet(j, "alias", p.alias());
    putIfSet(j, "last_updated", p.last_updated());
    putIfSet(j, "id_extractor_deadline", qint64(p.id_extractor_deadline()));
    putIfSet(j, "session_lifetime", qint64(p.session_lifetime()));
    putIfSet(j, "post_expiry_action", p.post_expiry_action());
    putIfSet(j, "post_expiry_grace_period", qint64(p.post_expiry_grace_period()));
    return Session::SessionState(std::move(j));
}

} // namespace Hb::Coprocess
