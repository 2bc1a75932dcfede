// SPDX-License-Identifier: GPL-3.0-or-later
// Policies: the input is read both as a policy_record_name file (PolicyStore::fromRecordJson)
// and as one file of a policy_path directory (PolicyStore::policyFromJson).
#include "core/policy/policystore.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Policy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<PolicyStore> store =
        PolicyStore::fromRecordJson(text, QStringLiteral("policies.json"));
    if (store)
        (void)store->toJson().dump();
    (void)PolicyStore::policyFromJson(text, QStringLiteral("policy.json"));
    return 0;
}
