// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gatewayapi/keysendpoint.h"

#include "core/common/iclock.h"
#include "core/common/untrustedjson.h"
#include "core/engine/engine.h"
#include "core/gatewayapi/controlreply.h"
#include "core/policy/apilimit.h"
#include "core/session/isessionstore.h"
#include "core/session/keyhasher.h"
#include "core/session/sessionjsontypes.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QUuid>

namespace Hb::GatewayApi {

namespace {
// A number field of user JSON, or `fallback` when it is absent or not a number (never
// throws: sessions come from clients, plugins and Redis).
qint64 jsonInt(const nlohmann::json &object, const char *key, qint64 fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return fallback;
    return it->is_number_float() ? qint64(it->get<double>()) : it->get<qint64>();
}

QString queryValue(const Http::HttpRequest &request, const QString &name)
{
    return QUrlQuery(QString::fromUtf8(request.query())).queryItemValue(name, QUrl::FullyDecoded);
}

std::optional<nlohmann::json> parseObject(const QByteArray &body)
{
    nlohmann::json j =
        parseFirstUntrustedJsonValue(std::string_view(body.constData(), body.size()));
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    return j;
}

// A session body as Tyk's key API decodes it into user.SessionState: a value of the wrong
// Go type fails the decode (Tyk logs it and answers "Request malformed").
std::optional<nlohmann::json> parseSession(const QByteArray &body)
{
    std::optional<nlohmann::json> j = parseObject(body);
    if (!j)
        return std::nullopt;
    if (Result<void> typed = Session::SessionJsonTypes::check(*j); !typed) {
        qWarning("Gateway API: couldn't decode new session object: %s",
                 qPrintable(typed.error().message));
        return std::nullopt;
    }
    return Session::SessionJsonTypes::canonical(*j);
}

QString orgOf(const nlohmann::json &session)
{
    const auto it = session.find("org_id");
    return it != session.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
}
} // namespace

void KeysEndpoint::handle(const Http::HttpRequest &request, const QString &rest, ReplyCallback done)
{
    const QByteArray method = request.method;
    if (rest.isEmpty()) {
        if (method == "GET")
            return list(request, std::move(done));
        if (method == "POST")
            return create(request, QString(), true, false, std::move(done));
        return done(ControlReply::error(405, QStringLiteral("Method not supported")));
    }
    const QString name = rest.mid(1);
    if (name == u"create") {
        if (method != "POST")
            return done(ControlReply::error(405, QStringLiteral("Method not supported")));
        return create(request, QString(), true, true, std::move(done));
    }
    // Tyk routes these two before /keys/{name}, for POST only.
    if (name == u"preview" && method == "POST")
        return preview(request, std::move(done));
    if (name.startsWith(u"policy/") && method == "POST")
        return setPolicies(request, name.mid(7), std::move(done));
    if (method == "GET")
        return get(request, name, std::move(done));
    if (method == "POST")
        return create(request, name, false, false, std::move(done));
    if (method == "PUT")
        return update(request, name, std::move(done));
    if (method == "DELETE")
        return remove(request, name, std::move(done));
    done(ControlReply::error(405, QStringLiteral("Method not supported")));
}

QStringList KeysEndpoint::candidateNames(const Http::HttpRequest &request,
                                         const QString &name) const
{
    QString org = queryValue(request, QStringLiteral("org_id"));
    const QString apiId = queryValue(request, QStringLiteral("api_id"));
    if (!apiId.isEmpty()) {
        for (const Api::ApiDefinition &api : m_engine.apis()) {
            if (api.apiId == apiId)
                org = api.orgId;
        }
    }
    return m_engine.sessionRules().keyHasher().lookupNames(org, name);
}

void KeysEndpoint::find(QStringList names, bool byHash, FoundCallback done)
{
    if (names.isEmpty())
        return done(std::nullopt);
    const QString name = names.takeFirst();
    const QString storageKey = byHash ? name : m_engine.sessionRules().keyHasher().storageKey(name);
    m_engine.store().get(storageKey, [this, name, names, byHash,
                                      done](Result<std::optional<Session::SessionState>> r) {
        if (r.ok() && r->has_value())
            return done(std::pair<QString, Session::SessionState>(name, std::move(**r)));
        find(names, byHash, done);
    });
}

void KeysEndpoint::list(const Http::HttpRequest &request, ReplyCallback done)
{
    const Api::GatewayConfig &config = m_engine.config();
    if (config.hashKeys && !config.enableHashedKeysListing)
        return done(ControlReply::error(
            404, QStringLiteral(
                     "Hashed key listing is disabled in config (enable_hashed_keys_listing)")));
    // `filter` is a prefix of the stored names (Tyk lists apikey-<filter>*); with hashed
    // keys there is none. `api_id` keeps the keys with access to that API.
    const QString filter =
        config.hashKeys ? QString() : queryValue(request, QStringLiteral("filter"));
    const QString apiId = queryValue(request, QStringLiteral("api_id"));
    if (!config.hashKeys && !apiId.isEmpty() && filter.isEmpty())
        return done(ControlReply::error(
            400, QStringLiteral("The 'filter' parameter (Org ID) is required when filtering by "
                                "'api_id' in legacy mode")));
    const bool allowMasterKeys = config.allowMasterKeys;
    m_engine.store().list([this, filter, apiId, allowMasterKeys, done](Result<QStringList> r) {
        if (!r)
            return done(ControlReply::error(500, r.error().message));
        QStringList names;
        for (const QString &k : std::as_const(*r)) {
            if (k.startsWith(filter))
                names.append(k);
        }
        auto reply = [done](const QStringList &keys) {
            nlohmann::json list = nlohmann::json::array();
            for (const QString &k : keys)
                list.push_back(k.toStdString());
            done(ControlReply::json(200, nlohmann::json{{"keys", list}}));
        };
        if (apiId.isEmpty() || names.isEmpty())
            return reply(names);
        auto pending = std::make_shared<qsizetype>(names.size());
        auto matching = std::make_shared<QStringList>();
        for (const QString &name : std::as_const(names)) {
            m_engine.store().get(name, [name, apiId, allowMasterKeys, pending, matching,
                                        reply](Result<std::optional<Session::SessionState>> s) {
                if (s.ok() && s->has_value()) {
                    const nlohmann::json &j = (*s)->json();
                    const auto rights = j.find("access_rights");
                    const bool none = rights == j.end() || !rights->is_object() || rights->empty();
                    if ((!none && rights->contains(apiId.toStdString())) ||
                        (none && allowMasterKeys))
                        matching->append(name);
                }
                if (--*pending == 0) {
                    matching->sort();
                    reply(*matching);
                }
            });
        }
    });
}

void KeysEndpoint::create(const Http::HttpRequest &request, const QString &name, bool generated,
                          bool strictCreate, ReplyCallback done)
{
    auto body = parseSession(request.body);
    if (!body) {
        // /tyk/keys/create decodes with an error 500; the other routes answer 400.
        return done(strictCreate ? ControlReply::error(500, QStringLiteral("Unmarshalling failed"))
                                 : ControlReply::error(400, QStringLiteral("Request malformed")));
    }
    const int minLength = m_engine.config().minTokenLength;
    if (!generated && name.size() < minLength) {
        return done(ControlReply::error(
            400, QStringLiteral(
                     "custom key ID length %1 is less than min_token_length (%2); the key would be "
                     "unreachable "
                     "at auth time. Use an ID of at least min_token_length characters, or lower "
                     "min_token_length in the gateway configuration.")
                     .arg(name.size())
                     .arg(minLength)));
    }
    Session::SessionState session(std::move(*body));
    const auto policies = m_engine.sessionRules().applyPolicies(session);
    if (!policies) {
        return done(
            strictCreate
                ? ControlReply::error(500, QStringLiteral("Failed to create key - ") +
                                               policies.error().message)
                : ControlReply::error(
                      500, QStringLiteral(
                               "Failed to create key, ensure security settings are correct.")));
    }
    if (!session.hasAccessRights() && !m_engine.config().allowMasterKeys) {
        return done(
            strictCreate
                ? ControlReply::error(400, QStringLiteral("Failed to create key, keys must have at "
                                                          "least one Access Rights record set."))
                : ControlReply::error(
                      500, QStringLiteral(
                               "Failed to create key, ensure security settings are correct.")));
    }
    const qint64 now = m_engine.clock().nowSecs();
    session.json()["date_created"] =
        QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate).toStdString();
    // POST /tyk/keys/{name}?suppress_reset=1 keeps the quota and the rate bucket, as PUT does.
    const bool suppressReset =
        !strictCreate && queryValue(request, QStringLiteral("suppress_reset")) == u"1";
    if (!suppressReset)
        session.json()["last_updated"] = QString::number(now).toStdString();
    const QString keyId = generated ? QUuid::createUuid().toString(QUuid::Id128) : name;
    const QString keyName = Session::KeyHasher::generateToken(orgOf(session.json()), keyId,
                                                              m_engine.config().hashKeyFunction);
    save(keyName, std::move(session), !suppressReset, QStringLiteral("added"),
         m_engine.config().hashKeys, std::move(done));
}

