// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace Hb::GatewayApi {

// Tyk's check of a classic API definition sent to POST or PUT /tyk/apis before it is written
// (Tyk: gateway/api.go validateAPIDef, apidef/validator.go DefaultValidationRuleSet at
// 31e219b): unique GraphQL data source names, at least one auth source per enabled auth
// method, IP lists that parse, no negative timeouts, one upstream authentication mode, load
// balancing with a target. Returns the first problem in Tyk's words, empty when there is
// none; the reply is 400 "Validation of API Definition failed. Reason: <problem>.". Keys are
// matched exactly (Go's decoder also takes other cases).
QString firstDefinitionRuleError(const nlohmann::json &definition);

} // namespace Hb::GatewayApi
