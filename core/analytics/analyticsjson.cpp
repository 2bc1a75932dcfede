// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsjson.h"

#include "core/common/untrustedjson.h"

#include <QVariantMap>

#include <functional>
#include <limits>
#include <map>

namespace Hb::Analytics {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

std::string str(const QString &s)
{
    return s.toStdString();
}

ojson stringList(const std::optional<QStringList> &list)
{
    if (!list)
        return nullptr;
    ojson out = ojson::array();
    for (const QString &s : *list)
        out.push_back(str(s));
    return out;
}

ojson variantToJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong: return v.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULongLong: return v.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: return v.toDouble();
    case QMetaType::QString: return str(v.toString());
    case QMetaType::QVariantList: {
        ojson out = ojson::array();
        for (const QVariant &e : v.toList())
            out.push_back(variantToJson(e));
        return out;
    }
    case QMetaType::QVariantMap: {
        ojson out = ojson::object();
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            out[str(it.key())] = variantToJson(it.value());
        return out;
    }
    default: return nullptr;
    }
}

ojson graphQLStats(const GraphQLStats &g)
{
    ojson types = nullptr;
    if (g.types) {
        types = ojson::object();
        for (auto it = g.types->cbegin(); it != g.types->cend(); ++it)
            types[str(it.key())] = stringList(it.value());
    }
    ojson errors = nullptr;
    if (g.errors) {
        errors = ojson::array();
        for (const GraphError &e : *g.errors) {
            ojson path = nullptr;
            if (e.path) {
                path = ojson::array();
                for (const QVariant &p : *e.path)
                    path.push_back(variantToJson(p));
            }
            errors.push_back(ojson{{"message", str(e.message)}, {"path", path}});
        }
    }
    // Hookbench's Go package tags these fields (tyk-pump's own GraphQLStats has no tags).
    return ojson{{"variables", str(g.variables)},
                 {"root_fields", stringList(g.rootFields)},
                 {"types", types},
                 {"errors", errors},
                 {"operation_type", g.operationType},
                 {"has_errors", g.hasErrors},
                 {"is_graphql", g.isGraphQL}};
}

// Strict reading: the first problem wins and names the field by its JSON path.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const std::string &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QString::fromStdString(where) + QStringLiteral(": ") + what;
    }

    // Walks an object's keys: each must be in `fields`; null values are skipped.
    void object(
        const json &value, const std::string &where,
        const std::map<std::string, std::function<void(const json &, const std::string &)>> &fields)
    {
        if (!value.is_object()) {
            fail(where.empty() ? std::string("record") : where,
                 QStringLiteral("expected an object, got ") + typeName(value));
            return;
        }
        for (auto it = value.begin(); it != value.end() && !failed(); ++it) {
            const std::string name = where.empty() ? it.key() : where + '.' + it.key();
            const auto field = fields.find(it.key());
            if (field == fields.end()) {
                fail(name, QStringLiteral("unknown field"));
                return;
            }
            if (!it->is_null())
                field->second(*it, name);
        }
    }

    void string(const json &v, const std::string &where, QString &out)
    {
        if (!v.is_string())
            return fail(where, QStringLiteral("expected a string, got ") + typeName(v));
        out = QString::fromStdString(v.get<std::string>());
    }
    void boolean(const json &v, const std::string &where, bool &out)
    {
        if (!v.is_boolean())
            return fail(where, QStringLiteral("expected a boolean, got ") + typeName(v));
        out = v.get<bool>();
    }
    // Go's int / int64: an integer literal in range (1.0 and 1e2 are refused).
    void integer(const json &v, const std::string &where, qint64 &out)
    {
        if (v.is_number_unsigned() &&
            v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max()))
            return fail(where, QStringLiteral("number out of range for int64"));
        if (!v.is_number_integer())
            return fail(where, QStringLiteral("expected an integer, got ") + typeName(v));
        out = v.get<qint64>();
    }
    void unsignedInteger(const json &v, const std::string &where, quint64 &out)
    {
        if (!v.is_number_unsigned())
            return fail(where, QStringLiteral("expected an unsigned integer, got ") + typeName(v));
        out = v.get<std::uint64_t>();
    }
    void number(const json &v, const std::string &where, double &out)
    {
        if (!v.is_number())
            return fail(where, QStringLiteral("expected a number, got ") + typeName(v));
        out = v.get<double>();
    }
    void time(const json &v, const std::string &where, GoTime &out)
    {
        if (!v.is_string())
            return fail(where,
                        QStringLiteral("expected an RFC 3339 time string, got ") + typeName(v));
        const QString text = QString::fromStdString(v.get<std::string>());
        const auto parsed = GoTime::parseRfc3339(text);
        if (!parsed)
            return fail(where, QStringLiteral("not an RFC 3339 time: \"") + text + u'"');
        out = *parsed;
    }
    void stringList(const json &v, const std::string &where, std::optional<QStringList> &out)
    {
        if (!v.is_array())
            return fail(where, QStringLiteral("expected an array, got ") + typeName(v));
        QStringList list;
        for (std::size_t i = 0; i < v.size() && !failed(); ++i) {
            QString s;
            if (!v[i].is_null())
                string(v[i], where + '[' + std::to_string(i) + ']', s);
            list.append(s);
        }
        out = list;
    }

    static QString typeName(const json &v)
    {
        if (v.is_number())
            return QStringLiteral("number");
        return QString::fromUtf8(v.type_name());
    }

