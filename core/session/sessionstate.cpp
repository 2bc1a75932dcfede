// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionstate.h"

#include "core/common/jsonnumber.h"

namespace Hb::Session {

namespace {
QString toQString(const nlohmann::json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

qint64 intField(const nlohmann::json &data, const char *key)
{
    const auto it = data.find(key);
    if (it == data.end() || !it->is_number())
        return 0;
    return jsonToInt64(*it);
}

QString stringField(const nlohmann::json &data, const char *key)
{
    const auto it = data.find(key);
    return it == data.end() ? QString() : toQString(*it);
}
} // namespace

QString SessionState::orgId() const
{
    const auto it = m_data.find("org_id");
    return it == m_data.end() ? QString() : toQString(*it);
}

qint64 SessionState::expires() const
{
    const auto it = m_data.find("expires");
    return (it != m_data.end() && it->is_number()) ? jsonToInt64(*it) : 0;
}

bool SessionState::isInactive() const
{
    const auto it = m_data.find("is_inactive");
    return it != m_data.end() && it->is_boolean() && it->get<bool>();
}

bool SessionState::hasAccessRights() const
{
    const auto it = m_data.find("access_rights");
    return it != m_data.end() && it->is_object() && !it->empty();
}

bool SessionState::accessRightFor(const QString &apiId, QStringList *versions) const
{
    const auto rights = m_data.find("access_rights");
    if (rights == m_data.end() || !rights->is_object())
        return false;
    const auto entry = rights->find(apiId.toStdString());
    if (entry == rights->end())
        return false;
    if (versions) {
        versions->clear();
        const auto list = entry->find("versions");
        if (list != entry->end() && list->is_array()) {
            for (const auto &v : *list)
                versions->append(toQString(v));
        }
    }
    return true;
}

QStringList SessionState::policyIds() const
{
    QStringList ids;
    const auto list = m_data.find("apply_policies");
    if (list != m_data.end() && list->is_array()) {
        for (const auto &v : *list)
            ids.append(toQString(v));
    }
    if (ids.isEmpty()) {
        const QString single = stringField(m_data, "apply_policy_id");
        if (!single.isEmpty())
            ids.append(single);
    }
    return ids;
}

QString SessionState::lastUpdated() const
{
    return stringField(m_data, "last_updated");
}

qint64 SessionState::sessionLifetime() const
{
    return intField(m_data, "session_lifetime");
}

QString SessionState::postExpiryAction() const
{
    return stringField(m_data, "post_expiry_action");
}

qint64 SessionState::postExpiryGracePeriod() const
{
    return intField(m_data, "post_expiry_grace_period");
}

} // namespace Hb::Session
