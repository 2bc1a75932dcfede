// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/authkeyphase.h"

#include "core/pipeline/exchange.h"
#include "core/policy/policyapplier.h"
#include "core/session/isessionstore.h"
#include "core/session/keyhasher.h"

#include <QUrlQuery>

namespace Hb::Pipeline {

namespace {
QByteArray cookieValue(const Http::HeaderList &headers, const QByteArray &name)
{
    for (const QByteArray &line : headers.values("Cookie")) {
        for (const QByteArray &part : line.split(';')) {
            const QByteArray p = part.trimmed();
            if (p.startsWith(QByteArray(name + '=')))
                return p.mid(name.size() + 1);
        }
    }
    return {};
}
} // namespace

AuthKeyPhase::AuthKeyPhase(const Api::ApiDefinition &api, Session::ISessionStore &store,
                           const Policy::PolicyStore &policies, const Session::KeyHasher &keyHasher,
                           int minTokenLength)
    : m_config(api.authToken)
    , m_baseIdentity(api.baseIdentityProvidedBy)
    , m_orgId(api.orgId)
    , m_store(store)
    , m_policies(policies)
    , m_keyHasher(keyHasher)
    , m_minTokenLength(minTokenLength)
{}

QByteArray AuthKeyPhase::extractToken(const Api::AuthTokenConfig &config, const Exchange &ex)
{
    QByteArray key;
    QString defaultName = QStringLiteral("Authorization");
    if (!config.disableHeader) {
        if (!config.authHeaderName.isEmpty())
            defaultName = config.authHeaderName;
        key = ex.request.headers.value(defaultName.toUtf8());
    }
    if (config.useParam) {
        const QString param = config.paramName.isEmpty() ? defaultName : config.paramName;
        const QString value = QUrlQuery(QString::fromUtf8(ex.request.query()))
                                  .queryItemValue(param, QUrl::FullyDecoded);
        if (!value.isEmpty())
            key = value.toUtf8(); // only a non-empty parameter overrides the header
    }
    if (config.useCookie) {
        const QString cookie = config.cookieName.isEmpty() ? defaultName : config.cookieName;
        const QByteArray value = cookieValue(ex.request.headers, cookie.toUtf8());
        if (!value.isEmpty())
            key = value;
    }
    return key;
}

void AuthKeyPhase::lookUp(QStringList names, int index, const PhaseCompletion &done)
{
    // With hash_keys the session lives under the key's hash (Tyk: internal/crypto/hash.go,
    // HashKey), and so do the quota counter and rate bucket that use exchange.sessionKey.
    const QString keyName = m_keyHasher.storageKey(names.at(index));
    m_store.getForAuth(keyName, [this, names, index, keyName,
                                 done](Result<std::optional<Session::SessionState>> r) {
        const auto self = done.lock();
        if (!self)
            return;
        Exchange &ex = *self;
        if (!r) {
            // The store is unreachable: Tyk cannot find the key either.
            ex.fail(403, QStringLiteral("Access to this API has been disallowed"));
            ex.phaseNote = QStringLiteral("session store error: %1").arg(r.error().message);
            ex.fireAuthFailure(names.last());
            done(PhaseStatus::Fail);
            return;
        }
        if (!r->has_value()) {
            if (index + 1 < names.size())
                return lookUp(names, index + 1, done);
            ex.fail(403, QStringLiteral("Access to this API has been disallowed"));
            QStringList tried; // as stored: hashed when hash_keys is on
            for (const QString &n : names)
                tried.append(m_keyHasher.storageKey(n));
            ex.phaseNote = QStringLiteral("no session for key %1").arg(tried.join(u" or "));
            // Tyk: gateway/mw_auth_key.go, reportInvalidKey → AuthFailed with the key as sent
            // (the last name tried).
            ex.fireAuthFailure(names.last());
            done(PhaseStatus::Fail);
            return;
        }
        // Policies are re-applied on every read; one that cannot be applied makes the key
        // count as not found.
        Session::SessionState session = std::move(**r);
        const Result<void> applied = Policy::PolicyApplier(m_policies).apply(session, m_orgId);
        if (!applied) {
            ex.fireAuthFailure(names.last());
            ex.fail(403, QStringLiteral("Access to this API has been disallowed"));
            ex.phaseNote =
                QStringLiteral("policy error for key %1: %2").arg(keyName, applied.error().message);
            done(PhaseStatus::Fail);
            return;
        }
        // base_identity_provided_by: AuthKey provides the session when it is auth_token or
        // unset (Tyk: gateway/mw_auth_key.go, AuthKey.ProcessRequest); otherwise it only checks the
        // key exists.
        if (m_baseIdentity.isEmpty() || m_baseIdentity == u"auth_token") {
            ex.session = std::move(session);
            ex.sessionKey = keyName;
            // Later events carry the session's KeyID: the name it was found under
            // (generateToken(org, key) for a custom key; Tyk: AuthorisationHandler.SessionDetail).
            ex.authToken = names.at(index);
        }
        done(PhaseStatus::Continue);
    });
}

PhaseStatus AuthKeyPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    if (ex.endpointIgnored) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    QByteArray key = extractToken(m_config, ex);
    if (key.size() > 6 && key.left(7).toUpper() == "BEARER ")
        key = key.mid(7);
    if (key.isEmpty()) {
        ex.fail(401, QStringLiteral("Authorization field missing"));
        ex.phaseNote = QStringLiteral("no key in header \"%1\"").arg(m_config.authHeaderName);
        return PhaseStatus::Fail;
    }
    if (key.size() < m_minTokenLength) {
        // Tyk counts a short key as not found: reportInvalidKey, so AuthFailure.
        ex.fireAuthFailure(QString::fromUtf8(key));
        ex.fail(403, QStringLiteral("Access to this API has been disallowed"));
        ex.phaseNote =
            QStringLiteral("key shorter than min_token_length (%1)").arg(m_minTokenLength);
        return PhaseStatus::Fail;
    }
    // A custom key made through the Gateway API is stored under generateToken(org, key),
    // so Tyk tries that name first, then the key as given (SessionDetail).
    lookUp(m_keyHasher.lookupNames(m_orgId, QString::fromUtf8(key)), 0, done);
    return PhaseStatus::Pause;
}

} // namespace Hb::Pipeline
