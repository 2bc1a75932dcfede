// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Hb::Bundle {

// Builds a zip archive in memory with libzip, so that the caller can write the file in one
// atomic step. Stateless; callable from any thread.
class ZipWriter
{
public:
    // The archive holding `entries` (name, content) in order, each deflated; a repeated name
    // keeps the last content. Names are stored as UTF-8.
    static Result<QByteArray> write(const QList<QPair<QString, QByteArray>> &entries);
};

} // namespace Hb::Bundle
