// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/policyapplier.h"

#include "core/policy/accessrightmerge.h"
#include "core/policy/apilimit.h"
#include "core/policy/policystore.h"
#include "core/session/sessionstate.h"

#include <map>
#include <set>
#include <string>

namespace Hb::Policy {

namespace {
// Tyk's greaterThanInt64: -1 means unlimited and beats everything.
bool greaterThan(qint64 first, qint64 second)
{
    if (first == -1)
        return true;
    if (second == -1)
        return false;
    return first > second;
}

// One merged access right: its JSON without `limit`, and the limit as numbers (with the
// transient SetBy that Tyk never serialises).
struct Right
{
    nlohmann::json def = nlohmann::json::object();
    ApiLimit limit;

    QString scope() const
    {
        const auto it = def.find("allowance_scope");
        return it != def.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
    }
    void setScope(const QString &scope)
    {
        if (scope.isEmpty())
            def.erase("allowance_scope");
        else
            def["allowance_scope"] = scope.toStdString();
    }
    nlohmann::json field(const char *key) const { return def.value(key, nlohmann::json()); }
    void setList(const char *key, nlohmann::json value)
    {
        // Go's omitempty: a nil or empty list is not written.
        if (value.is_null() || (value.is_array() && value.empty()))
            def.erase(key);
        else
            def[key] = std::move(value);
    }
};

Right rightFromJson(const nlohmann::json &value)
{
    Right r;
    if (!value.is_object())
        return r;
    r.def = value;
    r.def.erase("limit");
    r.limit = ApiLimit::read(value.value("limit", nlohmann::json()));
    return r;
}

nlohmann::json rightToJson(const Right &r)
{
    nlohmann::json out = r.def;
    nlohmann::json limit = nlohmann::json::object();
    r.limit.write(limit);
    if (!limit.empty())
        out["limit"] = limit;
    return out;
}

// State of one application (Tyk's applyStatus plus the values being merged).
class Application
{
public:
    Application(const PolicyStore &store, Session::SessionState &session)
        : m_store(store)
        , m_session(session.json())
        , m_root(ApiLimit::read(m_session))
    {
        const auto rights = m_session.find("access_rights");
        if (rights != m_session.end() && rights->is_object())
            m_sessionRights = *rights;
    }

    Result<void> run(const QStringList &ids, const std::optional<QString> &apiOrgId);

private:
    void clearSession(const QStringList &ids);
    Result<void> applyPerApi(const Policy &policy);
    Result<void> applyPartitions(const Policy &policy);
    // The steps of applyPartitions, one per partition: each merges the policy's part into
    // the access right being built (and raises the session root where Tyk does).
    static void mergeAcl(const nlohmann::json &policyRight, Right &ar);
    void mergeQuota(const ApiLimit &policyLimit, ApiLimit &limit);
    // `mergedEndpoints`: the endpoints earlier policies merged for this API.
    void mergeRateLimit(const ApiLimit &policyLimit, const nlohmann::json &policyRight,
                        const nlohmann::json &mergedEndpoints, Right &ar);
    void mergeComplexity(const ApiLimit &policyLimit, ApiLimit &limit);
    // A "master" policy (no access rights) sets the session root directly.
    void applyMasterPolicy(const ApiLimit &policyLimit, const Partitions &parts,
                           bool usePartitions);
    void applyRateLimits(const ApiLimit &policy, ApiLimit &apiLimit);
    Right applyApiLevelLimits(Right policyAd, const Right &current) const;
    void finishRights();
    void updateRootVars();
    void mergeCommon(const Policy &policy);
    void writeBack(const QStringList &ids);
    // The session's own access right for `apiId` had a non-empty limit: its quota_renews.
    std::optional<ApiLimit> sessionLimit(const std::string &apiId) const;

