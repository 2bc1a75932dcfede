// SPDX-License-Identifier: GPL-3.0-or-later
// A bundle's manifest.json through BundleManifest::fromJson (what fromFile runs on the file's
// bytes), then written back as `tyk bundle build` writes it.
#include "core/bundle/bundlemanifest.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Bundle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<BundleManifest> manifest =
        BundleManifest::fromJson(text, QStringLiteral("manifest.json"));
    if (!manifest) {
        if (manifest.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)manifest->serialize();
    return 0;
}
