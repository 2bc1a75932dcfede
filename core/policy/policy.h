// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/policy/apilimit.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string_view>

namespace Hb::Api {
class JsonFieldReader;
}

namespace Hb::Policy {

// Tyk's policy partitions (user.PolicyPartitions).
struct Partitions
{
    bool quota = false;
    bool rateLimit = false;
    bool complexity = false;
    bool acl = false;
    bool perApi = false;
    // Tyk's PolicyPartitions.Enabled: any partition except per_api.
    bool enabled() const { return quota || rateLimit || complexity || acl; }
};

// A Tyk policy (Tyk: user/policy.go, Policy) kept as the JSON it
// was loaded from, like SessionState, so fields Hookbench does not interpret survive (the
// Gateway API shows them). Immutable in practice: policies are loaded, then only read.
class Policy
{
public:
    Policy() = default;
    explicit Policy(nlohmann::json data);

    const nlohmann::json &json() const { return m_data; }

    QString id() const;
    void setId(const QString &id);
    QString name() const;
    QString orgId() const;
    // Root rate, per, throttle, depth and quota numbers (Tyk's Policy.APILimit()).
    ApiLimit limit() const;
    // `access_rights` as an object ({} when absent).
    const nlohmann::json &accessRights() const;
    Partitions partitions() const;
    const nlohmann::json &metaData() const; // {} when absent
    QStringList tags() const;
    bool isInactive() const;
    bool hmacEnabled() const;
    bool enableHttpSignatureValidation() const;
    QString lastUpdated() const;
    qint64 keyExpiresIn() const;
    QString postExpiryAction() const;
    qint64 postExpiryGracePeriod() const;

    // Checks the types Go's decoder insists on for the policy at `pointer` of the reader's
    // document; problems are reported to the reader with their line and column.
    static void validate(Api::JsonFieldReader &reader, std::string_view pointer);

private:
    bool flag(const char *key) const;
    QString text(const char *key) const;

    nlohmann::json m_data = nlohmann::json::object();
};

} // namespace Hb::Policy