private:
    QString m_error;
};

// A JSON value as Go's interface{} holds it: numbers are float64.
QVariant jsonToVariant(const json &v)
{
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_number())
        return v.get<double>();
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array()) {
        QVariantList list;
        for (const json &e : v)
            list.append(jsonToVariant(e));
        return list;
    }
    if (v.is_object()) {
        QVariantMap map;
        for (auto it = v.begin(); it != v.end(); ++it)
            map.insert(QString::fromStdString(it.key()), jsonToVariant(*it));
        return map;
    }
    return QVariant();
}

void readGeo(Reader &r, const json &v, const std::string &at, GeoData &geo)
{
    r.object(v, at,
             {{"country",
               [&](const json &c, const std::string &w) {
                   r.object(c, w, {{"iso_code", [&](const json &x, const std::string &y) {
                                        r.string(x, y, geo.countryIsoCode);
                                    }}});
               }},
              {"city",
               [&](const json &c, const std::string &w) {
                   r.object(c, w,
                            {{"geoname_id",
                              [&](const json &x, const std::string &y) {
                                  r.unsignedInteger(x, y, geo.cityGeoNameId);
                              }},
                             {"names", [&](const json &x, const std::string &y) {
                                  if (!x.is_object())
                                      return r.fail(y, QStringLiteral("expected an object, got ") +
                                                           Reader::typeName(x));
                                  QMap<QString, QString> names;
                                  for (auto it = x.begin(); it != x.end() && !r.failed(); ++it) {
                                      QString value;
                                      if (!it->is_null())
                                          r.string(*it, y + '.' + it.key(), value);
                                      names.insert(QString::fromStdString(it.key()), value);
                                  }
                                  geo.cityNames = names;
                              }}});
               }},
              {"location", [&](const json &c, const std::string &w) {
                   r.object(
                       c, w,
                       {{"latitude", [&](const json &x,
                                         const std::string &y) { r.number(x, y, geo.latitude); }},
                        {"longitude", [&](const json &x,
                                          const std::string &y) { r.number(x, y, geo.longitude); }},
                        {"time_zone", [&](const json &x, const std::string &y) {
                             r.string(x, y, geo.timeZone);
                         }}});
               }}});
}

void readGraphErrors(Reader &r, const json &v, const std::string &at,
                     std::optional<QList<GraphError>> &out)
{
    if (!v.is_array())
        return r.fail(at, QStringLiteral("expected an array, got ") + Reader::typeName(v));
    QList<GraphError> errors;
    for (std::size_t i = 0; i < v.size() && !r.failed(); ++i) {
        GraphError e;
        if (!v[i].is_null()) {
            r.object(v[i], at + '[' + std::to_string(i) + ']',
                     {{"message",
                       [&](const json &x, const std::string &y) { r.string(x, y, e.message); }},
                      {"path", [&](const json &x, const std::string &y) {
                           if (!x.is_array())
                               return r.fail(y, QStringLiteral("expected an array, got ") +
                                                    Reader::typeName(x));
                           e.path = jsonToVariant(x).toList();
                       }}});
        }
        errors.append(e);
    }
    out = errors;
}

