// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionjsontypes.h"

#include "core/common/asciicase.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cctype>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <string_view>

namespace Hb::Session {

namespace {
using Json = nlohmann::json;

// A Go type, as far as decoding needs it. Structs list their JSON field names.
struct GoType
{
    enum Kind { String, Float64, Int, Int64, Bool, Time, Any, Struct, Slice, Map } kind;
    const char *name; // as Go prints it in errors
    std::initializer_list<std::pair<const char *, const GoType *>> fields = {};
    const GoType *element = nullptr; // of a slice or a map
};

const GoType kString{GoType::String, "string"};
const GoType kFloat{GoType::Float64, "float64"};
const GoType kInt{GoType::Int, "int"};
const GoType kInt64{GoType::Int64, "int64"};
const GoType kBool{GoType::Bool, "bool"};
const GoType kTime{GoType::Time, "time.Time"};
const GoType kAny{GoType::Any, "interface {}"};
const GoType kStrings{GoType::Slice, "[]string", {}, &kString};
const GoType kFloats{GoType::Slice, "[]float64", {}, &kFloat};
const GoType kStringMap{GoType::Map, "map[string]string", {}, &kString};
const GoType kAnyMap{GoType::Map, "map[string]interface {}", {}, &kAny};

const GoType kSmoothing{GoType::Struct,
                        "apidef.RateLimitSmoothing",
                        {{"enabled", &kBool},
                         {"threshold", &kInt64},
                         {"trigger", &kFloat},
                         {"step", &kInt64},
                         {"delay", &kInt64}}};
const GoType kApiLimit{GoType::Struct,
                       "user.APILimit",
                       {{"rate", &kFloat},
                        {"per", &kFloat},
                        {"throttle_interval", &kFloat},
                        {"throttle_retry_limit", &kInt},
                        {"max_query_depth", &kInt},
                        {"quota_max", &kInt64},
                        {"quota_renews", &kInt64},
                        {"quota_remaining", &kInt64},
                        {"quota_renewal_rate", &kInt64},
                        {"set_by_policy", &kBool},
                        {"smoothing", &kSmoothing}}};
const GoType kAccessSpec{
    GoType::Struct, "user.AccessSpec", {{"url", &kString}, {"methods", &kStrings}}};
const GoType kAccessSpecs{GoType::Slice, "[]user.AccessSpec", {}, &kAccessSpec};
const GoType kGraphqlType{
    GoType::Struct, "graphql.Type", {{"name", &kString}, {"fields", &kStrings}}};
const GoType kGraphqlTypes{GoType::Slice, "[]graphql.Type", {}, &kGraphqlType};
const GoType kFieldLimits{GoType::Struct, "user.FieldLimits", {{"max_query_depth", &kInt}}};
const GoType kFieldAccess{
    GoType::Struct,
    "user.FieldAccessDefinition",
    {{"type_name", &kString}, {"field_name", &kString}, {"limits", &kFieldLimits}}};
const GoType kFieldAccessList{GoType::Slice, "[]user.FieldAccessDefinition", {}, &kFieldAccess};
const GoType kEndpointRateLimit{
    GoType::Struct, "user.RateLimit", {{"rate", &kFloat}, {"per", &kFloat}}};
const GoType kEndpointMethod{
    GoType::Struct, "user.EndpointMethod", {{"name", &kString}, {"limit", &kEndpointRateLimit}}};
const GoType kEndpointMethods{GoType::Slice, "user.EndpointMethods", {}, &kEndpointMethod};
const GoType kEndpoint{
    GoType::Struct, "user.Endpoint", {{"path", &kString}, {"methods", &kEndpointMethods}}};
const GoType kEndpoints{GoType::Slice, "user.Endpoints", {}, &kEndpoint};
const GoType kAccessDefinition{GoType::Struct,
                               "user.AccessDefinition",
                               {{"api_name", &kString},
                                {"api_id", &kString},
                                {"versions", &kStrings},
                                {"allowed_urls", &kAccessSpecs},
                                {"restricted_types", &kGraphqlTypes},
                                {"allowed_types", &kGraphqlTypes},
                                {"disable_introspection", &kBool},
                                {"limit", &kApiLimit},
                                {"field_access_rights", &kFieldAccessList},
                                {"allowance_scope", &kString},
                                {"endpoints", &kEndpoints}}};
const GoType kAccessRights{GoType::Map, "map[string]user.AccessDefinition", {}, &kAccessDefinition};
const GoType kBasicAuth{
    GoType::Struct, "user.BasicAuthData", {{"password", &kString}, {"hash_type", &kString}}};
const GoType kJwtData{GoType::Struct, "user.JWTData", {{"secret", &kString}}};
const GoType kMonitor{GoType::Struct, "user.Monitor", {{"trigger_limits", &kFloats}}};
const GoType kSessionState{GoType::Struct,
                           "SessionState",
                           {{"last_check", &kInt64},
                            {"allowance", &kFloat},
                            {"rate", &kFloat},
                            {"per", &kFloat},
                            {"throttle_interval", &kFloat},
                            {"throttle_retry_limit", &kInt},
                            {"max_query_depth", &kInt},
                            {"date_created", &kTime},
                            {"expires", &kInt64},
                            {"quota_max", &kInt64},
                            {"quota_renews", &kInt64},
                            {"quota_remaining", &kInt64},
                            {"quota_renewal_rate", &kInt64},
                            {"access_rights", &kAccessRights},
                            {"org_id", &kString},
                            {"oauth_client_id", &kString},
                            {"oauth_keys", &kStringMap},
                            {"certificate", &kString},
                            {"basic_auth_data", &kBasicAuth},
                            {"jwt_data", &kJwtData},
                            {"hmac_enabled", &kBool},
                            {"enable_http_signature_validation", &kBool},
                            {"hmac_string", &kString},
                            {"rsa_certificate_id", &kString},
                            {"is_inactive", &kBool},
                            {"apply_policy_id", &kString},
                            {"apply_policies", &kStrings},
                            {"data_expires", &kInt64},
                            {"monitor", &kMonitor},
                            {"enable_detail_recording", &kBool},
                            {"enable_detailed_recording", &kBool},
                            {"meta_data", &kAnyMap},
                            {"tags", &kStrings},
                            {"alias", &kString},
                            {"last_updated", &kString},
                            {"id_extractor_deadline", &kInt64},
                            {"session_lifetime", &kInt64},
                            {"post_expiry_action", &kString},
                            {"post_expiry_grace_period", &kInt64},
                            {"smoothing", &kSmoothing}}};

// How Go names a JSON value in an UnmarshalTypeError ("number 1e3" carries the literal).
QString goValueName(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::string: return QStringLiteral("string");
    case Json::value_t::boolean: return QStringLiteral("bool");
    case Json::value_t::array: return QStringLiteral("array");
    case Json::value_t::object: return QStringLiteral("object");
    default: return QStringLiteral("number ") + QString::fromStdString(v.dump());
    }
}

// time.Time's UnmarshalJSON: a quoted RFC 3339 time.
bool isRfc3339(const std::string &s)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = QString::fromStdString(s);
    return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

// Go's ParseInt accepts the literal: "1.0", "1e3" and values past int64 fail.
bool fitsInt64(const Json &v)
{
    return v.is_number_integer() &&
           !(v.is_number_unsigned() &&
             v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max()));
}

