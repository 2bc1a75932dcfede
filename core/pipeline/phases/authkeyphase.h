// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"

namespace Hb::Policy {
class PolicyStore;
}
namespace Hb::Session {
class ISessionStore;
class KeyHasher;
} // namespace Hb::Session

namespace Hb::Pipeline {

// Tyk's standard token auth (AuthKey): reads the key from the configured header (then the
// query parameter and cookie when enabled), strips a "Bearer " prefix and looks the session
// up in the store, then applies its policies as Tyk does on every session read
// (Tyk: gateway/middleware.go, CheckSessionAndIdentityForValidKey). Missing key → 401
// "Authorization field missing"; unknown key, or a policy that cannot be applied → 403 "Access to
// this API has been disallowed".
class AuthKeyPhase final : public IPhase
{
public:
    // `policies` is the engine's current policy set; it must outlive the phase.
    AuthKeyPhase(const Api::ApiDefinition &api, Session::ISessionStore &store,
                 const Policy::PolicyStore &policies, const Session::KeyHasher &keyHasher,
                 int minTokenLength);
    QString name() const override { return QStringLiteral("AuthKey"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

    // The credential as Tyk's getAuthToken finds it, before "Bearer " is stripped.
    static QByteArray extractToken(const Api::AuthTokenConfig &config, const Exchange &exchange);

private:
    // Looks the key up under names[index], then the names after it (Tyk's SessionDetail),
    // and finishes the phase with the first session found.
    void lookUp(QStringList names, int index, const PhaseCompletion &done);

    Api::AuthTokenConfig m_config;
    QString m_baseIdentity;
    QString m_orgId;
    Session::ISessionStore &m_store;
    const Policy::PolicyStore &m_policies;
    const Session::KeyHasher &m_keyHasher;
    int m_minTokenLength;
};

} // namespace Hb::Pipeline
