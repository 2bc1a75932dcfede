// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coprocess/coprocessobject.h"
#include "core/http/headerlist.h"

#include <QString>

#include <optional>

namespace Hb::Coprocess {

// What a plugin's return_overrides ask for (Tyk: gateway/coprocess.go,
// CoProcessMiddleware.ProcessRequest).
struct ReturnOverrideDecision
{
    enum class Kind {
        ErrorReply, // Tyk's error template with `code` and `message`
        RawReply,   // `code`, `headers` and `body` written as they are
    };
    Kind kind = Kind::RawReply;
    int code = 0;
    QString message; // ErrorReply
    QByteArray body; // RawReply
    Http::HeaderList headers;
};

class ReturnOverrides
{
public:
    // nullopt when the plugin asked for nothing (code 0 or the initial -1). Coprocess
    // drivers start the code at -1, JS at 0 and treat any non-zero code as an override:
    // `anyNonZero` selects JS's rule.
    static std::optional<ReturnOverrideDecision> decide(const coprocess::ReturnOverrides &ro,
                                                        bool anyNonZero = false);
};

} // namespace Hb::Coprocess