// The struct field `key` decodes into, as encoding/json picks it: an exact match wins over a
// case-insensitive one. Null for a key the struct does not have.
const std::pair<const char *, const GoType *> *structField(const GoType &type,
                                                           const std::string &key)
{
    for (const auto &field : type.fields) {
        if (key == field.first)
            return &field;
    }
    const std::pair<const char *, const GoType *> *match = nullptr;
    for (const auto &field : type.fields) {
        if (!match && equalsIgnoringAsciiCase(key, field.first))
            match = &field;
    }
    return match;
}

class Checker
{
public:
    Result<void> value(const Json &v, const GoType &type, const QString &field)
    {
        if (v.is_null())
            return {}; // null leaves a Go value alone
        auto mismatch = [&] {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("json: cannot unmarshal %1 into Go struct field %2 of "
                                            "type %3")
                                 .arg(goValueName(v), field, QLatin1String(type.name)));
        };
        switch (type.kind) {
        case GoType::Any: return {};
        case GoType::String: return v.is_string() ? Result<void>() : mismatch();
        case GoType::Bool: return v.is_boolean() ? Result<void>() : mismatch();
        case GoType::Float64:
            return v.is_number() && std::isfinite(v.get<double>()) ? Result<void>() : mismatch();
        case GoType::Int:
        case GoType::Int64: return fitsInt64(v) ? Result<void>() : mismatch();
        case GoType::Time:
            if (!v.is_string())
                return mismatch();
            if (!isRfc3339(v.get<std::string>()))
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("parsing time \"%1\" as "
                                                "\"2006-01-02T15:04:05Z07:00\": cannot parse")
                                     .arg(QString::fromStdString(v.get<std::string>())));
            return {};
        case GoType::Slice: return v.is_array() ? elements(v, type, field) : mismatch();
        case GoType::Map: return v.is_object() ? elements(v, type, field) : mismatch();
        case GoType::Struct: return v.is_object() ? structFields(v, type, field) : mismatch();
        }
        return {};
    }

