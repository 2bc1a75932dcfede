// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Hb::IdExtractor {

// custom_middleware.id_extractor.extractor_config after Tyk's typed decoding
// (apidef.IDExtractorConfig, decoded in gateway/coprocess_id_extractor.go newExtractor). A value
// type.
struct ExtractorSettings
{
    QString headerName;         // header_name
    QString paramName;          // param_name
    QString regexExpression;    // regex_expression
    qint64 regexMatchIndex = 0; // regex_match_index
    QString xpathExpression;    // xpath_expression

    // Decodes `config` as Tyk's mapstructure.Decode does: a field is found by its exact key,
    // else by a key equal to it ignoring case; unknown keys and nulls are ignored; a string
    // field holding anything but a string, or regex_match_index holding anything but a
    // number, fails the whole decoding (Tyk then builds no extractor). A fractional index is
    // truncated. Keys Tyk ignores and truncations are described in `notes`.
    static Result<ExtractorSettings> decode(const nlohmann::json &config,
                                            QStringList *notes = nullptr);
};

} // namespace Hb::IdExtractor
