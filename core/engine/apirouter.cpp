// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/apirouter.h"

#include "core/pipeline/loadedapi.h"

#include <algorithm>

namespace Hb::Engine {

ApiRouter::ApiRouter(QList<std::shared_ptr<const Pipeline::LoadedApi>> apis)
    : m_apis(std::move(apis))
{
    for (const auto &api : std::as_const(m_apis))
        m_routes.append({api->definition().listenPath.toUtf8(), api});
    std::stable_sort(m_routes.begin(), m_routes.end(), [](const Route &a, const Route &b) {
        return a.listenPath.size() > b.listenPath.size();
    });
}

std::shared_ptr<const Pipeline::LoadedApi> ApiRouter::route(const QByteArray &path) const
{
    for (const Route &r : m_routes) {
        if (!path.startsWith(r.listenPath))
            continue;
        // A listen path without a trailing slash matches itself and its sub-paths, as
        // Tyk's router does ("/api" serves "/api" and "/api/x").
        if (r.listenPath.endsWith('/') || path.size() == r.listenPath.size() ||
            path.at(r.listenPath.size()) == '/' || path.at(r.listenPath.size()) == '?')
            return r.api;
    }
    return nullptr;
}

} // namespace Hb::Engine
