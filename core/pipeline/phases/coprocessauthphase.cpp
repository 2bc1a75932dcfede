// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/coprocessauthphase.h"

#include "core/common/iclock.h"
#include "core/coprocess/objectbuilder.h"
#include "core/coprocess/requestapplier.h"
#include "core/coprocess/returnoverrides.h"
#include "core/coprocess/sessionconverter.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/isessioncacheobserver.h"
#include "core/pipeline/loadedapi.h"
#include "core/plugin/iplugindriver.h"
#include "core/policy/policyapplier.h"
#include "core/session/isessionstore.h"
#include "core/session/keyhasher.h"
#include "core/session/sessionlifetime.h"

namespace Hb::Pipeline {

namespace {
using nlohmann::json;

// A deadline this far ahead was almost certainly written in milliseconds (Tyk's docs show
// one): Tyk compares it with Unix seconds, so the id stays cached for ~50 000 years.
constexpr qint64 millisecondsThreshold = 100000000000LL; // year 5138 in seconds

// Quota counters Tyk carries from the stored session into the one the plugin returned.
void carryQuota(json &fresh, const json &stored)
{
    for (const char *key : {"quota_renews", "quota_remaining"}) {
        if (stored.contains(key))
            fresh[key] = stored[key];
        else
            fresh.erase(key);
    }
    if (!fresh.contains("access_rights") || !stored.contains("access_rights"))
        return;
    json &rights = fresh["access_rights"];
    const json &old = stored["access_rights"];
    if (!rights.is_object() || !old.is_object())
        return;
    for (auto it = rights.begin(); it != rights.end(); ++it) {
        const auto prev = old.find(it.key());
        if (prev == old.end() || !it->contains("limit") || !(*it)["limit"].is_object() ||
            !prev->contains("limit") || !(*prev)["limit"].is_object())
            continue;
        for (const char *key : {"quota_renews", "quota_remaining"}) {
            if ((*prev)["limit"].contains(key))
                (*it)["limit"][key] = (*prev)["limit"][key];
        }
    }
}

// The coprocess Object for the auth_check hook.
coprocess::Object authCheckObject(const Exchange &ex, const Api::MiddlewareDefinition &definition)
{
    Coprocess::ObjectInputs in;
    in.hookType = coprocess::CustomKeyCheck;
    in.hookName = definition.name;
    in.api = &ex.api().definition();
    in.request = &ex.request;
    in.requestUri = ex.originalRequest().target;
    in.rawBodyOnly = definition.rawBodyOnly;
    return Coprocess::ObjectBuilder::build(in);
}

// The object-level metadata map joins the session's (object-level wins), then the token is
// read from it (Tyk: gateway/coprocess.go, CoProcessMiddleware.ProcessRequest). Empty without a
// session or a token.
std::string mergeMetadataAndReadToken(coprocess::Object &returned)
{
    if (!returned.has_session())
        return {};
    for (const auto &[k, v] : returned.metadata())
        (*returned.mutable_session()->mutable_metadata())[k] = v;
    return PluginHookPhase::returnedToken(returned);
}

// The request's auth value as Tyk's getAuthToken(coprocess) reads it for AuthFailure events:
// auth_configs.coprocess names the header, Authorization by default. Hookbench reads the default
// header only.
QString coprocessAuthValue(const Exchange &ex)
{
    return QString::fromUtf8(ex.request.headers.value("Authorization"));
}

// The hook's return_overrides answer the request: an error reply fails the phase, any other
// reply is written as it is.
PhaseStatus answerOverride(Exchange &ex, const Coprocess::ReturnOverrideDecision &decision)
{
    if (decision.kind == Coprocess::ReturnOverrideDecision::Kind::ErrorReply) {
        ex.errorHeaders = decision.headers;
        ex.fail(decision.code, decision.message);
        ex.phaseNote = QStringLiteral("return_overrides: error reply %1").arg(decision.code);
        return PhaseStatus::Fail;
    }
    PluginHookPhase::writeRawReply(ex, decision.code, decision.headers, decision.body);
    ex.phaseNote = QStringLiteral("return_overrides: reply %1").arg(decision.code);
    return PhaseStatus::Respond;
}
} // namespace

CoprocessAuthPhase::CoprocessAuthPhase(const Api::ApiDefinition &api,
                                       Api::MiddlewareDefinition definition,
                                       PluginHookContext context, Services services)
    : m_driver(api.customMiddleware.driver)
    , m_apiId(api.apiId)
    , m_orgId(api.orgId)
    , m_baseIdentity(api.baseIdentityProvidedBy)
    , m_definition(std::move(definition))
    , m_context(std::move(context))
    , m_services(services)
{
    m_services.lifetime.apiSessionLifetime = api.sessionLifetime;
    m_services.lifetime.respectKeyExpiration =
        m_services.lifetime.respectKeyExpiration || api.sessionLifetimeRespectsKeyExpiration;
    // Only coprocess drivers use the extractor (Tyk: gateway/coprocess.go, getIDExtractor).
    const QString &d = m_driver;
    if (d == u"python" || d == u"grpc" || d == u"lua")
        m_extractor = IdExtractor::IdExtractor::create(api.customMiddleware.idExtractor);
}

QString CoprocessAuthPhase::name() const
{
    return QStringLiteral("auth_check:") + m_definition.name;
}

PhaseStatus CoprocessAuthPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    // Tyk checks the driver first: even an ignored endpoint fails without one (Tyk:
    // CoProcessMiddleware.validateDriver).
    const Plugin::PluginBinding *binding = m_context.binding.get();
    if (!binding || !binding->driver) {
        ex.fail(500, QStringLiteral("Internal Server Error"));
        ex.phaseNote = QStringLiteral("no \"%1\" plugin driver is loaded, so auth_check %2 "
                                      "cannot run")
                           .arg(m_driver, m_definition.name);
        return PhaseStatus::Fail;
    }
    if (ex.endpointIgnored) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    if (!m_extractor) {
        callPlugin(ex, done, QString());
        return PhaseStatus::Pause;
    }

