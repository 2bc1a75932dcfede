// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/analyticsmsgpack.h"

#include "core/analytics/msgpackwriter.h"

#include <QVariantMap>

#include <nlohmann/json.hpp>

namespace Hb::Analytics {

namespace {

void writeGeo(MsgpackWriter &w, const GeoData &g)
{
    w.mapHeader(3);
    w.key("Country");
    w.mapHeader(1);
    w.key("ISOCode");
    w.string(g.countryIsoCode);
    w.key("City");
    w.mapHeader(2);
    w.key("GeoNameID");
    w.uinteger(g.cityGeoNameId);
    w.key("Names");
    if (!g.cityNames) {
        w.nil();
    } else {
        w.mapHeader(quint64(g.cityNames->size()));
        for (auto it = g.cityNames->cbegin(); it != g.cityNames->cend(); ++it) {
            w.string(it.key());
            w.string(it.value());
        }
    }
    w.key("Location");
    w.mapHeader(3);
    w.key("Latitude");
    w.float64(g.latitude);
    w.key("Longitude");
    w.float64(g.longitude);
    w.key("TimeZone");
    w.string(g.timeZone);
}

void writeGraphQLStats(MsgpackWriter &w, const GraphQLStats &g)
{
    w.mapHeader(7);
    w.key("Variables");
    w.string(g.variables);
    w.key("RootFields");
    w.stringList(g.rootFields);
    w.key("Types");
    if (!g.types) {
        w.nil();
    } else {
        w.mapHeader(quint64(g.types->size()));
        for (auto it = g.types->cbegin(); it != g.types->cend(); ++it) {
            w.string(it.key());
            w.stringList(it.value());
        }
    }
    w.key("Errors");
    if (!g.errors) {
        w.nil();
    } else {
        w.arrayHeader(quint64(g.errors->size()));
        for (const GraphError &e : *g.errors) {
            w.mapHeader(2);
            w.key("Message");
            w.string(e.message);
            w.key("Path");
            if (e.path)
                w.variant(*e.path);
            else
                w.nil();
        }
    }
    w.key("OperationType");
    w.integer(g.operationType);
    w.key("HasErrors");
    w.boolean(g.hasErrors);
    w.key("IsGraphQL");
    w.boolean(g.isGraphQL);
}

using json = nlohmann::json;

// Field-by-field reading of the decoded tree; the first mismatch wins.
class Reader
{
public:
    QString error;

    const json *field(const json &object, const char *name)
    {
        const auto it = object.find(name);
        return it == object.end() ? nullptr : &*it;
    }
    void fail(const char *name, const char *expected)
    {
        if (error.isEmpty())
            error = QString::fromLatin1(name) + QStringLiteral(": expected ") +
                    QString::fromLatin1(expected);
    }
    void string(const json &o, const char *name, QString &out)
    {
        if (const json *v = field(o, name)) {
            if (v->is_string())
                out = QString::fromStdString(v->get<std::string>());
            else if (!v->is_null())
                fail(name, "a string");
        }
    }
    void integer(const json &o, const char *name, qint64 &out)
    {
        if (const json *v = field(o, name)) {
            if (v->is_number_integer())
                out = v->get<qint64>();
            else if (!v->is_null())
                fail(name, "an integer");
        }
    }
    void uinteger(const json &o, const char *name, quint64 &out)
    {
        if (const json *v = field(o, name)) {
            if (v->is_number_integer())
                out = v->get<quint64>();
            else if (!v->is_null())
                fail(name, "an integer");
        }
    }
    void number(const json &o, const char *name, double &out)
    {
        if (const json *v = field(o, name)) {
            if (v->is_number())
                out = v->get<double>();
            else if (!v->is_null())
                fail(name, "a number");
        }
    }
    void boolean(const json &o, const char *name, bool &out)
    {
        if (const json *v = field(o, name)) {
            if (v->is_boolean())
                out = v->get<bool>();
            else if (!v->is_null())
                fail(name, "a boolean");
        }
    }
    void time(const json &o, const char *name, GoTime &out)
    {
        const json *v = field(o, name);
        if (!v || v->is_null())
            return;
        if (!v->is_array() || v->size() != 2 || !(*v)[0].is_number_integer() ||
            !(*v)[1].is_number_integer())
            return fail(name, "a [seconds, nanoseconds] array");
        out = GoTime((*v)[0].get<qint64>(), int((*v)[1].get<qint64>()), 0);
    }
    void stringList(const json &o, const char *name, std::optional<QStringList> &out)
    {
        const json *v = field(o, name);
        if (!v || v->is_null())
            return;
        if (!v->is_array())
            return fail(name, "an array");
        QStringList list;
        for (const json &e : *v) {
            if (!e.is_string())
                return fail(name, "an array of strings");
            list.append(QString::fromStdString(e.get<std::string>()));
        }
        out = list;
    }
    const json *object(const json &o, const char *name)
    {
        const json *v = field(o, name);
        if (!v || v->is_null())
            return nullptr;
        if (!v->is_object()) {
            fail(name, "a map");
            return nullptr;
        }
        return v;
    }
};

QVariant toVariant(const json &v)
{
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_number_unsigned())
        return QVariant::fromValue(v.get<quint64>());
    if (v.is_number_integer())
        return QVariant::fromValue(v.get<qint64>());
    if (v.is_number_float())
        return v.get<double>();
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array()) {
        QVariantList list;
        for (const json &e : v)
            list.append(toVariant(e));
        return list;
    }
    if (v.is_object()) {
        QVariantMap map;
        for (auto it = v.begin(); it != v.end(); ++it)
            map.insert(QString::fromStdString(it.key()), toVariant(*it));
        return map;
    }
    return QVariant();
}