void KeysEndpoint::update(const Http::HttpRequest &request, const QString &name, ReplyCallback done)
{
    auto body = parseSession(request.body);
    if (!body)
        return done(ControlReply::error(400, QStringLiteral("Request malformed")));
    const bool suppressReset = queryValue(request, QStringLiteral("suppress_reset")) == u"1";
    const bool byHash = !queryValue(request, QStringLiteral("hashed")).isEmpty();
    // Tyk looks the key up in the org of the session it is given, not the query's.
    const QString org = orgOf(*body); // before the lambda below moves the body
    find(m_engine.sessionRules().keyHasher().lookupNames(org, name), byHash,
         [this, body = std::move(*body), suppressReset, byHash, done](auto found) mutable {
             if (!found)
                 return done(ControlReply::error(404, QStringLiteral("Key is not found")));
             Session::SessionState session(std::move(body));
             const nlohmann::json &original = found->second.json();
             if (original.contains("date_created"))
                 session.json()["date_created"] = original["date_created"];
             if (suppressReset) {
                 // Keep the quota window and the rate-limit bucket (last_updated) of the key.
                 for (const char *field : {"quota_renews", "last_updated"}) {
                     if (original.contains(field))
                         session.json()[field] = original[field];
                 }
             } else {
                 session.json()["last_updated"] =
                     QString::number(m_engine.clock().nowSecs()).toStdString();
             }
             const auto policies = m_engine.sessionRules().applyPolicies(session);
             if (!policies)
                 return done(ControlReply::error(
                     500, QStringLiteral(
                              "Failed to create key, ensure security settings are correct.")));
             save(found->first, std::move(session), !suppressReset, QStringLiteral("modified"),
                  false, done, byHash);
         });
}

