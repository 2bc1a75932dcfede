// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundle/bundlemanifest.h"
#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace Hb::Bundle {

struct BuildOptions
{
    QString manifestPath = QStringLiteral("manifest.json");
    QString outputPath = QStringLiteral("bundle.zip");
    QString privateKeyPath; // empty: the bundle is not signed
};

struct BuildResult
{
    BundleManifest manifest; // as written into the zip (checksum and signature filled in)
    QString outputPath;
    qint64 bytes = 0;     // size of the zip
    QStringList warnings; // e.g. a stale signature kept from the input manifest
};

// `tyk bundle build` (Tyk: cli/bundler/bundler.go, Bundler.Build). Tyk reads file_list
// paths relative to the current directory; Hookbench reads them relative to the manifest's
// directory, which is the same thing when the command runs next to the manifest (the usual
// case) and does not depend on where it runs otherwise. Stateless; synchronous file I/O.
class BundleBuilder
{
public:
    // Reads and validates the manifest as Tyk does before building: every file_list entry
    // exists ("Referencing a nonexistent file: NAME"), at least one hook ("No hooks defined"),
    // a driver ("No driver specified"). Also refuses, unlike Tyk, entries that would make a
    // bundle Tyk cannot load (manifest.json itself, absolute or escaping names).
    static Result<BundleManifest> loadManifest(const QString &manifestPath);

    // Validates, computes the checksum, signs when a key is given, and writes the zip: the
    // file_list files under their names as listed, then the regenerated manifest.json.
    static Result<BuildResult> build(const BuildOptions &options);
};

} // namespace Hb::Bundle
