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

    // "FILE:LINE:COLUMN: message" (warnings say "warning: message").
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Hb::Api
