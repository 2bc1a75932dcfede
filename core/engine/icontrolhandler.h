// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <functional>

namespace Hb::Engine {

// Answers the gateway's own endpoints (Tyk's Gateway API: /hello, /tyk/...) on the same
// port, ahead of the API router, as Tyk registers its control routes first. Called on the
// engine thread; `done` is called once, possibly before handle() returns.
class IControlHandler
{
public:
    using ReplyCallback = std::function<void(const Http::HttpResponse &)>;
    virtual ~IControlHandler() = default;
    virtual bool handles(const QByteArray &path) const = 0;
    virtual void handle(const Http::HttpRequest &request, ReplyCallback done) = 0;
};

} // namespace Hb::Engine
