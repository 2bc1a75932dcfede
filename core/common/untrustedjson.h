// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/jsonnesting.h"
#include "core/common/result.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <string_view>

namespace Hb {

// The one way Hookbench parses JSON it did not write itself (request bodies, Gateway API
// bodies, files, Redis values, plugin returns): nesting is bounded by kMaxJsonNesting before
// nlohmann sees the text, and a syntax error comes back as an Error at its line and column,
// never as an exception. `origin` names the file (or "request body") in the error.
// Header-only so that each library that already links nlohmann keeps its own choice of
// json / ordered_json.
template<typename JsonT = nlohmann::json>
Result<JsonT> parseUntrustedJson(std::string_view text, const QString &origin = {})
{
    if (const auto deep = findJsonNestingBeyond(text)) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("malformed JSON: nested deeper than %1 levels").arg(kMaxJsonNesting),
            SourceLocation{origin, deep->line, deep->column, {}});
    }
    try {
        return JsonT::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based: the character the parser stopped at.
        const TextPosition pos = textPositionOf(text, qsizetype(e.byte) - 1);
        QString message = QString::fromUtf8(e.what());
        // nlohmann's prefix ("[json.exception.parse_error.101] parse error at line 1,
        // column 2: ") repeats what the location says.
        if (const qsizetype colon = message.indexOf(QLatin1String(": ")); colon >= 0)
            message = message.mid(colon + 2);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("malformed JSON: ") + message,
                         SourceLocation{origin, pos.line, pos.column, {}});
    } catch (const nlohmann::json::exception &e) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("malformed JSON: ") + QString::fromUtf8(e.what()),
                         SourceLocation{origin, 1, 1, {}});
    }
}

// For callers that only need "valid or not" (nlohmann's discarded value on any failure).
template<typename JsonT = nlohmann::json>
JsonT parseUntrustedJsonOrDiscarded(std::string_view text)
{
    if (findJsonNestingBeyond(text))
        return JsonT(nlohmann::json::value_t::discarded);
    return JsonT::parse(text.begin(), text.end(), nullptr, false);
}

// The first JSON value of a request body, as Go's json.NewDecoder(r.Body).Decode reads it
// (Tyk's Gateway API handlers): whatever follows that value is never read. Discarded when
// the value itself is malformed or nested too deep.
template<typename JsonT = nlohmann::json>
JsonT parseFirstUntrustedJsonValue(std::string_view text)
{
    if (findJsonNestingBeyond(text))
        return JsonT(nlohmann::json::value_t::discarded);
    JsonT value;
    nlohmann::detail::json_sax_dom_parser<JsonT> sax(value, false);
    // strict = false: stop after the first value instead of requiring the end of the input.
    if (!JsonT::sax_parse(text.begin(), text.end(), &sax, nlohmann::json::input_format_t::json,
                          false))
        return JsonT(nlohmann::json::value_t::discarded);
    return value;
}

} // namespace Hb
