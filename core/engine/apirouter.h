// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

namespace Hb::Pipeline {
class LoadedApi;
}

namespace Hb::Engine {

// Picks the API for a request path by listen path; the longest listen path wins
// (Tyk: gateway/api_loader.go, sortSpecsByListenPath). Immutable once built.
class ApiRouter
{
public:
    explicit ApiRouter(QList<std::shared_ptr<const Pipeline::LoadedApi>> apis = {});
    std::shared_ptr<const Pipeline::LoadedApi> route(const QByteArray &path) const;
    const QList<std::shared_ptr<const Pipeline::LoadedApi>> &apis() const { return m_apis; }

private:
    struct Route
    {
        QByteArray listenPath;
        std::shared_ptr<const Pipeline::LoadedApi> api;
    };
    QList<Route> m_routes; // longest listen path first
    QList<std::shared_ptr<const Pipeline::LoadedApi>> m_apis;
};

} // namespace Hb::Engine
