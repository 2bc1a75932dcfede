// SPDX-License-Identifier: GPL-3.0-or-later
// API definitions, Tyk Classic and Tyk OAS, through ApiDefinitionLoader::parse (what
// loadFile/loadDirectory and POST /tyk/apis run on a file's bytes). Every error must come back
// as a Result with diagnostics, never as a crash or an escaping exception.
#include "core/api/apidefinitionloader.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnostics diagnostics;
    const Result<ApiDefinition> api =
        ApiDefinitionLoader::parse(text, QStringLiteral("fuzz.json"), &diagnostics);
    if (!api && api.error().message.isEmpty())
        __builtin_trap(); // a refusal says why
    return 0;
}