private:
    // Every element of a slice or value of a map.
    Result<void> elements(const Json &v, const GoType &type, const QString &field)
    {
        for (const Json &e : v) {
            if (Result<void> r = value(e, *type.element, field); !r)
                return r;
        }
        return {};
    }

    // Every key the struct knows; unknown keys are ignored.
    Result<void> structFields(const Json &v, const GoType &type, const QString &field)
    {
        for (const auto &[key, e] : v.items()) {
            const auto *known = structField(type, key);
            if (!known)
                continue;
            const QLatin1String fieldName(known->first);
            const QString path = field.isEmpty()
                                     ? QString(QLatin1String(type.name) + u'.' + fieldName)
                                     : QString(field + u'.' + fieldName);
            if (Result<void> r = value(e, *known->second, path); !r)
                return r;
        }
        return {};
    }
};
// Renames keys that matched a field case-insensitively to the field's own name, as a decode
// into the Go struct and an encode back would; unknown keys stay as they are.
Json canonicalValue(const Json &v, const GoType &type)
{
    switch (type.kind) {
    case GoType::Slice:
        if (v.is_array()) {
            Json out = Json::array();
            for (const Json &e : v)
                out.push_back(canonicalValue(e, *type.element));
            return out;
        }
        return v;
    case GoType::Map:
        if (v.is_object()) {
            Json out = Json::object();
            for (const auto &[key, e] : v.items())
                out[key] = canonicalValue(e, *type.element);
            return out;
        }
        return v;
    case GoType::Struct: break;
    default: return v;
    }
    if (!v.is_object())
        return v;
    Json out = Json::object();
    for (const auto &[key, e] : v.items()) {
        const auto *known = structField(type, key);
        if (!known || key == known->first) {
            out[key] = known ? canonicalValue(e, *known->second) : e;
            continue;
        }
        // A null leaves the field alone; a key spelled exactly as the field is kept over a
        // differently cased one (nlohmann's objects do not keep the document's order, which
        // decides between them in Go).
        if (e.is_null() || v.contains(known->first))
            continue;
        out[known->first] = canonicalValue(e, *known->second);
    }
    return out;
}
} // namespace

nlohmann::json SessionJsonTypes::canonical(const nlohmann::json &session)
{
    return canonicalValue(session, kSessionState);
}

Result<void> SessionJsonTypes::check(const nlohmann::json &session)
{
    if (!session.is_object() && !session.is_null())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                                        "user.SessionState")
                             .arg(goValueName(session)));
    return Checker().value(session, kSessionState, QString());
}

} // namespace Hb::Session