void readGraphQLStats(Reader &r, const json &v, const std::string &at, GraphQLStats &g)
{
    r.object(
        v, at,
        {{"variables", [&](const json &x, const std::string &y) { r.string(x, y, g.variables); }},
         {"root_fields",
          [&](const json &x, const std::string &y) { r.stringList(x, y, g.rootFields); }},
         {"types",
          [&](const json &x, const std::string &y) {
              if (!x.is_object())
                  return r.fail(y,
                                QStringLiteral("expected an object, got ") + Reader::typeName(x));
              QMap<QString, QStringList> types;
              for (auto it = x.begin(); it != x.end() && !r.failed(); ++it) {
                  std::optional<QStringList> list;
                  if (!it->is_null())
                      r.stringList(*it, y + '.' + it.key(), list);
                  types.insert(QString::fromStdString(it.key()), list.value_or(QStringList()));
              }
              g.types = types;
          }},
         {"errors",
          [&](const json &x, const std::string &y) { readGraphErrors(r, x, y, g.errors); }},
         {"operation_type",
          [&](const json &x, const std::string &y) { r.integer(x, y, g.operationType); }},
         {"has_errors", [&](const json &x, const std::string &y) { r.boolean(x, y, g.hasErrors); }},
         {"is_graphql",
          [&](const json &x, const std::string &y) { r.boolean(x, y, g.isGraphQL); }}});
}

} // namespace

ojson AnalyticsJson::toJson(const AnalyticsRecord &a)
{
    ojson names = nullptr;
    if (a.geo.cityNames) {
        names = ojson::object();
        for (auto it = a.geo.cityNames->cbegin(); it != a.geo.cityNames->cend(); ++it)
            names[str(it.key())] = str(it.value());
    }
    ojson out = ojson::object();
    out["method"] = str(a.method);
    out["host"] = str(a.host);
    out["path"] = str(a.path);
    out["raw_path"] = str(a.rawPath);
    out["content_length"] = a.contentLength;
    out["user_agent"] = str(a.userAgent);
    out["day"] = a.day;
    out["month"] = a.month; // time.Month has no MarshalJSON: a number
    out["year"] = a.year;
    out["hour"] = a.hour;
    out["response_code"] = a.responseCode;
    out["api_key"] = str(a.apiKey);
    out["timestamp"] = str(a.timeStamp.toRfc3339Nano());
    out["api_version"] = str(a.apiVersion);
    out["api_name"] = str(a.apiName);
    out["api_id"] = str(a.apiId);
    out["org_id"] = str(a.orgId);
    out["oauth_id"] = str(a.oauthId);
    out["request_time"] = a.requestTime;
    out["raw_request"] = str(a.rawRequest);
    out["raw_response"] = str(a.rawResponse);
    out["ip_address"] = str(a.ipAddress);
    out["geo"] = ojson{{"country", ojson{{"iso_code", str(a.geo.countryIsoCode)}}},
                       {"city", ojson{{"geoname_id", a.geo.cityGeoNameId}, {"names", names}}},
                       {"location", ojson{{"latitude", a.geo.latitude},
                                          {"longitude", a.geo.longitude},
                                          {"time_zone", str(a.geo.timeZone)}}}};
    out["network"] = ojson{{"open_connections", a.network.openConnections},
                           {"closed_connections", a.network.closedConnection},
                           {"bytes_in", a.network.bytesIn},
                           {"bytes_out", a.network.bytesOut}};
    out["latency"] = ojson{{"total", a.latency.total},
                           {"upstream", a.latency.upstream},
                           {"gateway", a.latency.gateway}};
    out["tags"] = stringList(a.tags);
    out["alias"] = str(a.alias);
    out["track_path"] = a.trackPath;
    out["expireAt"] = str(a.expireAt.toRfc3339Nano());
    out["api_schema"] = str(a.apiSchema);
    out["original_path"] = str(a.originalPath);
    out["listen_path"] = str(a.listenPath);
    out["graphql_stats"] = graphQLStats(a.graphQLStats);
    out["mcp_stats"] = ojson{{"is_mcp", a.mcpStats.isMcp},
                             {"jsonrpc_method", str(a.mcpStats.jsonRpcMethod)},
                             {"primitive_type", str(a.mcpStats.primitiveType)},
                             {"primitive_name", str(a.mcpStats.primitiveName)}};
    return out;
}

