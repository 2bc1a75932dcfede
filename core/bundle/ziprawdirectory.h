// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArrayList>
#include <QString>

namespace Hb::Bundle {

// The entry names of a zip file exactly as stored, read straight from its central directory.
// libzip hands out names as C strings and turns an embedded NUL into a space, so a name with
// a NUL (which could truncate a path elsewhere) can only be seen in the raw bytes. Only the
// names are read; libzip does everything else. Stateless; callable from any thread.
class ZipRawDirectory
{
public:
    // The names in central-directory order (libzip's index order). More than `maxEntries`
    // entries is an error before the directory is read, so a huge count costs nothing.
    static Result<QByteArrayList> entryNames(const QString &zipPath, qint64 maxEntries);
};

} // namespace Hb::Bundle
