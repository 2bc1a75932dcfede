// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/diagnostic.h"

namespace Hb::Api {

QString Diagnostic::toString() const
{
    // The compiler-style form lets editors and terminals jump to the place.
    const QString prefix = where.toString();
    const QString body =
        severity == Severity::Warning ? QStringLiteral("warning: ") + message : message;
    return prefix.isEmpty() ? body : prefix + QStringLiteral(": ") + body;
}

} // namespace Hb::Api
