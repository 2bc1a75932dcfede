// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httpresponse.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace Hb::Engine {
class Engine;
}
namespace Hb::Http {
struct HttpRequest;
}

namespace Hb::GatewayApi {

// /tyk/apis and /tyk/apis/oas (Tyk: gateway/api.go, apiHandler): the loaded definitions, and
// writing them to the apps directory as Tyk writes them to app_path. As in Tyk a write changes the
// files only; /tyk/reload makes the engine serve them.
//
// Files: POST writes <apps>/<api_id>.json (an id is generated when the body has none). PUT
// and DELETE use the file the API was loaded from when it is in the apps directory, so a
// definition kept under another name is edited in place rather than doubled; otherwise
// <api_id>.json, as Tyk does. Files are written atomically, two-space indented.
class ApisEndpoint
{
public:
    // `appsDir` empty: the engine has no apps directory and writes answer 500.
    ApisEndpoint(Engine::Engine &engine, QString appsDir);

    // `rest`: the path after /tyk/apis ("", "/<id>", "/oas", "/oas/<id>").
    Http::HttpResponse handle(const Http::HttpRequest &request, const QString &rest) const;

private:
    Http::HttpResponse get(const QString &id, bool oas) const;
    Http::HttpResponse add(const Http::HttpRequest &request, bool oas) const;
    Http::HttpResponse update(const Http::HttpRequest &request, const QString &id, bool oas) const;
    Http::HttpResponse remove(const QString &id) const;
    // The file an existing API lives in (see the class comment).
    QString fileFor(const QString &id) const;
    // Writes `definition` to `path`; an error reply, or a reply with status 0 on success.
    Http::HttpResponse write(const QString &path, const nlohmann::json &definition) const;

    Engine::Engine &m_engine;
    QString m_appsDir;
};

} // namespace Hb::GatewayApi
