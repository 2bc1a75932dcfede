// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coprocess/coprocessobject.h"
#include "core/http/httpresponse.h"

namespace Hb::Coprocess {

// Applies a response hook's returned ResponseObject to the reply (Tyk: gateway/coprocess.go,
// CustomMiddlewareResponseHook.HandleResponse):
// every upstream header is dropped and the reply's headers come from multivalue_headers,
// reconciled with `headers` only when the plugin changed that map; body from raw_body;
// status from status_code.
class ResponseApplier
{
public:
    static void apply(const coprocess::ResponseObject &returned,
                      const google::protobuf::Map<std::string, std::string> &sentHeaders,
                      Http::HttpResponse &response, bool canonicalHeaderNames = true);
    // Tyk's syncHeadersAndMultiValueHeaders (gateway/coprocess.go).
    static google::protobuf::RepeatedPtrField<coprocess::Header>
    syncHeaders(const google::protobuf::Map<std::string, std::string> &headers,
                const google::protobuf::RepeatedPtrField<coprocess::Header> &multivalue);
};

} // namespace Hb::Coprocess
