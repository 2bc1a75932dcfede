// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/policy.h"

#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"

namespace Hb::Policy {

namespace {
const nlohmann::json &emptyObject()
{
    static const nlohmann::json empty = nlohmann::json::object();
    return empty;
}
} // namespace

Policy::Policy(nlohmann::json data)
    : m_data(std::move(data))
{
    if (!m_data.is_object())
        m_data = nlohmann::json::object();
}

bool Policy::flag(const char *key) const
{
    const auto it = m_data.find(key);
    return it != m_data.end() && it->is_boolean() && it->get<bool>();
}

QString Policy::text(const char *key) const
{
    const auto it = m_data.find(key);
    return it != m_data.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

QString Policy::id() const
{
    return text("id");
}
void Policy::setId(const QString &id)
{
    m_data["id"] = id.toStdString();
}
QString Policy::name() const
{
    return text("name");
}
QString Policy::orgId() const
{
    return text("org_id");
}
ApiLimit Policy::limit() const
{
    return ApiLimit::read(m_data);
}

const nlohmann::json &Policy::accessRights() const
{
    const auto it = m_data.find("access_rights");
    return it != m_data.end() && it->is_object() ? *it : emptyObject();
}

Partitions Policy::partitions() const
{
    Partitions p;
    const auto it = m_data.find("partitions");
    if (it == m_data.end() || !it->is_object())
        return p;
    auto get = [&](const char *key) {
        const auto v = it->find(key);
        return v != it->end() && v->is_boolean() && v->get<bool>();
    };
    p.quota = get("quota");
    p.rateLimit = get("rate_limit");
    p.complexity = get("complexity");
    p.acl = get("acl");
    p.perApi = get("per_api");
    return p;
}

const nlohmann::json &Policy::metaData() const
{
    const auto it = m_data.find("meta_data");
    return it != m_data.end() && it->is_object() ? *it : emptyObject();
}

QStringList Policy::tags() const
{
    QStringList out;
    const auto it = m_data.find("tags");
    if (it != m_data.end() && it->is_array()) {
        for (const auto &t : *it) {
            if (t.is_string())
                out.append(QString::fromStdString(t.get<std::string>()));
        }
    }
    return out;
}

bool Policy::isInactive() const
{
    return flag("is_inactive");
}
bool Policy::hmacEnabled() const
{
    return flag("hmac_enabled");
}
bool Policy::enableHttpSignatureValidation() const
{
    return flag("enable_http_signature_validation");
}
QString Policy::lastUpdated() const
{
    return text("last_updated");
}
QString Policy::postExpiryAction() const
{
    return text("post_expiry_action");
}

qint64 Policy::keyExpiresIn() const
{
    const auto it = m_data.find("key_expires_in");
    return it != m_data.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

qint64 Policy::postExpiryGracePeriod() const
{
    const auto it = m_data.find("post_expiry_grace_period");
    return it != m_data.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

void Policy::validate(Api::JsonFieldReader &r, std::string_view pointer)
{
    using Api::JsonLocator;
    const auto at = [pointer](std::string_view key) { return JsonLocator::child(pointer, key); };
    QString s;
    double d = 0;
    qint64 i = 0;
    bool b = false;
    for (const char *key : {"id", "name", "org_id", "last_updated", "post_expiry_action"})
        r.readString(at(key), s);
    for (const char *key : {"rate", "per", "throttle_interval"})
        r.readDouble(at(key), d);
    for (const char *key : {"quota_max", "quota_renewal_rate", "throttle_retry_limit",
                            "max_query_depth", "key_expires_in", "post_expiry_grace_period"})
        r.readInt(at(key), i);
    for (const char *key :
         {"hmac_enabled", "enable_http_signature_validation", "active", "is_inactive"})
        r.readBool(at(key), b);
    QList<QString> tags;
    r.readStringList(at("tags"), tags);
    r.readObject(at("meta_data"));
    if (r.readObject(at("partitions"))) {
        for (const char *key : {"quota", "rate_limit", "complexity", "acl", "per_api"})
            r.readBool(JsonLocator::child(at("partitions"), key), b);
    }
    const nlohmann::json *rights = r.readObject(at("access_rights"));
    if (!rights)
        return;
    for (const auto &[apiId, right] : rights->items()) {
        const std::string rp = JsonLocator::child(at("access_rights"), apiId);
        if (!r.readObject(rp))
            continue;
        QList<QString> versions;
        r.readStringList(JsonLocator::child(rp, "versions"), versions);
        r.readArray(JsonLocator::child(rp, "allowed_urls"));
        r.readString(JsonLocator::child(rp, "allowance_scope"), s);
        const std::string lp = JsonLocator::child(rp, "limit");
        if (r.readObject(lp)) {
            for (const char *key : {"rate", "per", "throttle_interval"})
                r.readDouble(JsonLocator::child(lp, key), d);
            for (const char *key : {"quota_max", "quota_renewal_rate", "quota_renews",
                                    "quota_remaining", "throttle_retry_limit", "max_query_depth"})
                r.readInt(JsonLocator::child(lp, key), i);
        }
    }
}

} // namespace Hb::Policy
