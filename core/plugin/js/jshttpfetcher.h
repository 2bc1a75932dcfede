// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httpresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <utility>

namespace Hb::Plugin {

// One outgoing request of TykMakeHttpRequest / TykBatchRequest.
struct JsHttpRequest
{
    QByteArray method = "GET";
    QString url; // absolute http:// or https:// URL
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Sends one request from a JS worker thread and waits for the answer in a local event loop
// on that thread (never on the engine thread). http:// goes through Hookbench's own client
// with the headers Go's client would send (Host, User-Agent "Go-http-client/1.1",
// Connection: close); https:// through QNetworkAccessManager. Tyk sets no timeout; here
// the wait ends at the call's deadline or when `cancelled` says so.
class JsHttpFetcher
{
public:
    static Result<Http::HttpResponse> fetch(const JsHttpRequest &request,
                                            std::chrono::steady_clock::time_point deadline,
                                            const std::function<bool()> &cancelled);
};

} // namespace Hb::Plugin
