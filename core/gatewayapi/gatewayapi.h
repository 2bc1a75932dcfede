// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/engine/icontrolhandler.h"
#include "core/gatewayapi/apisendpoint.h"
#include "core/gatewayapi/keysendpoint.h"

#include <functional>

namespace Hb {
class IClockControl;
}
namespace Hb::Engine {
class Engine;
}

namespace Hb::GatewayApi {

// Tyk's Gateway REST API for what a plugin developer uses (Tyk: gateway/api.go):
// /hello, /tyk/reload[/group], /tyk/keys, /tyk/apis, /tyk/policies, /tyk/plugins/test, behind
// X-Tyk-Authorization. Lives on the engine thread.
//
// Hookbench adds, behind the same secret: /hookbench/clock (GET the engine clock; PUT
// {"offset_seconds": N} or POST /hookbench/clock/advance?seconds=N to move it) and
// /hookbench/session-cache (the ID-extractor cache entries with their deadlines), so tests
// and scripts can watch expiry without waiting.
class GatewayApi final : public Engine::IControlHandler
{
public:
    // Re-reads API definitions and policies from disk and swaps them into the engine.
    using ReloadFunction = std::function<Result<void>()>;

    // `appsDir`: where /tyk/apis writes definitions (Tyk's app_path); may be empty.
    // `clockControl` (not owned; null when the engine's clock cannot move) serves
    // /hookbench/clock.
    GatewayApi(Engine::Engine &engine, ReloadFunction reload, QString appsDir = {},
               IClockControl *clockControl = nullptr);

    bool handles(const QByteArray &path) const override;
    void handle(const Http::HttpRequest &request, ReplyCallback done) override;
    // The key operations, for plugin drivers (TykGetKeyData / TykSetKeyData).
    KeysEndpoint &keys() { return m_keys; }

private:
    Http::HttpResponse hello(const Http::HttpRequest &request) const;
    Http::HttpResponse reload(const Http::HttpRequest &request) const;
    // GET /ready (readiness_check_endpoint_name): /hello's report when the store is up.
    Http::HttpResponse ready(const Http::HttpRequest &request) const;
    Http::HttpResponse policies(const Http::HttpRequest &request, const QString &rest) const;
    Http::HttpResponse clock(const Http::HttpRequest &request, const QString &rest) const;
    Http::HttpResponse sessionCache(const Http::HttpRequest &request) const;
    // POST /tyk/plugins/test (Tyk: gateway/mw_js_plugin_test_runner.go, pluginTestHandler).
    void pluginTest(const Http::HttpRequest &request, ReplyCallback done);

    Engine::Engine &m_engine;
    IClockControl *m_clockControl;
    ReloadFunction m_reload;
    KeysEndpoint m_keys;
    ApisEndpoint m_apis;
    QByteArray m_helloPath;
    QByteArray m_readyPath;
};

} // namespace Hb::GatewayApi
