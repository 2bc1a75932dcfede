// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/returnoverrides.h"

namespace Hb::Coprocess {

std::optional<ReturnOverrideDecision> ReturnOverrides::decide(const coprocess::ReturnOverrides &ro,
                                                              bool anyNonZero)
{
    const int code = ro.response_code();
    // response_error, when set, replaces response_body.
    const std::string &text =
        ro.response_error().empty() ? ro.response_body() : ro.response_error();
    ReturnOverrideDecision d;
    d.code = code;
    for (const auto &[name, value] : ro.headers())
        d.headers.set(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    if (code >= 400 && !ro.override_error()) {
        d.kind = ReturnOverrideDecision::Kind::ErrorReply;
        d.message =
            text.empty() ? QStringLiteral("Key not authorised") : QString::fromStdString(text);
        return d;
    }
    if (code > 0 || (anyNonZero && code != 0)) {
        d.kind = ReturnOverrideDecision::Kind::RawReply;
        d.body = QByteArray::fromStdString(text);
        return d;
    }
    return std::nullopt;
}

} // namespace Hb::Coprocess
