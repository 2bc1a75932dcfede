// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/pluginhookphase.h"

namespace Hb::Session {
class KeyHasher;
}

namespace Hb::Pipeline {

// Tyk's JSVM auth_check (Tyk: gateway/mw_js_plugin.go, DynamicMiddleware.ProcessRequest):
// the hook gets the request and an empty session, its changes are applied with the JSVM
// rules, its return overrides can refuse the request, and otherwise the Session it returns
// becomes the request's session under the key AuthValue (when base_identity_provided_by is
// custom_auth or empty), marked modified so the runner stores it after this phase. No
// policies are applied, no ID extractor is used, the org is not forced, and an empty
// AuthValue keeps the session for this request only. It runs on ignored endpoints too, as
// Tyk's DynamicMiddleware has no such check.
class JsAuthPhase final : public IPhase
{
public:
    JsAuthPhase(const Api::ApiDefinition &api, Api::MiddlewareDefinition definition,
                PluginHookContext context, const Session::KeyHasher &keyHasher);
    QString name() const override;
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    QString m_driver;
    QString m_baseIdentity;
    Api::MiddlewareDefinition m_definition;
    PluginHookContext m_context;
    const Session::KeyHasher &m_keyHasher;
};

} // namespace Hb::Pipeline
