// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

namespace Hb::Policy {

// The list merges Tyk performs when several policies grant the same API
// (internal/policy/apply.go and util.go), on the JSON of access rights.
class AccessRightMerge
{
public:
    // Strings of `in` appended to `dest` unless already there (Tyk's appendIfMissing).
    static nlohmann::json unionStrings(const nlohmann::json &dest, const nlohmann::json &in);
    // MergeAllowedURLs: one entry per url in first-seen order, methods unioned; null when
    // the result is empty.
    static nlohmann::json allowedUrls(const nlohmann::json &a, const nlohmann::json &b);
    // ApplyEndpointLevelLimits: per "METHOD path" the limit allowing more requests (shorter
    // per/rate; on a tie the higher rate) wins; endpoints missing on one side are kept.
    static nlohmann::json endpoints(const nlohmann::json &policy, const nlohmann::json &current);
    // restricted_types / allowed_types: types matched by name get their fields unioned, new
    // types are appended; an empty destination takes the other list.
    static nlohmann::json graphqlTypes(const nlohmann::json &dest, const nlohmann::json &in);
    // field_access_rights: same type and field keep the larger max_query_depth.
    static nlohmann::json fieldAccessRights(const nlohmann::json &dest, const nlohmann::json &in);
};

} // namespace Hb::Policy
