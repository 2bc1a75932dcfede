// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/idextractor/idextractor.h"
#include "core/pipeline/iphase.h"
#include "core/pipeline/phases/pluginhookphase.h"
#include "core/session/sessionlifetime.h"

#include <QHash>

#include <optional>

namespace Hb {
class IClock;
}
namespace Hb::Policy {
class PolicyStore;
}
namespace Hb::Session {
class ISessionStore;
class KeyHasher;
class SessionState;
} // namespace Hb::Session

namespace Hb::Pipeline {

class ISessionCacheObserver;

// The coprocess auth_check step (Tyk: gateway/coprocess.go, ProcessRequest): with an ID
// extractor, a stored session whose id_extractor_deadline is still ahead is used without
// calling the plugin; otherwise the plugin decides, and the session it returns (with
// metadata["token"]) becomes the request's session, stored under the extractor key or the
// token, with policies applied and quota counters carried over from the stored session.
class CoprocessAuthPhase final : public IPhase
{
public:
    struct Services
    {
        const IClock &clock;
        Session::ISessionStore &store;
        const Policy::PolicyStore &policies;
        const Session::KeyHasher &keyHasher;
        ISessionCacheObserver *cache = nullptr; // told about every extractor decision
        // tyk.conf's lifetime settings (the API's own is read from the definition).
        Session::SessionLifetimeOptions lifetime = {};
    };

    CoprocessAuthPhase(const Api::ApiDefinition &api, Api::MiddlewareDefinition definition,
                       PluginHookContext context, Services services);
    QString name() const override;
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

    // The extractor this API uses, if any (Tyk: coprocess drivers only).
    const std::optional<IdExtractor::IdExtractor> &extractor() const { return m_extractor; }

private:
    // An extracted id's cache key (Tyk's MD5 + generateToken) and the name it is stored
    // under (hash_keys); remembered, because a cached id comes back on every request.
    struct IdKeys
    {
        QString key;
        QString storageKey;
    };
    const IdKeys &keysFor(const QByteArray &id);

    // Logs the extracted id and the extractor's warnings, and tells the cache observer.
    void traceExtractedId(Exchange &ex, const QByteArray &id, const IdKeys &keys);
    // The stored-session lookup's outcome: a session within its id_extractor_deadline is
    // the request's, anything else is a cache miss that calls the plugin.
    void useStoredOrCallPlugin(Exchange &ex, const PhaseCompletion &done, const IdKeys &keys,
                               Result<std::optional<Session::SessionState>> stored);
    // Makes `stored` the request's session when its policies apply and its deadline is
    // ahead; otherwise returns why not (the cache miss reason).
    std::optional<QString> useStored(Exchange &ex, Session::SessionState stored,
                                     const QString &storageKey);

    void callPlugin(Exchange &ex, const PhaseCompletion &done, const QString &extractorKey);
    // The hook's reply: applies its request changes and return_overrides, then adopts the
    // session it returned.
    void takeReply(const std::shared_ptr<Exchange> &self, const PhaseCompletion &done,
                   Plugin::HookReply reply, const QByteArray &queryBefore, bool canonical,
                   const QString &extractorKey);
    // Logs until when the plugin's session stays cached under the extractor key.
    void traceExtractorDeadline(Exchange &ex, const Session::SessionState &session,
                                const QString &extractorKey) const;
    void adopt(const std::shared_ptr<Exchange> &self, const PhaseCompletion &done,
               Session::SessionState session, const QString &sessionId, bool fromExtractor);

    QString m_driver;
    QString m_apiId;
    QString m_orgId;
    QString m_baseIdentity;
    Api::MiddlewareDefinition m_definition;
    PluginHookContext m_context;
    Services m_services;
    std::optional<IdExtractor::IdExtractor> m_extractor;
    QHash<QByteArray, IdKeys> m_idKeys; // bounded by keysFor()
};

} // namespace Hb::Pipeline
