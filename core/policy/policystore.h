// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/policy/policy.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Hb::Policy {

// The policies a gateway serves, keyed by id (Tyk's policiesByID). An immutable value:
// loaded at start and on reload, then replaced as a whole; copies share their data.
class PolicyStore
{
public:
    PolicyStore() = default;
    // Later policies with the same id replace earlier ones, as Tyk's map does.
    explicit PolicyStore(const QList<Policy> &policies);

    // Null when there is no policy `id`. The pointer lives as long as this store.
    const Policy *find(const QString &id) const;
    QStringList ids() const { return m_policies.keys(); }
    QList<Policy> all() const { return m_policies.values(); }
    int size() const { return int(m_policies.size()); }
    bool isEmpty() const { return m_policies.isEmpty(); }
    // Every policy keyed by id, as Tyk's GET /tyk/policies lists them.
    nlohmann::json toJson() const;

    // policies.policy_record_name: one JSON object keyed by policy id, whose keys replace the
    // inner `id` (Tyk: gateway/policy.go, LoadPoliciesFromFile). Errors carry FILE:LINE:COLUMN.
    static Result<PolicyStore> loadRecordFile(const QString &path);
    static Result<PolicyStore> fromRecordJson(const QByteArray &text, const QString &file);
    // policies.policy_path: every *.json file of the directory is one policy object. Tyk
    // logs and skips a broken file; Hookbench refuses it with its location so the user sees
    // why a policy is missing.
    static Result<PolicyStore> loadDirectory(const QString &path);
    static Result<Policy> policyFromJson(const QByteArray &text, const QString &file);

private:
    QMap<QString, Policy> m_policies; // implicitly shared: copies are cheap
};

} // namespace Hb::Policy
