// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Hb::Session {

// A Tyk session (user.SessionState) kept as the JSON Tyk stores in Redis, so fields this
// version does not interpret survive a round trip untouched. Accessors read Tyk's field
// names (Tyk: user/session.go).
class SessionState
{
public:
    SessionState() = default;
    explicit SessionState(nlohmann::json data)
        : m_data(std::move(data))
    {}

    const nlohmann::json &json() const { return m_data; }
    nlohmann::json &json() { return m_data; }

    QString orgId() const;
    qint64 expires() const; // Unix seconds; 0 or negative = never
    bool isInactive() const;
    // True when access_rights names at least one API.
    bool hasAccessRights() const;
    // Whether access_rights has an entry for `apiId`; `versions` receives its version list.
    bool accessRightFor(const QString &apiId, QStringList *versions = nullptr) const;
    // Tyk's PolicyIDs: `apply_policies`, else `[apply_policy_id]` when that is set, else empty.
    QStringList policyIds() const;
    QString lastUpdated() const;      // a string by convention (Unix seconds)
    qint64 sessionLifetime() const;   // session_lifetime: TTL seconds for this key; <= 0 = unset
    QString postExpiryAction() const; // "", "retain" or "delete"
    qint64 postExpiryGracePeriod() const; // seconds; -1 = forever

    bool operator==(const SessionState &other) const { return m_data == other.m_data; }

private:
    nlohmann::json m_data = nlohmann::json::object();
};

} // namespace Hb::Session
