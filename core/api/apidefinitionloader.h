// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/diagnostic.h"
#include "core/common/result.h"

#include <QList>

namespace Hb::Api {

// Reads Tyk Classic and Tyk OAS (x-tyk-api-gateway) API definitions into ApiDefinition.
// Every problem is reported with the file, line and column where it is.
class ApiDefinitionLoader
{
public:
    // Parses one definition. Errors make the result fail (the first error is in the Result,
    // all are appended to `diagnostics`); warnings only go to `diagnostics`.
    static Result<ApiDefinition> parse(const QByteArray &text, const QString &file,
                                       Diagnostics *diagnostics = nullptr);
    static Result<ApiDefinition> loadFile(const QString &path, Diagnostics *diagnostics = nullptr);
    // Loads every *.json in `dir` (sorted by name). A bad file is reported and skipped; the
    // others are returned. Tyk OAS companions named "<id>-oas.json" beside "<id>.json" are
    // not loaded twice.
    static QList<ApiDefinition> loadDirectory(const QString &dir, Diagnostics *diagnostics);
};

} // namespace Hb::Api