    const PolicyStore &m_store;
    nlohmann::json &m_session;
    ApiLimit m_root;
    nlohmann::json m_sessionRights = nlohmann::json::object();
    std::map<std::string, Right> m_rights;
    std::set<std::string> m_didQuota, m_didRateLimit, m_didAcl, m_didComplexity;
    bool m_didPerApi = false;
    bool m_didPartition = false;
    QStringList m_tags;
    bool m_inactive = false;
    bool m_hmac = false;
    bool m_httpSignature = false;
};

const Error mixedError()
{
    return makeError(
        ErrorCode::InvalidInput,
        QStringLiteral(
            "cannot apply multiple policies when some have per_api set and some are partitioned"));
}

std::optional<ApiLimit> Application::sessionLimit(const std::string &apiId) const
{
    const auto it = m_sessionRights.find(apiId);
    if (it == m_sessionRights.end() || !it->is_object())
        return std::nullopt;
    const ApiLimit limit = ApiLimit::read(it->value("limit", nlohmann::json()));
    if (limit.isEmpty())
        return std::nullopt;
    return limit;
}

void Application::clearSession(const QStringList &ids)
{
    // Tyk's ClearSession: zero what the policies govern so a policy's lower value can win.
    // It stops at the first unknown id, leaving later policies' aspects as they were.
    for (const QString &id : ids) {
        const Policy *policy = m_store.find(id);
        if (!policy)
            return;
        const Partitions p = policy->partitions();
        const bool all = !(p.quota || p.rateLimit || p.acl || p.complexity);
        if (p.quota || all) {
            m_root.quotaMax = 0;
            m_root.quotaRemaining = 0;
        }
        if (p.rateLimit || all) {
            m_root.rate = 0;
            m_root.per = 0;
            m_root.smoothing = nullptr;
            m_root.throttleRetryLimit = 0;
            m_root.throttleInterval = 0;
        }
        if (p.complexity || all)
            m_root.maxQueryDepth = 0;
    }
}

void Application::applyRateLimits(const ApiLimit &policy, ApiLimit &apiLimit)
{
    if (policy.rateIsEmpty())
        return;
    // The rate that allows more requests (shorter time between two) wins.
    if (apiLimit.rateIsEmpty() || apiLimit.durationNs() > policy.durationNs()) {
        apiLimit.rate = policy.rate;
        apiLimit.per = policy.per;
        apiLimit.smoothing = policy.smoothing;
    }
    if (m_root.rateIsEmpty() || m_root.durationNs() > policy.durationNs()) {
        m_root.rate = policy.rate;
        m_root.per = policy.per;
        m_root.smoothing = policy.smoothing;
    }
}

Right Application::applyApiLevelLimits(Right pol, const Right &curr) const
{
    bool updated = false;
    if (pol.limit.durationNs() > curr.limit.durationNs()) {
        pol.limit.rate = curr.limit.rate;
        pol.limit.per = curr.limit.per;
        pol.limit.smoothing = curr.limit.smoothing;
        updated = true;
    }
    if (curr.limit.quotaMax != pol.limit.quotaMax &&
        greaterThan(curr.limit.quotaMax, pol.limit.quotaMax)) {
        pol.limit.quotaMax = curr.limit.quotaMax;
        updated = true;
    }
    if (greaterThan(curr.limit.quotaRenewalRate, pol.limit.quotaRenewalRate))
        pol.limit.quotaRenewalRate = curr.limit.quotaRenewalRate;
    if (pol.limit.quotaMax == -1)
        pol.limit.quotaRenewalRate = 0;
    if (updated) {
        pol.limit.setBy = curr.limit.setBy;
        pol.setScope(curr.scope());
    }
    pol.setList("endpoints",
                AccessRightMerge::endpoints(pol.field("endpoints"), curr.field("endpoints")));
    return pol;
}

Result<void> Application::applyPerApi(const Policy &policy)
{
    if (m_didPartition)
        return mixedError();
    for (const auto &[apiId, value] : policy.accessRights().items()) {
        Right ar = rightFromJson(value);
        QString idForScope = QString::fromStdString(apiId);
        if (ar.limit.isEmpty()) {
            // No limit of its own: the policy's root limits, counted under the policy id.
            idForScope = policy.id();
            ar.limit = policy.limit();
        }
        ar.setScope(idForScope);
        ar.limit.setBy = idForScope;
        if (const auto existing = sessionLimit(apiId))
            ar.limit.quotaRenews = existing->quotaRenews;
        const auto own = m_sessionRights.find(apiId);
        if (own != m_sessionRights.end() && own->is_object() &&
            jsonFlag(*own, "disable_introspection"))
            ar.def["disable_introspection"] = true;
        if (const auto it = m_rights.find(apiId); it != m_rights.end())
            ar = applyApiLevelLimits(ar, it->second);
        m_rights[apiId] = ar;
        m_didAcl.insert(apiId);
        m_didQuota.insert(apiId);
        m_didRateLimit.insert(apiId);
        m_didComplexity.insert(apiId);
    }
    if (!policy.accessRights().empty())
        m_didPerApi = true;
    return {};
}

Result<void> Application::applyPartitions(const Policy &policy)
{
    const Partitions parts = policy.partitions();
    const bool usePartitions = parts.enabled();
    if (usePartitions && m_didPerApi)
        return mixedError();
    const ApiLimit pl = policy.limit();
    const nlohmann::json &policyRights = policy.accessRights();
    // Known APIs first, so a later policy's ACL is honoured even if it is not the first.
    for (const auto &[apiId, value] : policyRights.items())
        m_rights.try_emplace(apiId);

    for (const auto &[k, v] : policyRights.items()) {
        // A copy of what earlier policies merged; the policy's own api_name, api_id, limit
        // and allowance_scope are not taken over (Tyk starts from an empty definition).
        Right ar = m_rights[k];
        const nlohmann::json vObj = v.is_object() ? v : nlohmann::json::object();
        if (!usePartitions || parts.acl) {
            m_didAcl.insert(k);
            mergeAcl(vObj, ar);
            ar.limit.setBy = policy.id();
        }
        if (!usePartitions || parts.quota) {
            m_didQuota.insert(k);
            mergeQuota(pl, ar.limit);
        }
        if (!usePartitions || parts.rateLimit) {
            m_didRateLimit.insert(k);
            mergeRateLimit(pl, vObj, m_rights[k].field("endpoints"), ar);
        }
        if (!usePartitions || parts.complexity) {
            m_didComplexity.insert(k);
            mergeComplexity(pl, ar.limit);
        }
        // The quota window the key is in survives re-application.
        if (const auto existing = sessionLimit(k))
            ar.limit.quotaRenews = existing->quotaRenews;
        m_rights[k] = ar;
    }

    if (policyRights.empty())
        applyMasterPolicy(pl, parts, usePartitions);
    m_hmac = m_hmac || policy.hmacEnabled();
    m_httpSignature = m_httpSignature || policy.enableHttpSignatureValidation();
    m_didPartition = usePartitions;
    return {};
}

void Application::mergeAcl(const nlohmann::json &policyRight, Right &ar)
{
    if (jsonFlag(policyRight, "disable_introspection"))
        ar.def["disable_introspection"] = true;
    auto policyField = [&policyRight](const char *key) {
        return policyRight.value(key, nlohmann::json());
    };
    ar.setList("versions",
               AccessRightMerge::unionStrings(ar.field("versions"), policyField("versions")));
    ar.setList("allowed_urls", AccessRightMerge::allowedUrls(ar.field("allowed_urls"),
                                                             policyField("allowed_urls")));
    ar.setList("restricted_types", AccessRightMerge::graphqlTypes(ar.field("restricted_types"),
                                                                  policyField("restricted_types")));
    ar.setList("allowed_types", AccessRightMerge::graphqlTypes(ar.field("allowed_types"),
                                                               policyField("allowed_types")));
    ar.setList("field_access_rights",
               AccessRightMerge::fieldAccessRights(ar.field("field_access_rights"),
                                                   policyField("field_access_rights")));
}

void Application::mergeQuota(const ApiLimit &pl, ApiLimit &limit)
{
    if (greaterThan(pl.quotaMax, limit.quotaMax)) {
        limit.quotaMax = pl.quotaMax;
        if (greaterThan(pl.quotaMax, m_root.quotaMax))
            m_root.quotaMax = pl.quotaMax;
    }
    if (pl.quotaRenewalRate > limit.quotaRenewalRate) {
        limit.quotaRenewalRate = pl.quotaRenewalRate;
        if (pl.quotaRenewalRate > m_root.quotaRenewalRate)
            m_root.quotaRenewalRate = pl.quotaRenewalRate;
    }
}

void Application::mergeRateLimit(const ApiLimit &pl, const nlohmann::json &policyRight,
                                 const nlohmann::json &mergedEndpoints, Right &ar)
{
    applyRateLimits(pl, ar.limit);
    ar.setList("endpoints", AccessRightMerge::endpoints(
                                policyRight.value("endpoints", nlohmann::json()), mergedEndpoints));
    if (pl.throttleRetryLimit > ar.limit.throttleRetryLimit) {
        ar.limit.throttleRetryLimit = pl.throttleRetryLimit;
        m_root.throttleRetryLimit = std::max(m_root.throttleRetryLimit, pl.throttleRetryLimit);
    }
    if (pl.throttleInterval > ar.limit.throttleInterval) {
        ar.limit.throttleInterval = pl.throttleInterval;
        m_root.throttleInterval = std::max(m_root.throttleInterval, pl.throttleInterval);
    }
}

void Application::mergeComplexity(const ApiLimit &pl, ApiLimit &limit)
{
    if (greaterThan(pl.maxQueryDepth, limit.maxQueryDepth)) {
        limit.maxQueryDepth = pl.maxQueryDepth;
        if (greaterThan(pl.maxQueryDepth, m_root.maxQueryDepth))
            m_root.maxQueryDepth = pl.maxQueryDepth;
    }
}

void Application::applyMasterPolicy(const ApiLimit &pl, const Partitions &parts, bool usePartitions)
{
    if (!usePartitions || parts.rateLimit) {
        m_root.rate = pl.rate;
        m_root.per = pl.per;
        m_root.smoothing = pl.smoothing;
        m_root.throttleInterval = pl.throttleInterval;
        m_root.throttleRetryLimit = pl.throttleRetryLimit;
    }
    if (!usePartitions || parts.complexity)
        m_root.maxQueryDepth = pl.maxQueryDepth;
    if (!usePartitions || parts.quota) {
        m_root.quotaMax = pl.quotaMax;
        m_root.quotaRenewalRate = pl.quotaRenewalRate;
    }
}

void Application::mergeCommon(const Policy &policy)
{
    m_inactive = m_inactive || policy.isInactive();
    for (const QString &tag : policy.tags()) {
        if (!m_tags.contains(tag))
            m_tags.append(tag);
    }
    const nlohmann::json &meta = policy.metaData();
    if (!meta.empty()) {
        nlohmann::json &target = m_session["meta_data"];
        if (!target.is_object())
            target = nlohmann::json::object();
        for (const auto &[key, value] : meta.items())
            target[key] = value; // the policy wins
    }
    // Plain string comparison, as Go compares the two strings.
    const QString lastUpdated = policy.lastUpdated();
    const auto current = m_session.find("last_updated");
    const QString sessionLast = current != m_session.end() && current->is_string()
                                    ? QString::fromStdString(current->get<std::string>())
                                    : QString();
    if (lastUpdated.toStdString() > sessionLast.toStdString())
        m_session["last_updated"] = lastUpdated.toStdString();
    if (!policy.postExpiryAction().isEmpty())
        m_session["post_expiry_action"] = policy.postExpiryAction().toStdString();
    if (policy.postExpiryGracePeriod() != 0)
        m_session["post_expiry_grace_period"] = policy.postExpiryGracePeriod();
}

void Application::finishRights()
{
    std::set<QString> distinctAcl;
    for (const auto &[apiId, r] : m_rights) {
        if (!r.limit.setBy.isEmpty())
            distinctAcl.insert(r.limit.setBy);
    }
    for (auto it = m_rights.begin(); it != m_rights.end();) {
        const std::string &k = it->first;
        Right &v = it->second;
        // An API seen only through non-ACL partitions is not granted.
        if (!m_didAcl.count(k)) {
            it = m_rights.erase(it);
            continue;
        }
        // Aspects no policy governed for this API are inherited from the session root.
        if (!m_didRateLimit.count(k)) {
            v.limit.rate = m_root.rate;
            v.limit.per = m_root.per;
            v.limit.smoothing = m_root.smoothing;
            v.limit.throttleInterval = m_root.throttleInterval;
            v.limit.throttleRetryLimit = m_root.throttleRetryLimit;
            v.def.erase("endpoints");
        }
        if (!m_didComplexity.count(k))
            v.limit.maxQueryDepth = m_root.maxQueryDepth;
        if (!m_didQuota.count(k)) {
            v.limit.quotaMax = m_root.quotaMax;
            v.limit.quotaRenewalRate = m_root.quotaRenewalRate;
            v.limit.quotaRenews = m_root.quotaRenews;
        }
        if (distinctAcl.size() > 1 && v.scope().isEmpty() && !v.limit.setBy.isEmpty())
            v.setScope(v.limit.setBy);
        v.limit.setBy.clear();
        ++it;
    }
}

void Application::updateRootVars()
{
    // Policies for one single API: mirror its limits onto the root (Tyk's legacy fields).
    if (m_didQuota.size() != 1 || m_didRateLimit.size() != 1 || m_didComplexity.size() != 1)
        return;
    for (const auto &[apiId, v] : m_rights) {
        m_root.rate = v.limit.rate;
        m_root.per = v.limit.per;
        m_root.smoothing = v.limit.smoothing;
        m_root.quotaMax = v.limit.quotaMax;
        m_root.quotaRenews = v.limit.quotaRenews;
        m_root.quotaRenewalRate = v.limit.quotaRenewalRate;
        m_root.maxQueryDepth = v.limit.maxQueryDepth;
    }
}

void Application::writeBack(const QStringList &ids)
{
    if (m_inactive || m_session.contains("is_inactive"))
        m_session["is_inactive"] = m_inactive;
    if (m_hmac)
        m_session["hmac_enabled"] = true;
    if (m_httpSignature)
        m_session["enable_http_signature_validation"] = true;

    // Tyk unions the tags through a Go map (random order); the key's own tags come first here.
    QStringList tags;
    if (const auto it = m_session.find("tags"); it != m_session.end() && it->is_array()) {
        for (const auto &t : *it) {
            if (t.is_string() && !tags.contains(QString::fromStdString(t.get<std::string>())))
                tags.append(QString::fromStdString(t.get<std::string>()));
        }
    }
    for (const QString &t : std::as_const(m_tags)) {
        if (!tags.contains(t))
            tags.append(t);
    }
    if (!tags.isEmpty() || m_session.contains("tags")) {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &t : std::as_const(tags))
            list.push_back(t.toStdString());
        m_session["tags"] = list;
    }