    const Result<QByteArray> id = m_extractor->extract(ex.request);
    if (!id) {
        ex.fail(400, QStringLiteral("Authorization field missing"));
        ex.phaseNote = QStringLiteral("ID extractor (%1): %2; the plugin was not called")
                           .arg(m_extractor->describe(), id.error().message);
        return PhaseStatus::Fail;
    }
    const IdKeys &keys = keysFor(*id);
    traceExtractedId(ex, *id, keys);
    // Tyk's CheckSessionAndIdentityForValidKey (through the local session cache); the read
    // in adopt(), after the plugin, is SessionDetail's, straight from the store.
    m_services.store.getForAuth(keys.storageKey,
                                [this, done, keys](Result<std::optional<Session::SessionState>> r) {
                                    const auto self = done.lock();
                                    if (self)
                                        useStoredOrCallPlugin(*self, done, keys, std::move(r));
                                });
    return PhaseStatus::Pause;
}

void CoprocessAuthPhase::traceExtractedId(Exchange &ex, const QByteArray &id, const IdKeys &keys)
{
    // Tyk's surprises (a shared entry, ignored capture groups, ...) on every traced request,
    // so the author sees them where the behaviour shows.
    if (ex.tracing) {
        for (const QString &warning : m_extractor->warnings())
            ex.phaseLogs.append({QStringLiteral("warning"), warning});
        ex.phaseLogs.append({QStringLiteral("extractor"),
                             QStringLiteral("extracted id \"%1\" (%2); cache key %3")
                                 .arg(QString::fromUtf8(id), m_extractor->describe(), keys.key)});
    }
    if (m_services.cache)
        m_services.cache->idExtracted(ex.id(), m_apiId, m_driver, id, keys.key, keys.storageKey);
}

void CoprocessAuthPhase::useStoredOrCallPlugin(Exchange &ex, const PhaseCompletion &done,
                                               const IdKeys &keys,
                                               Result<std::optional<Session::SessionState>> r)
{
    QString reason;
    if (r && r->has_value()) {
        const std::optional<QString> miss = useStored(ex, std::move(**r), keys.storageKey);
        if (!miss) {
            // The cached session's KeyID is the extractor's session id (Tyk:
            // gateway/coprocess_id_extractor.go, ctxSetSession of the previous session).
            ex.authToken = keys.key;
            done(PhaseStatus::Continue);
            return;
        }
        reason = *miss;
    } else {
        reason = r ? QStringLiteral("no session stored under %1").arg(keys.storageKey)
                   : QStringLiteral("session store error: %1").arg(r.error().message);
    }
    ex.phaseLogs.append({QStringLiteral("extractor"), u"cache miss: " + reason});
    if (m_services.cache)
        m_services.cache->cacheMiss(ex.id(), keys.storageKey, reason);
    callPlugin(ex, done, keys.key);
}

