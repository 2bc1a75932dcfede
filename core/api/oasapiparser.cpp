// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/oasapiparser.h"

#include "core/api/classicapiparser.h"
#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"

#include <QStringList>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace Hb::Api {

namespace {
using json = nlohmann::json;

const std::string X = "/x-tyk-api-gateway";

std::string at(std::string_view pointer, std::string_view key)
{
    return JsonLocator::child(pointer, key);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

// The OpenAPI operation methods, lower case as they appear under a path item.
const char *const Methods[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

struct OperationPlace
{
    std::string path;   // template as written, e.g. "/anything/{id}"
    std::string method; // upper case
};

// Tyk orders paths (internal/oasutil/paths.go): more "/" separators first once "{...}" segments
// are removed, then the longer path, then lexical; the generated endpoint lists follow it.
bool morePathSpecific(const std::string &a, const std::string &b)
{
    auto stripped = [](const std::string &p) {
        std::string out;
        int depth = 0;
        for (char ch : p) {
            if (ch == '{')
                ++depth;
            else if (ch == '}' && depth > 0)
                --depth;
            else if (depth == 0)
                out += ch;
        }
        return out;
    };
    const std::string sa = stripped(a);
    const std::string sb = stripped(b);
    const auto slashesA = std::count(sa.begin(), sa.end(), '/');
    const auto slashesB = std::count(sb.begin(), sb.end(), '/');
    if (slashesA != slashesB)
        return slashesA > slashesB;
    if (sa.size() != sb.size())
        return sa.size() > sb.size();
    return a < b;
}

// The operations listed under /paths: where each operationId lives, and the paths in Tyk's
// order.
struct OperationIndex
{
    std::map<std::string, OperationPlace> places; // by operationId
    std::vector<std::string> pathOrder;           // sorted by morePathSpecific

    std::ptrdiff_t rank(const std::string &path) const
    {
        return std::find(pathOrder.begin(), pathOrder.end(), path) - pathOrder.begin();
    }
};

OperationIndex indexOperations(JsonFieldReader &r)
{
    OperationIndex index;
    if (const json *paths = r.readObject("/paths")) {
        for (const auto &[path, item] : paths->items()) {
            index.pathOrder.push_back(path);
            if (!item.is_object())
                continue;
            for (const char *method : Methods) {
                const auto op = item.find(method);
                if (op == item.end() || !op->is_object())
                    continue;
                const auto id = op->find("operationId");
                if (id != op->end() && id->is_string()) {
                    std::string upper = method;
                    std::transform(upper.begin(), upper.end(), upper.begin(),
                                   [](unsigned char ch) { return char(std::toupper(ch)); });
                    index.places[id->get<std::string>()] = OperationPlace{path, upper};
                }
            }
        }
    }
    std::sort(index.pathOrder.begin(), index.pathOrder.end(), morePathSpecific);
    return index;
}

// Entries with the rank of their path. They are emitted in Tyk's path order so that
// first-match picks the same one.
using RankedEntries = std::vector<std::pair<std::ptrdiff_t, json>>;

// The per-operation lists that become version_data's extended_paths.
struct ExtendedPaths
{
    RankedEntries goPlugins;
    RankedEntries virtuals;
    RankedEntries whiteList;
    RankedEntries blackList;
    RankedEntries ignored;
    RankedEntries trackEndpoints;
    RankedEntries doNotTrackEndpoints;
};

bool jsonTrue(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

// Go's time.ParseDuration ("1h30m", "1.5h", "-90s", "300ms"; "0" alone): nanoseconds, or
// nullopt where Go returns an error (also on overflow).
std::optional<qint64> parseGoDuration(const QString &text)
{
    const std::u16string s = text.toStdU16String();
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        negative = s[i++] == u'-';
    if (s.substr(i) == u"0")
        return 0;
    if (i == s.size())
        return std::nullopt;
    const quint64 limit = quint64(1) << 63;
    quint64 total = 0;
    while (i < s.size()) {
        // [0-9]*(\.[0-9]*)?
        if (!(s[i] == u'.' || (s[i] >= u'0' && s[i] <= u'9')))
            return std::nullopt;
        quint64 whole = 0;
        const std::size_t start = i;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
            if (whole > (limit - 1) / 10)
                return std::nullopt;
            whole = whole * 10 + (s[i++] - u'0');
            if (whole > limit)
                return std::nullopt;
        }
        const bool pre = i != start;
        quint64 fraction = 0;
        double scale = 1;
        bool post = false;
        if (i < s.size() && s[i] == u'.') {
            ++i;
            const std::size_t fracStart = i;
            bool overflow = false;
            while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
                if (!overflow && fraction <= (limit - 1) / 10) {
                    fraction = fraction * 10 + (s[i] - u'0');
                    scale *= 10;
                } else {
                    overflow = true; // Go ignores digits that no longer fit
                }
                ++i;
            }
            post = i != fracStart;
        }
        if (!pre && !post)
            return std::nullopt;
        const std::size_t unitStart = i;
        while (i < s.size() && s[i] != u'.' && !(s[i] >= u'0' && s[i] <= u'9'))
            ++i;
        const std::u16string unitText = s.substr(unitStart, i - unitStart);
        static const std::pair<std::u16string, quint64> units[] = {
            {u"ns", 1},       {u"us", 1000},      {u"\u00b5s", 1000},     {u"\u03bcs", 1000},
            {u"ms", 1000000}, {u"s", 1000000000}, {u"m", 60000000000ULL}, {u"h", 3600000000000ULL}};
        quint64 unit = 0;
        for (const auto &[name, factor] : units) {
            if (name == unitText)
                unit = factor;
        }
        if (unit == 0)
            return std::nullopt;
        if (whole > limit / unit)
            return std::nullopt;
        quint64 value = whole * unit;
        if (fraction > 0) {
            value += quint64(double(fraction) * (double(unit) / scale));
            if (value > limit)
                return std::nullopt;
        }
        total += value;
        if (total > limit)
            return std::nullopt;
    }
    if (total == limit && !negative)
        return std::nullopt;
    return negative ? -qint64(total - 1) - 1 : qint64(total);
}

// allow, block and ignoreAuthentication become the white list, black list and ignored list
// (Tyk's extractAllowanceTo), in the same path order.
void addAllowances(JsonFieldReader &r, const std::string &p, const OperationPlace &place,
                   std::ptrdiff_t rank, ExtendedPaths &lists)
{
    for (auto [key, list] :
         {std::pair{"/allow", &lists.whiteList}, std::pair{"/block", &lists.blackList},
          std::pair{"/ignoreAuthentication", &lists.ignored}}) {
        const json *allowance = r.readObject(p + key);
        if (!allowance)
            continue;
        list->emplace_back(rank, json{{"disabled", !jsonTrue(*allowance, "enabled")},
                                      {"path", place.path},
                                      {"method", place.method},
                                      {"ignore_case", jsonTrue(*allowance, "ignoreCase")}});
    }
}

// Tyk's VirtualEndpoint.ExtractTo: functionName (or the older name), and a blob when `body`
// is set, else a file at `path`.
json virtualEndpoint(const json &ve, const OperationPlace &place)
{
    auto text = [&ve](const char *key) {
        const auto it = ve.find(key);
        return it != ve.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const std::string name = text("functionName").empty() ? text("name") : text("functionName");
    const bool blob = !text("body").empty();
    return json{{"disabled", !jsonTrue(ve, "enabled")},
                {"path", place.path},
                {"method", place.method},
                {"response_function_name", name},
                {"function_source_type", blob ? "blob" : "file"},
                {"function_source_uri", blob ? text("body") : text("path")},
                {"use_session", jsonTrue(ve, "requireSession")},
                {"proxy_on_error", jsonTrue(ve, "proxyOnError")}};
}

json inPathOrder(RankedEntries list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    json out = json::array();
    for (const auto &entry : list)
        out.push_back(entry.second);
    return out;
}

// Every Tyk OAS API is non-versioned with a single version keyed "" (oas.Main); empty lists
// are left out.
json versionData(const ExtendedPaths &lists)
{
    json version =
        json{{"name", ""}, {"use_extended_paths", true}, {"extended_paths", json::object()}};
    for (const auto &[key, list] :
         {std::pair{"go_plugin", &lists.goPlugins}, std::pair{"virtual", &lists.virtuals},
          std::pair{"white_list", &lists.whiteList}, std::pair{"black_list", &lists.blackList},
          std::pair{"ignored", &lists.ignored}, std::pair{"track_endpoints", &lists.trackEndpoints},
          std::pair{"do_not_track_endpoints", &lists.doNotTrackEndpoints}}) {
        if (!list->empty())
            version["extended_paths"][key] = inPathOrder(*list);
    }
    return json{{"not_versioned", true}, {"default_version", ""}, {"versions", {{"", version}}}};
}
} // namespace

void OasApiParser::Conversion::put(const std::string &classicPointer, json value,
                                   const std::string &oasPointer)
{
    classic[json::json_pointer(classicPointer)] = std::move(value);
    aliases[classicPointer] = oasPointer;
}

ApiDefinition OasApiParser::parse(const json &root, const JsonLocator &locator, const QString &file,
                                  Diagnostics &diagnostics)
{
    JsonFieldReader oasReader(root, locator, file);
    Conversion c{oasReader, json::object(), {}};
    c.aliases[""] = X;
    if (oasReader.readObject(X)) {
        convertInfo(c);
        convertServer(c);
        convertGlobalMiddleware(c);
        convertOperations(c);
    }
    diagnostics += oasReader.diagnostics();
    ApiDefinition api;
    if (oasReader.hasErrors()) {
        // A wrongly typed OAS field would reappear as a misleading "missing" classic field.
        api.isOas = true;
        return api;
    }

    // The converted document has no text of its own: every place comes from the OAS text.
    static const JsonLocator noText{QByteArray()};
    JsonFieldReader classicReader(c.classic, noText, file);
    classicReader.setAliases(c.aliases, &locator);
    api = ClassicApiParser::parse(classicReader);
    diagnostics += classicReader.diagnostics();
    api.isOas = true;
    api.raw = c.classic;
    api.oasDocument = root;
    return api;
}

void OasApiParser::convertInfo(Conversion &c)
{
    JsonFieldReader &r = c.reader;
    const std::string info = X + "/info";
    r.readObject(info);
    QString id, orgId, name;
    r.readString(info + "/id", id);
    r.readString(info + "/orgId", orgId);
    r.readString(info + "/name", name);
    c.put("/api_id", str(id), info + "/id");
    c.put("/org_id", str(orgId), info + "/orgId");
    c.put("/name", str(name), info + "/name");
    bool active = false;
    bool internal = false;
    r.readObject(info + "/state");
    r.readBool(info + "/state/active", active);
    r.readBool(info + "/state/internal", internal);
    c.put("/active", active, info + "/state/active");
    c.put("/internal", internal, info + "/state/internal");
    c.put("/is_oas", true, info);
}

void OasApiParser::convertServer(Conversion &c)
{
    JsonFieldReader &r = c.reader;
    QString upstream;
    r.readObject(X + "/upstream");
    r.readString(X + "/upstream/url", upstream);
    c.put("/proxy/target_url", str(upstream), X + "/upstream/url");

    const std::string server = X + "/server";
    const std::string listen = server + "/listenPath";
    r.readObject(server);
    c.put("/proxy/strip_listen_path", false, listen + "/strip");
    c.aliases["/proxy"] = listen;
    c.aliases["/proxy/listen_path"] = listen + "/value";
    if (r.readObject(listen)) {
        bool strip = false;
        r.readBool(listen + "/strip", strip);
        c.put("/proxy/strip_listen_path", strip, listen + "/strip");
        // Left out when absent so that the classic check reports it as missing.
        if (r.find(listen + "/value")) {
            QString value;
            r.readString(listen + "/value", value);
            c.put("/proxy/listen_path", str(value), listen + "/value");
        }
    }

    // Without an authentication object Tyk extracts a zero value: enabled false → keyless.
    const std::string auth = server + "/authentication";
    r.readObject(auth);
    bool enabled = false;
    bool strip = false;
    QString baseIdentity;
    r.readBool(auth + "/enabled", enabled);
    r.readBool(auth + "/stripAuthorizationData", strip);
    r.readString(auth + "/baseIdentityProvider", baseIdentity);
    c.put("/use_keyless", !enabled, auth + "/enabled");
    c.put("/strip_auth_data", strip, auth + "/stripAuthorizationData");
    c.put("/base_identity_provided_by", str(baseIdentity), auth + "/baseIdentityProvider");
    convertCustomAuth(c, auth);
    convertSecurity(c, auth, enabled);
}

void OasApiParser::convertCustomAuth(Conversion &c, const std::string &auth)
{
    JsonFieldReader &r = c.reader;
    const std::string custom = auth + "/custom";
    r.readObject(custom);
    bool enabled = false;
    r.readBool(custom + "/enabled", enabled);
    c.put("/custom_plugin_auth_enabled", enabled, custom + "/enabled");

    const std::string config = custom + "/config";
    r.readObject(config);
    bool configEnabled = false;
    bool rawBodyOnly = false;
    bool requireSession = false;
    QString functionName, path;
    r.readBool(config + "/enabled", configEnabled);
    r.readString(config + "/functionName", functionName);
    r.readString(config + "/path", path);
    r.readBool(config + "/rawBodyOnly", rawBodyOnly);
    r.readBool(config + "/requireSession", requireSession);
    c.put("/custom_middleware/auth_check",
          json{{"disabled", !configEnabled},
               {"name", str(functionName)},
               {"path", str(path)},
               {"raw_body_only", rawBodyOnly},
               {"require_session", requireSession}},
          config);
    convertIdExtractor(c, config + "/idExtractor");

    // Written only when it says more than "no header" (OAS CustomPluginAuthentication).
    json sources = convertAuthSources(c, custom);
    if (sources != json{{"disable_header", true}})
        c.put("/auth_configs/coprocess", sources, custom);
}

void OasApiParser::convertIdExtractor(Conversion &c, const std::string &p)
{
    // Tyk's IDExtractor.ExtractTo (apidef/oas/authentication.go); the names differ.
    JsonFieldReader &r = c.reader;
    r.readObject(p);
    bool enabled = false;
    QString source, with;
    r.readBool(p + "/enabled", enabled);
    r.readString(p + "/source", source);
    r.readString(p + "/with", with);

    const std::string config = p + "/config";
    json extractorConfig = json::object();
    if (r.readObject(config)) {
        const std::pair<const char *, const char *> names[] = {{"headerName", "header_name"},
                                                               {"formParamName", "param_name"},
                                                               {"regexp", "regex_expression"},
                                                               {"xPathExp", "xpath_expression"}};
        for (const auto &[oasName, classicName] : names) {
            QString value;
            r.readString(at(config, oasName), value);
            if (!value.isEmpty())
                extractorConfig[classicName] = str(value);
        }
        qint64 index = 0;
        r.readInt(config + "/regexpMatchIndex", index);
        if (index != 0)
            extractorConfig["regex_match_index"] = index;
    }
    c.put("/custom_middleware/id_extractor",
          json{{"disabled", !enabled},
               {"extract_from", str(source)},
               {"extract_with", str(with)},
               {"extractor_config", extractorConfig}},
          p);
}

json OasApiParser::convertAuthSources(Conversion &c, const std::string &p)
{
    JsonFieldReader &r = c.reader;
    json out = json::object();
    // An absent header source means "not from a header" (AuthSources.ExtractTo).
    bool headerEnabled = false;
    if (r.readObject(p + "/header")) {
        QString name;
        r.readBool(p + "/header/enabled", headerEnabled);
        r.readString(p + "/header/name", name);
        out["auth_header_name"] = str(name);
    }
    out["disable_header"] = !headerEnabled;
    if (r.readObject(p + "/query")) {
        bool on = false;
        QString name;
        r.readBool(p + "/query/enabled", on);
        r.readString(p + "/query/name", name);
        out["use_param"] = on;
        out["param_name"] = str(name);
    }
    if (r.readObject(p + "/cookie")) {
        bool on = false;
        QString name;
        r.readBool(p + "/cookie/enabled", on);
        r.readString(p + "/cookie/name", name);
        out["use_cookie"] = on;
        out["cookie_name"] = str(name);
    }
    return out;
}

void OasApiParser::convertSecurity(Conversion &c, const std::string &auth, bool authEnabled)
{
    JsonFieldReader &r = c.reader;
    r.readObject(auth + "/securitySchemes");
    const json *security = r.readArray("/security");
    r.readObject("/components");
    r.readObject("/components/securitySchemes");
    // Tyk's legacy processing mode looks at the first security requirement only, and only
    // when authentication is on.
    if (!security || security->empty() || !authEnabled)
        return;
    const std::string requirement = "/security/0";
    const json *names = r.readObject(requirement);
    if (!names)
        return;
    for (const auto &[name, scopes] : names->items()) {
        const std::string scheme = at("/components/securitySchemes", name);
        const std::string where = at(requirement, name);
        if (!r.readObject(scheme)) {
            if (!r.find(scheme)) {
                r.warning(where,
                          QStringLiteral("security scheme \"") + QString::fromStdString(name) +
                              QStringLiteral("\" is not declared in "
                                             "components.securitySchemes; Tyk ignores it"),
                          JsonFieldReader::Anchor::Key);
            }
            continue;
        }
        QString type, httpScheme;
        r.readString(scheme + "/type", type);
        r.readString(scheme + "/scheme", httpScheme);
        if (type == u"apiKey") {
            convertTokenScheme(c, auth, name);
            continue;
        }
        static const QStringList knownTypes = {QStringLiteral("http"), QStringLiteral("oauth2"),
                                               QStringLiteral("openIdConnect"),
                                               QStringLiteral("mutualTLS")};
        const QString label = type + (httpScheme.isEmpty() ? QString() : u' ' + httpScheme);
        if (knownTypes.contains(type)) {
            r.error(scheme + "/type",
                    QStringLiteral("security scheme \"") + QString::fromStdString(name) +
                        QStringLiteral("\" (") + label +
                        QStringLiteral(") is not supported by Hookbench; supported are apiKey "
                                       "(auth token) and custom plugin authentication"));
        } else {
            r.error(scheme + "/type", QStringLiteral("security scheme \"") +
                                          QString::fromStdString(name) +
                                          QStringLiteral("\" has an unknown type \"") + type +
                                          QStringLiteral("\" (expected apiKey, http, oauth2, "
                                                         "openIdConnect or mutualTLS)"));
        }
    }
}

void OasApiParser::convertTokenScheme(Conversion &c, const std::string &auth,
                                      const std::string &name)
{
    // OAS.extractTokenTo: the Tyk side says whether it is on and which sources it reads; the
    // OpenAPI side ("in" and "name") then overrides the one source it names.
    JsonFieldReader &r = c.reader;
    const std::string tyk = at(auth + "/securitySchemes", name);
    json config = json{{"disable_header", true}};
    bool enabled = false;
    if (r.readObject(tyk)) {
        r.readBool(tyk + "/enabled", enabled);
        config = convertAuthSources(c, tyk);
    }
    const std::string scheme = at("/components/securitySchemes", name);
    QString in, keyName;
    r.readString(scheme + "/in", in);
    r.readString(scheme + "/name", keyName);
    if (in == u"header") {
        config["auth_header_name"] = str(keyName);
        config["disable_header"] = false;
    } else if (in == u"query") {
        config["param_name"] = str(keyName);
        config["use_param"] = true;
    } else if (in == u"cookie") {
        config["cookie_name"] = str(keyName);
        config["use_cookie"] = true;
    }
    config["name"] = name;
    c.put("/use_standard_auth", enabled, tyk);
    c.put("/auth_configs/authToken", config, scheme);
}

void OasApiParser::convertGlobalMiddleware(Conversion &c)
{
    JsonFieldReader &r = c.reader;
    const std::string global = X + "/middleware/global";
    r.readObject(X + "/middleware");
    r.readObject(global);
    c.aliases["/custom_middleware"] = global;

    // An absent pluginConfig, bundle or data extracts as disabled (PluginConfig.ExtractTo).
    const std::string pc = global + "/pluginConfig";
    r.readObject(pc);
    QString driver, bundlePath;
    bool bundleEnabled = false;
    bool dataEnabled = false;
    r.readString(pc + "/driver", driver);
    r.readObject(pc + "/bundle");
    r.readBool(pc + "/bundle/enabled", bundleEnabled);
    r.readString(pc + "/bundle/path", bundlePath);
    r.readObject(pc + "/data");
    r.readBool(pc + "/data/enabled", dataEnabled);
    json data = json::object();
    if (const json *value = r.readObject(pc + "/data/value"))
        data = *value;
    c.put("/custom_middleware/driver", str(driver), pc + "/driver");
    c.put("/custom_middleware_bundle", str(bundlePath), pc + "/bundle/path");
    c.put("/custom_middleware_bundle_disabled", !bundleEnabled, pc + "/bundle/enabled");
    c.put("/config_data", data, pc + "/data/value");
    c.put("/config_data_disabled", !dataEnabled, pc + "/data/enabled");

    convertPluginList(c, global, "prePlugins", "prePlugin", "/custom_middleware/pre");
    convertPluginList(c, global, "postAuthenticationPlugins", "postAuthenticationPlugin",
                      "/custom_middleware/post_key_auth");
    convertPluginList(c, global, "postPlugins", "postPlugin", "/custom_middleware/post");
    convertPluginList(c, global, "responsePlugins", "responsePlugin",
                      "/custom_middleware/response");
    convertTrafficLogs(c, global);
}

void OasApiParser::convertPluginList(Conversion &c, const std::string &global,
                                     std::string_view plural, std::string_view singular,
                                     const std::string &classicPointer)
{
    // The plural form wins; the deprecated singular one is {"plugins": [...]}.
    JsonFieldReader &r = c.reader;
    std::string source = at(global, plural);
    const json *list = r.readArray(source);
    if (!list && !r.find(source)) {
        const std::string legacy = at(global, singular);
        if (r.readObject(legacy)) {
            source = legacy + "/plugins";
            list = r.readArray(source);
        }
    }
    json out = json::array();
    if (list) {
        for (std::size_t i = 0; i < list->size(); ++i)
            out.push_back(convertPlugin(c, JsonLocator::child(source, i)));
    }
    c.put(classicPointer, out, source);
}

json OasApiParser::convertPlugin(Conversion &c, const std::string &p)
{
    JsonFieldReader &r = c.reader;
    bool enabled = false;
    bool rawBodyOnly = false;
    bool requireSession = false;
    QString functionName, path, code;
    if (r.readObject(p)) {
        r.readBool(p + "/enabled", enabled);
        r.readString(p + "/functionName", functionName);
        r.readString(p + "/path", path);
        r.readString(p + "/code", code);
        r.readBool(p + "/rawBodyOnly", rawBodyOnly);
        r.readBool(p + "/requireSession", requireSession);
    }
    return json{{"disabled", !enabled},
                {"name", str(functionName)},
                {"path", str(path)},
                {"code", str(code)},
                {"raw_body_only", rawBodyOnly},
                {"require_session", requireSession}};
}

void OasApiParser::convertTrafficLogs(Conversion &c, const std::string &global)
{
    // TrafficLogs.ExtractTo: only the first plugin becomes analytics_plugin.
    JsonFieldReader &r = c.reader;
    const std::string logs = global + "/trafficLogs";
    bool enabled = false;
    r.readObject(logs);
    r.readBool(logs + "/enabled", enabled);
    c.put("/do_not_track", !enabled, logs + "/enabled");
    QList<QString> tagHeaders;
    r.readStringList(logs + "/tagHeaders", tagHeaders);
    json headers = json::array();
    for (const QString &h : tagHeaders)
        headers.push_back(str(h));
    c.put("/tag_headers", headers, logs + "/tagHeaders");
    // A ReadableDuration (Tyk: internal/time/duration.go): an unparsable string is 0, and the
    // seconds are rounded down.
    QString retention;
    r.readString(logs + "/customRetentionPeriod", retention);
    const qint64 retentionNs = parseGoDuration(retention).value_or(0);
    qint64 retentionSecs = retentionNs / 1000000000;
    if (retentionNs < 0 && retentionNs % 1000000000 != 0)
        --retentionSecs;
    c.put("/expire_analytics_after", retentionSecs, logs + "/customRetentionPeriod");
    const json *plugins = r.readArray(logs + "/plugins");
    if (!plugins || plugins->empty())
        return;
    const json first = convertPlugin(c, logs + "/plugins/0");
    c.put("/analytics_plugin",
          json{{"enable", !first["disabled"].get<bool>()},
               {"func_name", first["name"]},
               {"plugin_path", first["path"]}},
          logs + "/plugins/0");
}

void OasApiParser::convertOperations(Conversion &c)
{
    JsonFieldReader &r = c.reader;
    const OperationIndex index = indexOperations(r);
    ExtendedPaths lists;
    const std::string ops = X + "/middleware/operations";
    if (const json *operations = r.readObject(ops)) {
        for (const auto &[opId, op] : operations->items()) {
            const std::string p = at(ops, opId);
            const auto found = index.places.find(opId);
            if (found == index.places.end()) {
                r.warning(p,
                          QStringLiteral("operation \"") + QString::fromStdString(opId) +
                              QStringLiteral("\" matches no operationId in paths; Tyk "
                                             "ignores it"),
                          JsonFieldReader::Anchor::Key);
                continue;
            }
            if (!r.readObject(p))
                continue;
            const OperationPlace &place = found->second;
            const std::ptrdiff_t rank = index.rank(place.path);
            addAllowances(r, p, place, rank, lists);
            if (const json *ve = r.readObject(p + "/virtualEndpoint"))
                lists.virtuals.emplace_back(rank, virtualEndpoint(*ve, place));
            // Tyk: apidef/oas/track_endpoint.go, extractTrackEndpointTo and
            // extractDoNotTrackEndpointTo.
            for (auto [key, list] :
                 {std::pair{"/trackEndpoint", &lists.trackEndpoints},
                  std::pair{"/doNotTrackEndpoint", &lists.doNotTrackEndpoints}}) {
                if (const json *track = r.readObject(p + key)) {
                    list->emplace_back(rank, json{{"disabled", !jsonTrue(*track, "enabled")},
                                                  {"path", place.path},
                                                  {"method", place.method}});
                }
            }
            const json *post = r.readArray(p + "/postPlugins");
            if (!post || post->empty())
                continue;
            // Only the first element is used (Tyk: apidef/oas/middleware.go,
            // EndpointPostPlugins.ExtractTo).
            const json plugin = convertPlugin(c, p + "/postPlugins/0");
            lists.goPlugins.emplace_back(rank, json{{"disabled", plugin["disabled"]},
                                                    {"path", place.path},
                                                    {"method", place.method},
                                                    {"plugin_path", plugin["path"]},
                                                    {"func_name", plugin["name"]}});
        }
    }
    c.put("/version_data", versionData(lists), X);
}

} // namespace Hb::Api
