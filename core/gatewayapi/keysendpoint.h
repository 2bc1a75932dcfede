// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/session/sessionstate.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Hb::Engine {
class Engine;
}

namespace Hb::GatewayApi {

// /tyk/keys: create (generated or custom key), get, update, delete and list sessions, with
// Tyk's key naming (generateToken), hashing and reply shapes (Tyk: gateway/api.go, keyHandler). Key
// operations act on the engine's store at once. Engine thread.
class KeysEndpoint
{
public:
    using ReplyCallback = std::function<void(const Http::HttpResponse &)>;

    explicit KeysEndpoint(Engine::Engine &engine)
        : m_engine(engine)
    {}
    // `rest` is the path after "/tyk/keys" ("", "/create", "/<name>").
    void handle(const Http::HttpRequest &request, const QString &rest, ReplyCallback done);

    // For JS plugins (TykGetKeyData / TykSetKeyData, gateway/jsvm_api.go).
    // Tyk's handleGetDetail: the JSON body GET /tyk/keys/{key}?api_id= answers (the session,
    // or the error object), without the trailing newline.
    void keyDetail(const QString &key, const QString &apiId, std::function<void(QByteArray)> done);
    // Tyk's doAddOrUpdate: stores `session` under `key` as given (hashed when hash_keys is
    // on), creating or replacing it, with policies applied; unless `suppressReset`, stamps
    // last_updated and resets the quota. Without access rights it needs allow_master_keys.
    void addOrUpdate(const QString &key, Session::SessionState session, bool suppressReset,
                     std::function<void(Result<void>)> done);

private:
    using FoundCallback =
        std::function<void(std::optional<std::pair<QString, Session::SessionState>>)>;

    void list(const Http::HttpRequest &request, ReplyCallback done);
    void create(const Http::HttpRequest &request, const QString &name, bool generated,
                bool strictCreate, ReplyCallback done);
    // Whether saving `session` resets its quota (dont_set_quota_on_create).
    bool resetsQuota(const Session::SessionState &session) const;
    // `session` with quota_remaining worked out from the live quota counters, as Tyk's
    // GET /tyk/keys/{key} reports it.
    void withLiveQuota(Session::SessionState session, const QString &storageKey,
                       std::function<void(Session::SessionState)> done);
    void update(const Http::HttpRequest &request, const QString &name, ReplyCallback done);
    // POST /tyk/keys/preview: the session with its policies applied, stored nowhere.
    void preview(const Http::HttpRequest &request, ReplyCallback done);
    // POST /tyk/keys/policy/{stored name}: replaces the key's apply_policies.
    void setPolicies(const Http::HttpRequest &request, const QString &storedName,
                     ReplyCallback done);
    void get(const Http::HttpRequest &request, const QString &name, ReplyCallback done);
    void remove(const Http::HttpRequest &request, const QString &name, ReplyCallback done);

    // Tyk's lookup rule: the name as given, then generateToken(org, name) with the org from
    // ?api_id= (that API's org) or ?org_id=. Yields the key name (not hashed) that matched.
    QStringList candidateNames(const Http::HttpRequest &request, const QString &name) const;
    void find(QStringList names, bool byHash, FoundCallback done);
    // Stamps, resets the quota window and stores; replies with `action`.
    // `byHash`: keyName is already the stored (hashed) name (?hashed=1).
    void save(const QString &keyName, Session::SessionState session, bool resetQuota,
              const QString &action, bool withKeyHash, ReplyCallback done, bool byHash = false);

    Engine::Engine &m_engine;
};

} // namespace Hb::GatewayApi
