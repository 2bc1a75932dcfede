// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace Hb::Pipeline {

// Tyk's variables in a configured string ($tyk_meta.<field>, $tyk_context.<name>,
// $secret_env.<name>, $secret_conf.<name>, $secret_vault.<path>, $secret_consul.<path>), as
// its ReplaceTykVariables substitutes them without escaping (used by the session metadata's
// rate_limit_pattern). A variable with no value becomes the empty string, as in Tyk.
// Hookbench has no request context variables, Vault or Consul, so those are always empty;
// $secret_env.<name> reads TYK_SECRET_<NAME> from the environment.
class TykVariables
{
public:
    // `metaData` is the session's meta_data object (null when there is no session).
    static QString replace(const QString &in, const nlohmann::json &metaData);

    // Tyk's valToStr for a JSON value: strings as they are, numbers in their shortest form,
    // arrays joined by ',' (each non-empty item query-escaped); anything else is empty.
    static QString valueText(const nlohmann::json &value);
};

} // namespace Hb::Pipeline
