// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundle/bundlemanifest.h"
#include "core/common/result.h"

#include <QString>

namespace Hb::Bundle {

// Merges the manifests of a comma-separated custom_middleware_bundle list in order, as Tyk's
// mergeBundleManifest does (Tyk: gateway/coprocess_bundle.go): hook lists are
// concatenated with each `path` prefixed by the bundle's sub-directory, one auth_check at
// most, one driver, the first id_extractor with an extract_with. A value type; one thread.
class BundleMerger
{
public:
    // Adds one bundle's manifest; an error (Tyk's text) leaves the merge unusable.
    Result<void> add(const QString &bundleName, const QString &subdirectory,
                     const BundleManifest &manifest);

    // file_list holds every bundle's files prefixed by its sub-directory; no checksum or
    // signature (each bundle was verified on its own).
    const BundleManifest &merged() const { return m_merged; }

private:
    BundleManifest m_merged;
};

} // namespace Hb::Bundle
