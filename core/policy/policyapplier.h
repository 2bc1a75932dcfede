// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

namespace Hb::Session {
class SessionState;
}

namespace Hb::Policy {

class PolicyStore;

// Applies a session's policies (`apply_policies`, else `apply_policy_id`) to it with Tyk's
// rules (Tyk: internal/policy/apply.go, Service.Apply). Tyk runs this
// on every session read, so policy edits reach stored keys at once; a session without
// policies still passes through it (its per-API limits get their allowance scope).
// Stateless apart from the store it reads; call on any one thread at a time.
class PolicyApplier
{
public:
    // `store` must outlive the applier.
    explicit PolicyApplier(const PolicyStore &store)
        : m_store(store)
    {}

    // Rewrites `session` in place. `apiOrgId` is the org of the API being served: a policy
    // of another org is an error; nullopt skips that check (Tyk's key API). On error the
    // session may be half-applied; callers treat the key as not found.
    Result<void> apply(Session::SessionState &session,
                       const std::optional<QString> &apiOrgId) const;

private:
    const PolicyStore &m_store;
};

} // namespace Hb::Policy
