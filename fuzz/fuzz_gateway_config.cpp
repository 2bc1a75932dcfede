// SPDX-License-Identifier: GPL-3.0-or-later
// tyk.conf through GatewayConfig::fromJson (what fromFile runs on the file's bytes).
#include "core/api/gatewayconfig.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<GatewayConfig> config = GatewayConfig::fromJson(text, QStringLiteral("tyk.conf"));
    if (!config && config.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
