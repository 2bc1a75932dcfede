// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/headerlist.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/session/sessionstate.h"

#include <QString>

#include <optional>

namespace Hb::Plugin {

// What a Go plugin left behind (docs/go-plugin-host.md, the reply of `call`): Go plugins
// change the live request, session and writer instead of returning an Object, so the hook
// phases apply these with Tyk's Go rules (gateway/mw_go_plugin.go,
// GoPluginMiddleware.ProcessRequest; gateway/res_handler_go_plugin.go).
struct GoReply
{
    // The plugin did not load (file missing, Go's plugin.Open or Lookup error, wrong type):
    // Tyk's step has no handler and answers 500 "Internal Server Error".
    bool notLoaded = false;
    QString loadError;

    Http::HttpRequest request;                 // r as the plugin left it
    qint64 contentLength = -1;                 // r.ContentLength
    std::optional<Http::HttpResponse> written; // what went through the ResponseWriter
    Http::HeaderList writerHeaders;            // set on rw.Header() without writing

    std::optional<Session::SessionState> session; // ctx.GetSession(r) after the call
    QString keyId;                                // its KeyID (json:"-" in Go)
    bool sessionSet = false;                      // ctx.SetSession was called
    bool sessionModified = false;                 // Touch() / SetSession(…, true)
    bool hashKey = false;                         // the hash flag SetSession settled on
    QString authToken;                            // ctx.GetAuthToken(r) after the call

    std::optional<Http::HttpResponse> response; // response hooks: *http.Response as left
    QByteArray analyticsRecord; // analytics plugins: the record as the plugin left it (JSON)
    QString panic;              // the recovered panic value and stack, when the plugin panicked
};

} // namespace Hb::Plugin