std::optional<QString> CoprocessAuthPhase::useStored(Exchange &ex, Session::SessionState stored,
                                                     const QString &storageKey)
{
    // Policies are re-applied on every read; an error makes it "not found".
    const Result<void> applied = Policy::PolicyApplier(m_services.policies).apply(stored, m_orgId);
    const qint64 deadline = stored.json().value("id_extractor_deadline", qint64(0));
    const qint64 now = m_services.clock.nowSecs();
    if (!applied)
        return QStringLiteral("the stored session's policies failed (%1)")
            .arg(applied.error().message);
    if (deadline <= now)
        return QStringLiteral("the deadline passed %1 s ago").arg(now - deadline);
    if (deadline > millisecondsThreshold)
        ex.phaseLogs.append({QStringLiteral("warning"),
                             QStringLiteral("id_extractor_deadline %1 looks like milliseconds; Tyk "
                                            "reads it as Unix seconds, so this id stays cached "
                                            "for good")
                                 .arg(deadline)});
    if (ex.tracing) {
        ex.phaseLogs.append({QStringLiteral("extractor"),
                             QStringLiteral("cache hit: %1 s left before the deadline; the plugin "
                                            "was not called")
                                 .arg(deadline - now)});
        ex.phaseNote = QStringLiteral("cache hit (%1 s left)").arg(deadline - now);
    }
    if (m_services.cache)
        m_services.cache->cacheHit(ex.id(), storageKey, deadline);
    // Tyk rewrites the session on every hit, which slides its TTL when a lifetime applies;
    // without one the write changes nothing, so it is skipped.
    ex.sessionModified = Session::SessionLifetime::ttlSecs(stored, m_services.lifetime, now) > 0;
    ex.session = std::move(stored);
    ex.sessionKey = storageKey;
    return std::nullopt;
}

const CoprocessAuthPhase::IdKeys &CoprocessAuthPhase::keysFor(const QByteArray &id)
{
    constexpr qsizetype maxRemembered = 4096; // distinct ids; then start over
    if (const auto it = m_idKeys.constFind(id); it != m_idKeys.cend())
        return *it;
    if (m_idKeys.size() >= maxRemembered)
        m_idKeys.clear();
    IdKeys keys;
    keys.key =
        IdExtractor::IdExtractor::cacheKey(m_orgId, id, m_services.keyHasher.hashKeyFunction());
    keys.storageKey = m_services.keyHasher.storageKey(keys.key);
    return *m_idKeys.insert(id, std::move(keys));
}

void CoprocessAuthPhase::callPlugin(Exchange &ex, const PhaseCompletion &done,
                                    const QString &extractorKey)
{
    const Plugin::PluginBinding *binding = m_context.binding.get();
    if (!binding->module) {
        ex.fail(403, QStringLiteral("Key not authorised"));
        ex.phaseNote = QStringLiteral("No hooks defined for bundle: %1").arg(binding->loadError);
        done(PhaseStatus::Fail);
        return;
    }
    coprocess::Object object = authCheckObject(ex, m_definition);
    const QByteArray queryBefore = ex.request.query();
    const bool canonical = m_context.canonicalHeaderNames;
    if (!extractorKey.isEmpty()) {
        ex.phaseLogs.append({QStringLiteral("extractor"), QStringLiteral("plugin called")});
        if (m_services.cache)
            m_services.cache->pluginCalled(ex.id(), m_services.keyHasher.storageKey(extractorKey));
    }
    PluginHookPhase::recordSent(ex, object);
    Plugin::HookCall call = PluginHookPhase::coprocessCall(std::move(object));
    call.requester = done.lock();
    binding->driver->call(
        binding->module, std::move(call),
        [this, done, queryBefore, canonical, extractorKey](Plugin::HookReply reply) {
            const auto self = done.lock();
            if (!self)
                return;
            takeReply(self, done, std::move(reply), queryBefore, canonical, extractorKey);
        });
}

