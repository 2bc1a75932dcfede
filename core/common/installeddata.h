// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb {

// Where Hookbench finds the files it ships beside its programs (the Python runtime, the Go
// plugin host's sources, the samples): an installed copy keeps them in
// <prefix>/share/hookbench/<name>, found from the running program's own folder
// (<prefix>/bin), so a package, `cmake --install` into any prefix or a copied tree works
// without paths baked in at build time. A program run from the build tree has no such folder
// and gets `buildTreeDir`.
QString installedDataDir(const QString &name, const QString &buildTreeDir);

} // namespace Hb