void KeysEndpoint::get(const Http::HttpRequest &request, const QString &name, ReplyCallback done)
{
    const bool byHash = !queryValue(request, QStringLiteral("hashed")).isEmpty();
    if (byHash && !m_engine.config().hashKeys)
        return done(ControlReply::error(
            400, QStringLiteral("Key requested by hash but key hashing is not enabled")));
    find(candidateNames(request, name), byHash, [this, byHash, done](auto found) {
        if (!found)
            return done(ControlReply::error(404, QStringLiteral("Key not found")));
        Session::SessionState session = std::move(found->second);
        (void)m_engine.sessionRules().applyPolicies(
            session); // Tyk shows the session as policies make it
        const QString storageKey =
            byHash ? found->first : m_engine.sessionRules().keyHasher().storageKey(found->first);
        withLiveQuota(std::move(session), storageKey,
                      [done](Session::SessionState s) { done(ControlReply::json(200, s.json())); });
    });
}

void KeysEndpoint::withLiveQuota(Session::SessionState session, const QString &storageKey,
                                 std::function<void(Session::SessionState)> done)
{
    // Tyk's handleGetDetail: quota_remaining is quota_max less the live counter (no counter,
    // as after a renewal, counts 0), for the session and for every access right with a
    // limit of its own, whose counter is scoped by its allowance_scope.
    struct Counter
    {
        nlohmann::json::json_pointer target; // the object whose quota_remaining is set
        QString key;
        qint64 quotaMax;
    };
    QList<Counter> counters;
    const nlohmann::json &j = session.json();
    const qint64 rootMax = jsonInt(j, "quota_max", 0);
    if (rootMax != -1)
        counters.append({nlohmann::json::json_pointer(""), storageKey, rootMax});
    if (const auto rights = j.find("access_rights"); rights != j.end() && rights->is_object()) {
        for (const auto &[apiId, right] : rights->items()) {
            if (!right.is_object())
                continue;
            const auto limitAt = right.find("limit");
            const nlohmann::json limitJson = limitAt != right.end() ? *limitAt : nlohmann::json();
            const Policy::ApiLimit limit = Policy::ApiLimit::read(limitJson);
            if (limit.isEmpty() || limit.quotaMax == -1 || limit.quotaMax == 0)
                continue;
            const std::string scope = Policy::jsonString(right, "allowance_scope");
            nlohmann::json::json_pointer at("/access_rights");
            at /= apiId;
            at /= "limit";
            counters.append(
                {at, scope.empty() ? storageKey : QString::fromStdString(scope) + u'-' + storageKey,
                 limit.quotaMax});
        }
    }
    if (counters.isEmpty())
        return done(std::move(session));
    auto state = std::make_shared<std::pair<Session::SessionState, qsizetype>>(std::move(session),
                                                                               counters.size());
    for (const Counter &c : std::as_const(counters)) {
        m_engine.store().quotaUsed(c.key, [state, c, done](Result<std::optional<qint64>> used) {
            // A counter the store cannot read leaves the stored value, as Tyk only logs it.
            if (used)
                state->first.json()[c.target]["quota_remaining"] =
                    std::max<qint64>(c.quotaMax - used->value_or(0), 0);
            if (--state->second == 0)
                done(std::move(state->first));
        });
    }
}

