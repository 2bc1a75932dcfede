// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/coprocess/coprocessobject.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "core/session/sessionstate.h"

namespace Hb::Coprocess {

// What one hook call is built from.
struct ObjectInputs
{
    coprocess::HookType hookType = coprocess::Pre;
    QString hookName;
    const Api::ApiDefinition *api = nullptr;
    const Http::HttpRequest *request = nullptr;
    // request_uri: the request-target as the client sent it (Go's RequestURI), which hooks
    // that change `url` do not touch; empty = the request's current target.
    QByteArray requestUri;
    bool rawBodyOnly = false;                       // the entry's raw_body_only
    const Session::SessionState *session = nullptr; // the request session, if any
    QString sessionKey;                             // its key id
    const Http::HttpResponse *response = nullptr;   // Response hooks only
};

// Tyk's BuildObject (gateway/coprocess.go): the Object a plugin receives.
class ObjectBuilder
{
public:
    static coprocess::Object build(const ObjectInputs &inputs);
    // BuildObject's `spec` map (OrgID, APIID, bundle_hash, config_data).
    static google::protobuf::Map<std::string, std::string> spec(const Api::ApiDefinition &api);
    static coprocess::MiniRequestObject request(const Http::HttpRequest &request, bool rawBodyOnly);
    // The same, written into `out` (no copy of the message).
    static void fillRequest(const Http::HttpRequest &request, bool rawBodyOnly,
                            coprocess::MiniRequestObject &out);
    static void fillSpec(const Api::ApiDefinition &api,
                         google::protobuf::Map<std::string, std::string> &out);
};

} // namespace Hb::Coprocess