void readGeo(Reader &r, const json &geo, GeoData &g)
{
    if (const json *c = r.object(geo, "Country"))
        r.string(*c, "ISOCode", g.countryIsoCode);
    if (const json *c = r.object(geo, "City")) {
        r.uinteger(*c, "GeoNameID", g.cityGeoNameId);
        if (const json *names = r.object(*c, "Names")) {
            QMap<QString, QString> map;
            for (auto it = names->begin(); it != names->end(); ++it)
                map.insert(QString::fromStdString(it.key()),
                           it->is_string() ? QString::fromStdString(it->get<std::string>())
                                           : QString());
            g.cityNames = map;
        }
    }
    if (const json *l = r.object(geo, "Location")) {
        r.number(*l, "Latitude", g.latitude);
        r.number(*l, "Longitude", g.longitude);
        r.string(*l, "TimeZone", g.timeZone);
    }
}

void readGraphQLStats(Reader &r, const json &s, GraphQLStats &g)
{
    r.string(s, "Variables", g.variables);
    r.stringList(s, "RootFields", g.rootFields);
    if (const json *types = r.object(s, "Types")) {
        QMap<QString, QStringList> map;
        for (auto it = types->begin(); it != types->end(); ++it) {
            QStringList list;
            if (it->is_array()) {
                for (const json &e : *it)
                    list.append(e.is_string() ? QString::fromStdString(e.get<std::string>())
                                              : QString());
            }
            map.insert(QString::fromStdString(it.key()), list);
        }
        g.types = map;
    }
    if (const json *errors = r.field(s, "Errors"); errors && !errors->is_null()) {
        if (!errors->is_array())
            return r.fail("Errors", "an array");
        QList<GraphError> list;
        for (const json &e : *errors) {
            GraphError ge;
            if (e.is_object()) {
                r.string(e, "Message", ge.message);
                if (const json *path = r.field(e, "Path"); path && path->is_array())
                    ge.path = toVariant(*path).toList();
            }
            list.append(ge);
        }
        g.errors = list;
    }
    r.integer(s, "OperationType", g.operationType);
    r.boolean(s, "HasErrors", g.hasErrors);
    r.boolean(s, "IsGraphQL", g.isGraphQL);
}

} // namespace

QByteArray AnalyticsMsgpack::encode(const AnalyticsRecord &a)
{
    MsgpackWriter w;
    w.mapHeader(35);
    w.key("Method");
    w.string(a.method);
    w.key("Host");
    w.string(a.host);
    w.key("Path");
    w.string(a.path);
    w.key("RawPath");
    w.string(a.rawPath);
    w.key("ContentLength");
    w.integer(a.contentLength);
    w.key("UserAgent");
    w.string(a.userAgent);
    w.key("Day");
    w.integer(a.day);
    w.key("Month");
    w.integer(a.month);
    w.key("Year");
    w.integer(a.year);
    w.key("Hour");
    w.integer(a.hour);
    w.key("ResponseCode");
    w.integer(a.responseCode);
    w.key("APIKey");
    w.string(a.apiKey);
    w.key("TimeStamp");
    w.time(a.timeStamp);
    w.key("APIVersion");
    w.string(a.apiVersion);
    w.key("APIName");
    w.string(a.apiName);
    w.key("APIID");
    w.string(a.apiId);
    w.key("OrgID");
    w.string(a.orgId);
    w.key("OauthID");
    w.string(a.oauthId);
    w.key("RequestTime");
    w.integer(a.requestTime);
    w.key("RawRequest");
    w.string(a.rawRequest);
    w.key("RawResponse");
    w.string(a.rawResponse);
    w.key("IPAddress");
    w.string(a.ipAddress);
    w.key("Geo");
    writeGeo(w, a.geo);
    w.key("Network");
    w.mapHeader(4);
    w.key("OpenConnections");
    w.integer(a.network.openConnections);
    w.key("ClosedConnection");
    w.integer(a.network.closedConnection);
    w.key("BytesIn");
    w.integer(a.network.bytesIn);
    w.key("BytesOut");
    w.integer(a.network.bytesOut);
    w.key("Latency");
    w.mapHeader(3);
    w.key("Total");
    w.integer(a.latency.total);
    w.key("Upstream");
    w.integer(a.latency.upstream);
    w.key("Gateway");
    w.integer(a.latency.gateway);
    w.key("Tags");
    w.stringList(a.tags);
    w.key("Alias");
    w.string(a.alias);
    w.key("TrackPath");
    w.boolean(a.trackPath);
    w.key("ExpireAt");
    w.time(a.expireAt);
    w.key("ApiSchema");
    w.string(a.apiSchema);
    w.key("OriginalPath");
    w.string(a.originalPath);
    w.key("ListenPath");
    w.string(a.listenPath);
    w.key("GraphQLStats");
    writeGraphQLStats(w, a.graphQLStats);
    w.key("MCPStats");
    w.mapHeader(4);
    w.key("IsMCP");
    w.boolean(a.mcpStats.isMcp);
    w.key("JSONRPCMethod");
    w.string(a.mcpStats.jsonRpcMethod);
    w.key("PrimitiveType");
    w.string(a.mcpStats.primitiveType);
    w.key("PrimitiveName");
    w.string(a.mcpStats.primitiveName);
    w.key("CollectionName");
    w.string(a.collectionName);
    return w.bytes();
}