void KeysEndpoint::remove(const Http::HttpRequest &request, const QString &name, ReplyCallback done)
{
    const bool byHash = !queryValue(request, QStringLiteral("hashed")).isEmpty();
    const bool nullBody = queryValue(request, QStringLiteral("api_id")) == u"-1";
    const QStringList names = candidateNames(request, name);
    find(names, byHash, [this, names, name, byHash, nullBody, done](auto found) {
        if (!found)
            return done(ControlReply::error(404, QStringLiteral("There is no such key found")));
        // Tyk removes the session under both names (the one given and its generateToken
        // form), whichever of them the lookup found, with their quota counters.
        auto pending = std::make_shared<int>(int(names.size()));
        auto failure = std::make_shared<QString>();
        for (const QString &candidate : names) {
            const QString storageKey =
                byHash ? candidate : m_engine.sessionRules().keyHasher().storageKey(candidate);
            m_engine.store().remove(storageKey, [this, storageKey, name, nullBody, pending, failure,
                                                 done](Result<void> r) {
                if (!r && r.error().code != ErrorCode::NotFound)
                    *failure = r.error().message;
                else
                    m_engine.store().resetQuota(storageKey, [](Result<void>) {});
                if (--*pending > 0)
                    return;
                if (!failure->isEmpty())
                    return done(ControlReply::error(500, *failure));
                if (nullBody)
                    return done(ControlReply::json(200, nlohmann::json(nullptr)));
                done(ControlReply::modified(name, QStringLiteral("deleted")));
            });
        }
    });
}

void KeysEndpoint::preview(const Http::HttpRequest &request, ReplyCallback done)
{
    auto body = parseSession(request.body);
    if (!body)
        return done(ControlReply::error(500, QStringLiteral("Unmarshalling failed")));
    Session::SessionState session(std::move(*body));
    const qint64 now = m_engine.clock().nowSecs();
    session.json()["last_updated"] = QString::number(now).toStdString();
    session.json()["date_created"] =
        QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate).toStdString();
    // Tyk ignores a policy error here and shows the session as far as it got.
    (void)m_engine.sessionRules().applyPolicies(session);
    done(ControlReply::json(200, session.json()));
}

void KeysEndpoint::setPolicies(const Http::HttpRequest &request, const QString &storedName,
                               ReplyCallback done)
{
    auto body = parseObject(request.body);
    if (!body)
        return done(ControlReply::error(400, QStringLiteral("Couldn't decode instruction")));
    nlohmann::json policies = nlohmann::json::array();
    if (const auto list = body->find("apply_policies"); list != body->end() && list->is_array()) {
        for (const auto &p : *list) {
            if (p.is_string())
                policies.push_back(p);
        }
    }
    if (const auto one = body->find("policy");
        one != body->end() && one->is_string() && !one->get<std::string>().empty())
        policies.push_back(*one);
    // The name is the key as stored (its hash when keys are hashed).
    find({storedName}, true, [this, storedName, policies, done](auto found) mutable {
        if (!found)
            return done(ControlReply::error(404, QStringLiteral("Key not found")));
        Session::SessionState session = std::move(found->second);
        session.json()["last_updated"] = QString::number(m_engine.clock().nowSecs()).toStdString();
        session.json()["apply_policies"] = policies;
        session.json().erase("apply_policy_id"); // Tyk's SetPolicies clears the legacy id
        save(storedName, std::move(session), false, QStringLiteral("updated"), false,
             std::move(done), true);
    });
}

