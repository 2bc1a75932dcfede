// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace Hb::Plugin {

// The `go` command Go plugins and their host are built with. A `.so` loads only into a host
// built by the same toolchain, so one toolchain builds both.
struct GoToolchain
{
    QString go;      // absolute path of the `go` command
    QString version; // "go1.19.8 linux/amd64", as `go version` prints it

    // `explicitPath` (--go) when given, else `go` on PATH. The error says what to install.
    static Result<GoToolchain> find(const QString &explicitPath = QString());
};

} // namespace Hb::Plugin