Result<AnalyticsRecord> AnalyticsMsgpack::decode(const QByteArray &bytes)
{
    json root;
    try {
        root = json::from_msgpack(bytes.constBegin(), bytes.constEnd());
    } catch (const json::exception &e) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("analytics record is not msgpack: ") +
                             QString::fromUtf8(e.what()));
    }
    if (!root.is_object())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("analytics record: expected a msgpack map"));
    AnalyticsRecord a;
    Reader r;
    r.string(root, "Method", a.method);
    r.string(root, "Host", a.host);
    r.string(root, "Path", a.path);
    r.string(root, "RawPath", a.rawPath);
    r.integer(root, "ContentLength", a.contentLength);
    r.string(root, "UserAgent", a.userAgent);
    r.integer(root, "Day", a.day);
    r.integer(root, "Month", a.month);
    r.integer(root, "Year", a.year);
    r.integer(root, "Hour", a.hour);
    r.integer(root, "ResponseCode", a.responseCode);
    r.string(root, "APIKey", a.apiKey);
    r.time(root, "TimeStamp", a.timeStamp);
    r.string(root, "APIVersion", a.apiVersion);
    r.string(root, "APIName", a.apiName);
    r.string(root, "APIID", a.apiId);
    r.string(root, "OrgID", a.orgId);
    r.string(root, "OauthID", a.oauthId);
    r.integer(root, "RequestTime", a.requestTime);
    r.string(root, "RawRequest", a.rawRequest);
    r.string(root, "RawResponse", a.rawResponse);
    r.string(root, "IPAddress", a.ipAddress);
    if (const json *geo = r.object(root, "Geo"))
        readGeo(r, *geo, a.geo);
    if (const json *n = r.object(root, "Network")) {
        r.integer(*n, "OpenConnections", a.network.openConnections);
        r.integer(*n, "ClosedConnection", a.network.closedConnection);
        r.integer(*n, "BytesIn", a.network.bytesIn);
        r.integer(*n, "BytesOut", a.network.bytesOut);
    }
    if (const json *l = r.object(root, "Latency")) {
        r.integer(*l, "Total", a.latency.total);
        r.integer(*l, "Upstream", a.latency.upstream);
        r.integer(*l, "Gateway", a.latency.gateway);
    }
    r.stringList(root, "Tags", a.tags);
    r.string(root, "Alias", a.alias);
    r.boolean(root, "TrackPath", a.trackPath);
    r.time(root, "ExpireAt", a.expireAt);
    r.string(root, "ApiSchema", a.apiSchema);
    r.string(root, "OriginalPath", a.originalPath);
    r.string(root, "ListenPath", a.listenPath);
    if (const json *g = r.object(root, "GraphQLStats"))
        readGraphQLStats(r, *g, a.graphQLStats);
    if (const json *m = r.object(root, "MCPStats")) {
        r.boolean(*m, "IsMCP", a.mcpStats.isMcp);
        r.string(*m, "JSONRPCMethod", a.mcpStats.jsonRpcMethod);
        r.string(*m, "PrimitiveType", a.mcpStats.primitiveType);
        r.string(*m, "PrimitiveName", a.mcpStats.primitiveName);
    }
    r.string(root, "CollectionName", a.collectionName);
    if (!r.error.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("analytics record: ") + r.error);
    return a;
}

} // namespace Hb::Analytics