bool KeysEndpoint::resetsQuota(const Session::SessionState &session) const
{
    // Tyk resets the quota for each API of the key unless that API is loaded with
    // dont_set_quota_on_create; a key for every API (no access rights) always resets.
    const nlohmann::json &j = session.json();
    const auto rights = j.find("access_rights");
    if (rights == j.end() || !rights->is_object() || rights->empty())
        return true;
    const QList<Api::ApiDefinition> apis = m_engine.apis();
    for (const auto &item : rights->items()) {
        const std::string &apiId = item.key(); // a plain name: clang 14 cannot capture bindings
        const auto api = std::find_if(apis.begin(), apis.end(), [&](const Api::ApiDefinition &a) {
            return a.apiId.toStdString() == apiId;
        });
        if (api == apis.end())
            return true;
        const auto flag = api->raw.find("dont_set_quota_on_create");
        if (flag == api->raw.end() || !flag->is_boolean() || !flag->get<bool>())
            return true;
    }
    return false;
}

void KeysEndpoint::save(const QString &keyName, Session::SessionState session, bool resetQuota,
                        const QString &action, bool withKeyHash, ReplyCallback done, bool byHash)
{
    const QString storageKey =
        byHash ? keyName : m_engine.sessionRules().keyHasher().storageKey(keyName);
    if (resetQuota && resetsQuota(session)) {
        const nlohmann::json &j = session.json();
        const qint64 renewal = jsonInt(j, "quota_renewal_rate", 0);
        session.json()["quota_renews"] = m_engine.clock().nowSecs() + renewal;
        session.json()["quota_remaining"] = jsonInt(j, "quota_max", 0);
        // Tyk's ResetQuota: the key's counter and every allowance-scoped one.
        m_engine.store().resetQuota(storageKey, [](Result<void>) {});
        if (const auto rights = j.find("access_rights"); rights != j.end() && rights->is_object()) {
            for (const auto &[apiId, right] : rights->items()) {
                const std::string scope = Policy::jsonString(right, "allowance_scope");
                if (!scope.empty())
                    m_engine.store().resetQuota(QString::fromStdString(scope) + u'-' + storageKey,
                                                [](Result<void>) {});
            }
        }
    }
    const qint64 ttl = m_engine.sessionRules().lifetimeSecs(session);
    m_engine.store().set(
        storageKey, session, ttl, [keyName, storageKey, action, withKeyHash, done](Result<void> r) {
            if (!r)
                return done(ControlReply::error(
                    500,
                    QStringLiteral("Failed to create key, ensure security settings are correct.")));
            done(ControlReply::modified(keyName, action, withKeyHash ? storageKey : QString()));
        });
}

void KeysEndpoint::keyDetail(const QString &key, const QString &apiId,
                             std::function<void(QByteArray)> done)
{
    Http::HttpRequest request;
    request.method = "GET";
    request.target =
        "/tyk/keys/" + QUrl::toPercentEncoding(key) + "?api_id=" + QUrl::toPercentEncoding(apiId);
    get(request, key, [done](const Http::HttpResponse &reply) { done(reply.body.trimmed()); });
}

void KeysEndpoint::addOrUpdate(const QString &key, Session::SessionState session,
                               bool suppressReset, std::function<void(Result<void>)> done)
{
    const qint64 now = m_engine.clock().nowSecs();
    if (!suppressReset)
        session.json()["last_updated"] = QString::number(now).toStdString();
    if (!session.hasAccessRights() && !m_engine.config().allowMasterKeys)
        return done(makeError(ErrorCode::InvalidInput, QStringLiteral("Master keys not allowed")));
    if (const auto applied = m_engine.sessionRules().applyPolicies(session); !applied)
        return done(applied.error());
    save(key, std::move(session), !suppressReset, QStringLiteral("modified"), false,
         [done](const Http::HttpResponse &reply) {
             if (reply.status == 200)
                 return done({});
             done(makeError(ErrorCode::Unavailable, QString::fromUtf8(reply.body.trimmed())));
         });
}

} // namespace Hb::GatewayApi
