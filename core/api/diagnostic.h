// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace Hb::Api {

// One problem found in a file the user wrote, with its place.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    SourceLocation where;
    QString message;
    // Malformed JSON or a value of the wrong type: Go's decoder refuses the whole document,
    // so Tyk refuses it where it decodes one (the Gateway API's 400 Request malformed).
    bool decodeError = false;

    // "FILE:LINE:COLUMN: message" (warnings say "warning: message").
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Hb::Api
