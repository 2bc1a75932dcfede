// SPDX-License-Identifier: GPL-3.0-or-later
// What a coprocess plugin (Python, gRPC) hands back: the bytes of a coprocess.Object, parsed
// as PythonRuntime does (Object::ParseFromString), then applied as PluginHookPhase and
// CoprocessAuthPhase apply it: RequestApplier on a request, ReturnOverrides::decide (coprocess
// and JS rules), ResponseApplier on a response, SessionConverter::fromProto on the session.
#include "core/coprocess/coprocessobject.h"
#include "core/coprocess/requestapplier.h"
#include "core/coprocess/responseapplier.h"
#include "core/coprocess/returnoverrides.h"
#include "core/coprocess/sessionconverter.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    coprocess::Object returned;
    if (!returned.ParseFromArray(data, int(size)))
        return 0; // "the plugin's Object did not parse"

    for (const bool canonical : {true, false}) {
        Http::HttpRequest request;
        request.method = "POST";
        request.target = "/api/items?a=1&b=2&a=3";
        request.headers.add("Host", "example.test");
        request.headers.add("Content-Type", "application/x-www-form-urlencoded");
        request.body = "x=1&y=%zz";
        const QByteArray queryBefore = request.query();
        (void)Coprocess::RequestApplier::apply(returned.request(), request, queryBefore,
                                               {canonical});
        (void)request.path();
        (void)request.query();

        Http::HttpResponse response;
        response.status = 200;
        response.headers.add("Content-Type", "text/plain");
        response.headers.add("Set-Cookie", "a=1");
        response.body = "upstream body";
        Coprocess::ResponseApplier::apply(returned.response(), returned.request().headers(),
                                          response, canonical);
    }
    (void)Coprocess::ReturnOverrides::decide(returned.request().return_overrides(), false);
    (void)Coprocess::ReturnOverrides::decide(returned.request().return_overrides(), true);
    (void)Coprocess::ResponseApplier::syncHeaders(returned.response().headers(),
                                                  returned.response().multivalue_headers());
    const Session::SessionState session =
        Coprocess::SessionConverter::fromProto(returned.session());
    (void)session.json().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return 0;
}