QByteArray AnalyticsJson::toJsonBytes(const AnalyticsRecord &record)
{
    const std::string text =
        toJson(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<AnalyticsRecord> AnalyticsJson::fromJson(const json &value)
{
    AnalyticsRecord a;
    Reader r;
    using Field = std::function<void(const json &, const std::string &)>;
    const auto s = [&r](QString &out) -> Field {
        return [&r, &out](const json &v, const std::string &w) { r.string(v, w, out); };
    };
    const auto i = [&r](qint64 &out) -> Field {
        return [&r, &out](const json &v, const std::string &w) { r.integer(v, w, out); };
    };
    const auto t = [&r](GoTime &out) -> Field {
        return [&r, &out](const json &v, const std::string &w) { r.time(v, w, out); };
    };
    r.object(
        value, std::string(),
        {{"method", s(a.method)},
         {"host", s(a.host)},
         {"path", s(a.path)},
         {"raw_path", s(a.rawPath)},
         {"content_length", i(a.contentLength)},
         {"user_agent", s(a.userAgent)},
         {"day", i(a.day)},
         {"month", i(a.month)},
         {"year", i(a.year)},
         {"hour", i(a.hour)},
         {"response_code", i(a.responseCode)},
         {"api_key", s(a.apiKey)},
         {"timestamp", t(a.timeStamp)},
         {"api_version", s(a.apiVersion)},
         {"api_name", s(a.apiName)},
         {"api_id", s(a.apiId)},
         {"org_id", s(a.orgId)},
         {"oauth_id", s(a.oauthId)},
         {"request_time", i(a.requestTime)},
         {"raw_request", s(a.rawRequest)},
         {"raw_response", s(a.rawResponse)},
         {"ip_address", s(a.ipAddress)},
         {"geo", [&](const json &v, const std::string &w) { readGeo(r, v, w, a.geo); }},
         {"network",
          [&](const json &v, const std::string &w) {
              r.object(v, w,
                       {{"open_connections", i(a.network.openConnections)},
                        {"closed_connections", i(a.network.closedConnection)},
                        {"bytes_in", i(a.network.bytesIn)},
                        {"bytes_out", i(a.network.bytesOut)}});
          }},
         {"latency",
          [&](const json &v, const std::string &w) {
              r.object(v, w,
                       {{"total", i(a.latency.total)},
                        {"upstream", i(a.latency.upstream)},
                        {"gateway", i(a.latency.gateway)}});
          }},
         {"tags", [&](const json &v, const std::string &w) { r.stringList(v, w, a.tags); }},
         {"alias", s(a.alias)},
         {"track_path", [&](const json &v, const std::string &w) { r.boolean(v, w, a.trackPath); }},
         {"expireAt", t(a.expireAt)},
         {"api_schema", s(a.apiSchema)},
         {"original_path", s(a.originalPath)},
         {"listen_path", s(a.listenPath)},
         {"graphql_stats",
          [&](const json &v, const std::string &w) { readGraphQLStats(r, v, w, a.graphQLStats); }},
         {"mcp_stats", [&](const json &v, const std::string &w) {
              r.object(
                  v, w,
                  {{"is_mcp", [&](const json &x,
                                  const std::string &y) { r.boolean(x, y, a.mcpStats.isMcp); }},
                   {"jsonrpc_method", s(a.mcpStats.jsonRpcMethod)},
                   {"primitive_type", s(a.mcpStats.primitiveType)},
                   {"primitive_name", s(a.mcpStats.primitiveName)}});
          }}});
    if (r.failed()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("analytics record: ") + r.error());
    }
    return a;
}

Result<AnalyticsRecord> AnalyticsJson::fromJsonBytes(const QByteArray &text)
{
    Result<json> parsed = parseUntrustedJson(std::string_view(text.constData(), text.size()),
                                             QStringLiteral("analytics record"));
    if (!parsed)
        return parsed.error();
    return fromJson(*parsed);
}

} // namespace Hb::Analytics
