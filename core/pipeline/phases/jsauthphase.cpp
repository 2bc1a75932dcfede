// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/jsauthphase.h"

#include "core/coprocess/objectbuilder.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/phases/scriptreplyapplier.h"
#include "core/plugin/iplugindriver.h"
#include "core/session/keyhasher.h"

namespace Hb::Pipeline {

JsAuthPhase::JsAuthPhase(const Api::ApiDefinition &api, Api::MiddlewareDefinition definition,
                         PluginHookContext context, const Session::KeyHasher &keyHasher)
    : m_driver(api.customMiddleware.driver)
    , m_baseIdentity(api.baseIdentityProvidedBy)
    , m_definition(std::move(definition))
    , m_context(std::move(context))
    , m_keyHasher(keyHasher)
{}

QString JsAuthPhase::name() const
{
    return QStringLiteral("auth_check:") + m_definition.name;
}

PhaseStatus JsAuthPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    const Plugin::PluginBinding *binding = m_context.binding.get();
    if (!binding || !binding->driver) {
        ex.fail(500, QStringLiteral("middleware error"));
        ex.phaseNote = QStringLiteral("no \"%1\" plugin driver is loaded (enable_jsvm), so "
                                      "auth_check %2 cannot run")
                           .arg(m_driver, m_definition.name);
        return PhaseStatus::Fail;
    }
    if (!binding->module) {
        ex.fail(500, QStringLiteral("Internal Server Error"));
        ex.phaseNote = QStringLiteral("no JS code is loaded for auth_check %1: %2")
                           .arg(m_definition.name, binding->loadError);
        return PhaseStatus::Fail;
    }
    // The JS driver reads the request and session from the call; the Object only names
    // the hook.
    coprocess::Object object;
    object.set_hook_type(coprocess::CustomKeyCheck);
    object.set_hook_name(m_definition.name.toStdString());
    Coprocess::ObjectBuilder::fillSpec(ex.api().definition(), *object.mutable_spec());
    const ScriptReplyApplier::Options options{HookType::CustomKeyCheck, false,
                                              m_context.canonicalHeaderNames,
                                              m_context.rateLimitsMode, m_context.clock};
    binding->driver->call(
        binding->module, PluginHookPhase::makeCall(ex, std::move(object), m_definition),
        [this, done, options](Plugin::HookReply reply) {
            const auto self = done.lock();
            if (!self)
                return;
            Exchange &ex = *self;
            PluginHookPhase::takeLogs(ex, reply.logs);
            if (!reply.object || !reply.script) {
                ex.fail(500, QStringLiteral("Internal Server Error"));
                ex.phaseNote = !reply.object ? reply.object.error().message
                                             : QStringLiteral("the driver gave no JSVM reply");
                if (!reply.object)
                    ex.phaseWhere = reply.object.error().where;
                done(PhaseStatus::Fail);
                return;
            }
            switch (ScriptReplyApplier::applyRequest(ex, reply, options)) {
            case ScriptReplyApplier::Outcome::Respond: done(PhaseStatus::Respond); return;
            case ScriptReplyApplier::Outcome::Fail: done(PhaseStatus::Fail); return;
            case ScriptReplyApplier::Outcome::UrlRejected:
                ex.phaseNote = QStringLiteral("the returned URL did not parse: no session "
                                              "was adopted");
                done(PhaseStatus::Continue);
                return;
            case ScriptReplyApplier::Outcome::Continue: break;
            }
            if (!m_baseIdentity.isEmpty() && m_baseIdentity != u"custom_auth") {
                ex.phaseNote = QStringLiteral("base_identity_provided_by is %1: the session the "
                                              "hook returned is not used")
                                   .arg(m_baseIdentity);
                done(PhaseStatus::Continue);
                return;
            }
            const Plugin::ScriptReply &script = *reply.script;
            ex.session = script.authSession.value_or(Session::SessionState());
            // Tyk's ctxSetSession: the key is AuthValue, else whatever token the request
            // already had; with neither the session is not stored.
            if (!script.authValue.isEmpty()) {
                ex.sessionKey = m_keyHasher.storageKey(script.authValue);
                ex.authToken = script.authValue; // the session's KeyID (mw_js_plugin.go)
            }
            ex.sessionModified = true;
            ex.phaseNote =
                ex.sessionKey.isEmpty()
                    ? QStringLiteral("session adopted for this request only (no "
                                     "AuthValue)")
                    : QStringLiteral("session adopted under key %1").arg(script.authValue);
            done(PhaseStatus::Continue);
        });
    return PhaseStatus::Pause;
}

} // namespace Hb::Pipeline