    if (ids.isEmpty()) {
        // Without policies, a per-API limit is counted per API.
        for (auto &[apiId, right] : m_sessionRights.items()) {
            if (right.is_object() &&
                !ApiLimit::read(right.value("limit", nlohmann::json())).isEmpty())
                m_session["access_rights"][apiId]["allowance_scope"] = apiId;
        }
    }
    if (!m_didAcl.empty()) {
        nlohmann::json rights = nlohmann::json::object();
        for (const auto &[apiId, r] : m_rights)
            rights[apiId] = rightToJson(r);
        m_session["access_rights"] = rights;
    }
    m_root.write(m_session);
}

Result<void> Application::run(const QStringList &ids, const std::optional<QString> &apiOrgId)
{
    clearSession(ids);
    // Only the policies decide whether a key with policies is inactive.
    m_inactive = ids.isEmpty() && jsonFlag(m_session, "is_inactive");
    for (const QString &id : ids) {
        const Policy *policy = m_store.find(id);
        if (!policy) {
            if (ids.size() > 1)
                continue;
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("policy not found: \"%1\"").arg(id));
        }
        if (apiOrgId && policy->orgId() != *apiOrgId) {
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral(
                    "attempting to apply policy from different organisation to key, skipping"));
        }
        const Partitions parts = policy->partitions();
        if (parts.perApi && parts.enabled()) {
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("cannot apply policy %1 which has per_api and any of partitions set")
                    .arg(id));
        }
        const Result<void> applied = parts.perApi ? applyPerApi(*policy) : applyPartitions(*policy);
        if (!applied)
            return applied;
        mergeCommon(*policy);
    }
    finishRights();
    updateRootVars();
    writeBack(ids);
    if (m_rights.empty() && !ids.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("key has no valid policies to be applied"));
    return {};
}
} // namespace

Result<void> PolicyApplier::apply(Session::SessionState &session,
                                  const std::optional<QString> &apiOrgId) const
{
    Application application(m_store, session);
    return application.run(session.policyIds(), apiOrgId);
}

} // namespace Hb::Policy
