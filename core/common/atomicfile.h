// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace Hb {

// Writes `data` to `path` whole or not at all (a temporary file renamed over the target), so
// the engine or an editor never reads half a file. The error's message is the system's
// reason, its place the path.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace Hb