void CoprocessAuthPhase::takeReply(const std::shared_ptr<Exchange> &self,
                                   const PhaseCompletion &done, Plugin::HookReply reply,
                                   const QByteArray &queryBefore, bool canonical,
                                   const QString &extractorKey)
{
    Exchange &ex = *self;
    PluginHookPhase::takeLogs(ex, reply.logs);
    PluginHookPhase::recordReturned(ex, reply);
    if (!reply.object) {
        ex.fail(403, QStringLiteral("Key not authorised"));
        ex.phaseNote = reply.object.error().message;
        ex.phaseWhere = reply.object.error().where;
        done(PhaseStatus::Fail);
        return;
    }
    coprocess::Object &returned = *reply.object;
    const Result<void> applied =
        Coprocess::RequestApplier::apply(returned.request(), ex.request, queryBefore, {canonical});
    if (!applied) {
        ex.fail(500, QStringLiteral("Middleware error"));
        ex.phaseNote = applied.error().message;
        done(PhaseStatus::Fail);
        return;
    }
    const std::string token = mergeMetadataAndReadToken(returned);
    // Tyk's AuthFailed (gateway/coprocess.go) fires on an error override, a reply without a
    // session or token (with the request's Authorization value), and unusable policies.
    if (const auto decision =
            Coprocess::ReturnOverrides::decide(returned.request().return_overrides())) {
        if (decision->kind == Coprocess::ReturnOverrideDecision::Kind::ErrorReply)
            ex.fireAuthFailure(QString::fromStdString(token));
        done(answerOverride(ex, *decision));
        return;
    }
    if (!returned.has_session() || token.empty()) {
        ex.fireAuthFailure(coprocessAuthValue(ex));
        ex.fail(403, QStringLiteral("Forbidden"));
        ex.phaseNote =
            QStringLiteral("the auth hook returned no session token: set metadata[\"token\"] (or "
                           "session.metadata[\"token\"]) to authorise the request");
        done(PhaseStatus::Fail);
        return;
    }
    Session::SessionState session = Coprocess::SessionConverter::fromProto(returned.session());
    session.json()["org_id"] = m_orgId.toStdString();
    if (!extractorKey.isEmpty())
        traceExtractorDeadline(ex, session, extractorKey);
    const QString sessionId = extractorKey.isEmpty() ? QString::fromStdString(token) : extractorKey;
    adopt(self, done, std::move(session), sessionId, !extractorKey.isEmpty());
}

void CoprocessAuthPhase::traceExtractorDeadline(Exchange &ex, const Session::SessionState &session,
                                                const QString &extractorKey) const
{
    const qint64 deadline = session.json().value("id_extractor_deadline", qint64(0));
    const qint64 now = m_services.clock.nowSecs();
    ex.phaseLogs.append({QStringLiteral("extractor"),
                         deadline > now
                             ? QStringLiteral("session stored under %1 until deadline %2 (%3 s)")
                                   .arg(extractorKey)
                                   .arg(deadline)
                                   .arg(deadline - now)
                             : QStringLiteral("session stored under %1 without a future "
                                              "id_extractor_deadline: the next request calls the "
                                              "plugin again")
                                   .arg(extractorKey)});
    if (deadline > millisecondsThreshold)
        ex.phaseLogs.append(
            {QStringLiteral("warning"), QStringLiteral("id_extractor_deadline %1 looks like "
                                                       "milliseconds; Tyk reads Unix seconds, so "
                                                       "this id stays cached for good")
                                            .arg(deadline)});
}

void CoprocessAuthPhase::adopt(const std::shared_ptr<Exchange> &self, const PhaseCompletion &done,
                               Session::SessionState session, const QString &sessionId,
                               bool fromExtractor)
{
    Exchange &ex = *self;
    const Policy::PolicyApplier applier(m_services.policies);
    ex.authToken = sessionId;
    if (const Result<void> applied = applier.apply(session, m_orgId); !applied) {
        ex.fireAuthFailure(coprocessAuthValue(ex));
        ex.fail(403, QStringLiteral("Forbidden"));
        ex.phaseNote =
            QStringLiteral("policies of the plugin's session: %1").arg(applied.error().message);
        done(PhaseStatus::Fail);
        return;
    }
    const QString storageKey = m_services.keyHasher.storageKey(sessionId);
    m_services.store.get(storageKey, [this, done, storageKey, fromExtractor,
                                      session = std::move(session)](
                                         Result<std::optional<Session::SessionState>> r) mutable {
        const auto self = done.lock();
        if (!self)
            return;
        Exchange &ex = *self;
        if (r && r->has_value()) {
            carryQuota(session.json(), (*r)->json());
            if (const Result<void> again =
                    Policy::PolicyApplier(m_services.policies).apply(session, m_orgId);
                !again) {
                ex.fireAuthFailure(coprocessAuthValue(ex));
                ex.fail(403, QStringLiteral("Forbidden"));
                ex.phaseNote = again.error().message;
                done(PhaseStatus::Fail);
                return;
            }
        }
        // base_identity_provided_by decides whether this session is the request's.
        if (m_baseIdentity.isEmpty() || m_baseIdentity == u"custom_auth") {
            if (fromExtractor && m_services.cache)
                m_services.cache->sessionStored(
                    ex.id(), storageKey, session.json().value("id_extractor_deadline", qint64(0)));
            ex.session = std::move(session);
            ex.sessionKey = storageKey;
            ex.sessionModified = true;
        }
        done(PhaseStatus::Continue);
    });
}

} // namespace Hb::Pipeline
