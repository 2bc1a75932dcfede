// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/coprocess/coprocessobject.h"
#include "core/http/httprequest.h"

namespace Hb::Coprocess {

// Tyk's ObjectPostProcess (gateway/coprocess.go): applies the request part of a
// returned Object to the live request, in Tyk's order, with its quirks: only raw_body is
// applied, a header both deleted and set ends up set, and query edits come from
// add_params/delete_params computed on the query the request had before the hook.
class RequestApplier
{
public:
    struct Options
    {
        bool canonicalHeaderNames = true; // !ignore_canonical_mime_header_key
    };
    // `queryBefore` is the raw query the request had when the Object was built. An
    // unparseable returned url fails (Tyk's 500 "Middleware error") after body and headers
    // were applied, as in Tyk.
    static Result<void> apply(const coprocess::MiniRequestObject &returned,
                              Http::HttpRequest &request, const QByteArray &queryBefore,
                              const Options &options);
    static Result<void> apply(const coprocess::MiniRequestObject &returned,
                              Http::HttpRequest &request, const QByteArray &queryBefore)
    {
        return apply(returned, request, queryBefore, Options());
    }
};

} // namespace Hb::Coprocess
