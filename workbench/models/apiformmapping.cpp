// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/models/apiformmapping.h"

#include "core/common/untrustedjson.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <memory>
#include <string>

namespace Hb::Ui {

namespace {
using Json = nlohmann::ordered_json;

QString stringAt(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

bool flagAt(const Json &object, const char *key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

const Json &childAt(const Json &object, const std::string &key)
{
    static const Json none;
    if (!object.is_object())
        return none;
    const auto it = object.find(key);
    return it != object.end() ? *it : none;
}

// A default value is written only over a key that is there already, so the form adds no
// noise to a definition the user did not change.
void writeString(Json &object, const char *key, const QString &value)
{
    if (value.isEmpty() && !object.contains(key))
        return;
    object[key] = value.toStdString();
}

void writeFlag(Json &object, const char *key, bool value)
{
    if (!value && !object.contains(key))
        return;
    object[key] = value;
}

// The object under `key`, made one if it is missing or not an object.
Json &objectAt(Json &object, const std::string &key)
{
    if (!object.is_object())
        object = Json::object();
    Json &child = object[key];
    if (!child.is_object())
        child = Json::object();
    return child;
}

// The value at `keys` below `object`, or null when one is missing; creates nothing.
Json *findPath(Json &object, std::initializer_list<std::string> keys)
{
    Json *at = &object;
    for (const std::string &key : keys) {
        if (!at->is_object())
            return nullptr;
        const auto it = at->find(key);
        if (it == at->end())
            return nullptr;
        at = &*it;
    }
    return at;
}

void eraseAt(Json *list, qsizetype index)
{
    if (list && list->is_array() && index >= 0 && size_t(index) < list->size())
        list->erase(size_t(index));
}

const char *hookKey(ApiFormMapping::HookPhase phase)
{
    switch (phase) {
    case ApiFormMapping::HookPhase::Pre: return "pre";
    case ApiFormMapping::HookPhase::PostKeyAuth: return "post_key_auth";
    case ApiFormMapping::HookPhase::Post: return "post";
    case ApiFormMapping::HookPhase::Response: return "response";
    }
    return "pre";
}

MiddlewareEntry readEntry(const Json &object)
{
    MiddlewareEntry entry;
    entry.name = stringAt(object, "name");
    entry.path = stringAt(object, "path");
    entry.requireSession = flagAt(object, "require_session");
    entry.rawBodyOnly = flagAt(object, "raw_body_only");
    entry.disabled = flagAt(object, "disabled");
    return entry;
}

void writeEntry(Json &object, const MiddlewareEntry &entry)
{
    writeString(object, "name", entry.name);
    writeString(object, "path", entry.path);
    writeFlag(object, "require_session", entry.requireSession);
    writeFlag(object, "raw_body_only", entry.rawBodyOnly);
    writeFlag(object, "disabled", entry.disabled);
}

GoPluginEntry readGoPlugin(const Json &object)
{
    return {stringAt(object, "path"), stringAt(object, "method"), stringAt(object, "plugin_path"),
            stringAt(object, "func_name"), flagAt(object, "disabled")};
}

void writeGoPlugin(Json &object, const GoPluginEntry &entry)
{
    writeString(object, "path", entry.path);
    writeString(object, "method", entry.method);
    writeString(object, "plugin_path", entry.pluginPath);
    writeString(object, "func_name", entry.funcName);
    writeFlag(object, "disabled", entry.disabled);
}

VirtualEntry readVirtual(const Json &object)
{
    return {stringAt(object, "path"),
            stringAt(object, "method"),
            stringAt(object, "response_function_name"),
            stringAt(object, "function_source_type"),
            stringAt(object, "function_source_uri"),
            flagAt(object, "use_session"),
            flagAt(object, "proxy_on_error"),
            flagAt(object, "disabled")};
}

void writeVirtual(Json &object, const VirtualEntry &entry)
{
    writeString(object, "path", entry.path);
    writeString(object, "method", entry.method);
    writeString(object, "response_function_name", entry.functionName);
    writeString(object, "function_source_type", entry.sourceType);
    writeString(object, "function_source_uri", entry.sourceUri);
    writeFlag(object, "use_session", entry.useSession);
    writeFlag(object, "proxy_on_error", entry.proxyOnError);
    writeFlag(object, "disabled", entry.disabled);
}

// `entries` as a JSON array. Each entry edits the item at its position in `old`, so the keys
// the form does not know stay; an entry the form did not change keeps its item as it was.
template<typename Entry>
Json mergedList(const Json &old, const QList<Entry> &entries, Entry (*read)(const Json &),
                void (*write)(Json &, const Entry &))
{
    Json list = Json::array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const size_t at = size_t(i);
        const bool hasOld = old.is_array() && at < old.size();
        if (hasOld && read(old[at]) == entries.at(i)) {
            list.push_back(old[at]);
            continue;
        }
        Json item = hasOld && old[at].is_object() ? old[at] : Json::object();
        write(item, entries.at(i));
        list.push_back(std::move(item));
    }
    return list;
}

// The version whose extended_paths the engine uses; VersionCheckPhase picks it the same way.
std::string endpointVersionKey(const Json &document)
{
    const Json &data = childAt(document, "version_data");
    const Json &versions = childAt(data, "versions");
    const bool anyVersion = versions.is_object() && !versions.empty();
    if (flagAt(data, "not_versioned")) {
        if (anyVersion && versions.size() == 1)
            return versions.begin().key();
        for (const char *key : {"Default", "default", ""}) {
            if (anyVersion && versions.contains(key))
                return key;
        }
        return "Default";
    }
    // Versioned: a request without a version gets default_version.
    const QString preferred = stringAt(data, "default_version");
    if (!preferred.isEmpty())
        return preferred.toStdString();
    return anyVersion ? versions.begin().key() : "Default";
}

const Json &endpointVersionAt(const Json &document)
{
    return childAt(childAt(childAt(document, "version_data"), "versions"),
                   endpointVersionKey(document));
}

template<typename Entry>
QList<Entry> endpointList(const Json &document, const char *key, Entry (*read)(const Json &))
{
    QList<Entry> entries;
    const Json &list = childAt(childAt(endpointVersionAt(document), "extended_paths"), key);
    if (list.is_array()) {
        for (const Json &item : list)
            entries.append(read(item));
    }
    return entries;
}

template<typename Entry>
void setEndpointList(Json &document, const char *key, const QList<Entry> &entries,
                     Entry (*read)(const Json &), void (*write)(Json &, const Entry &))
{
    // Nothing changed: the list stays as written, odd items and all.
    if (endpointList(document, key, read) == entries)
        return;
    const std::string name = endpointVersionKey(document);
    Json &versions = objectAt(objectAt(document, "version_data"), "versions");
    if (!versions.contains(name) || !versions[name].is_object()) {
        // Tyk reads extended_paths only from a version with use_extended_paths on.
        versions[name] = Json{{"name", name}, {"use_extended_paths", true}};
    }
    Json &paths = objectAt(versions[name], "extended_paths");
    paths[key] = mergedList(paths.value(key, Json::array()), entries, read, write);
}
} // namespace

struct ApiFormMapping::Document
{
    Json json = Json::object();
};

ApiFormMapping::ApiFormMapping()
    : m_document(std::make_unique<Document>())
{}

ApiFormMapping::ApiFormMapping(const ApiFormMapping &other)
    : m_document(std::make_unique<Document>(*other.m_document))
    , m_valid(other.m_valid)
    , m_parseError(other.m_parseError)
    , m_errorLine(other.m_errorLine)
    , m_errorColumn(other.m_errorColumn)
{}

ApiFormMapping &ApiFormMapping::operator=(const ApiFormMapping &other)
{
    if (this != &other) {
        *m_document = *other.m_document;
        m_valid = other.m_valid;
        m_parseError = other.m_parseError;
        m_errorLine = other.m_errorLine;
        m_errorColumn = other.m_errorColumn;
    }
    return *this;
}

ApiFormMapping::~ApiFormMapping() = default;

QByteArray ApiFormMapping::toJson() const
{
    return QByteArray::fromStdString(m_document->json.dump());
}

bool ApiFormMapping::setText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    Result<Json> parsed = parseUntrustedJson<Json>(std::string_view(utf8.constData(), utf8.size()));
    if (!parsed) {
        m_valid = false;
        m_errorLine = parsed.error().where.line;
        m_errorColumn = parsed.error().where.column;
        m_parseError = QStringLiteral("%1:%2: %3")
                           .arg(m_errorLine)
                           .arg(m_errorColumn)
                           .arg(parsed.error().message.mid(
                               parsed.error().message.startsWith(u"malformed JSON: ") ? 16 : 0));
        return false;
    }
    m_document->json = std::move(*parsed);
    m_valid = true;
    m_parseError.clear();
    m_errorLine = m_errorColumn = 0;
    return true;
}

QString ApiFormMapping::text() const
{
    return QString::fromStdString(m_document->json.dump(2)) + u'\n';
}

bool ApiFormMapping::isOas() const
{
    return m_document->json.is_object() && m_document->json.contains("x-tyk-api-gateway");
}

QString ApiFormMapping::listenPath() const
{
    return stringAt(childAt(m_document->json, "proxy"), "listen_path");
}

void ApiFormMapping::setListenPath(const QString &path)
{
    writeString(objectAt(m_document->json, "proxy"), "listen_path", path);
}

QString ApiFormMapping::targetUrl() const
{
    return stringAt(childAt(m_document->json, "proxy"), "target_url");
}

void ApiFormMapping::setTargetUrl(const QString &url)
{
    writeString(objectAt(m_document->json, "proxy"), "target_url", url);
}

bool ApiFormMapping::stripListenPath() const
{
    return flagAt(childAt(m_document->json, "proxy"), "strip_listen_path");
}

void ApiFormMapping::setStripListenPath(bool strip)
{
    writeFlag(objectAt(m_document->json, "proxy"), "strip_listen_path", strip);
}

ApiFormMapping::AuthMode ApiFormMapping::authMode() const
{
    if (flagAt(m_document->json, "use_keyless"))
        return AuthMode::Keyless;
    // enable_coprocess_auth and use_go_plugin_auth are Tyk's deprecated aliases.
    if (flagAt(m_document->json, "custom_plugin_auth_enabled") ||
        flagAt(m_document->json, "enable_coprocess_auth") ||
        flagAt(m_document->json, "use_go_plugin_auth"))
        return AuthMode::CustomPlugin;
    for (const char *other : {"enable_jwt", "use_basic_auth", "enable_signature_checking",
                              "use_oauth2", "use_openid", "external_oauth"}) {
        if (flagAt(m_document->json, other))
            return AuthMode::Other;
    }
    // A protected API with no other method uses the auth token (Tyk's AuthKey).
    return AuthMode::AuthToken;
}

void ApiFormMapping::setAuthMode(AuthMode mode)
{
    if (mode == AuthMode::Other || !m_document->json.is_object())
        return;
    // use_keyless is always written: its absence means "protected" only by default.
    m_document->json["use_keyless"] = mode == AuthMode::Keyless;
    writeFlag(m_document->json, "use_standard_auth", mode == AuthMode::AuthToken);
    writeFlag(m_document->json, "custom_plugin_auth_enabled", mode == AuthMode::CustomPlugin);
    // The deprecated aliases would keep custom auth on behind the form's back.
    if (mode != AuthMode::CustomPlugin) {
        writeFlag(m_document->json, "enable_coprocess_auth", false);
        writeFlag(m_document->json, "use_go_plugin_auth", false);
    }
}

QString ApiFormMapping::driver() const
{
    return stringAt(childAt(m_document->json, "custom_middleware"), "driver");
}

void ApiFormMapping::setDriver(const QString &driver)
{
    if (driver.isEmpty() && !m_document->json.contains("custom_middleware"))
        return;
    writeString(objectAt(m_document->json, "custom_middleware"), "driver", driver);
}

QString ApiFormMapping::bundle() const
{
    return stringAt(m_document->json, "custom_middleware_bundle");
}

void ApiFormMapping::setBundle(const QString &bundle)
{
    writeString(m_document->json, "custom_middleware_bundle", bundle);
}

QList<MiddlewareEntry> ApiFormMapping::hooks(HookPhase phase) const
{
    QList<MiddlewareEntry> entries;
    const Json &list = childAt(childAt(m_document->json, "custom_middleware"), hookKey(phase));
    if (list.is_array()) {
        for (const Json &item : list)
            entries.append(readEntry(item));
    }
    return entries;
}

void ApiFormMapping::setHooks(HookPhase phase, const QList<MiddlewareEntry> &entries)
{
    if (hooks(phase) == entries)
        return;
    const char *key = hookKey(phase);
    Json &middleware = objectAt(m_document->json, "custom_middleware");
    middleware[key] =
        mergedList(middleware.value(key, Json::array()), entries, readEntry, writeEntry);
}

void ApiFormMapping::removeHook(HookPhase phase, qsizetype index)
{
    eraseAt(findPath(m_document->json, {"custom_middleware", hookKey(phase)}), index);
}

MiddlewareEntry ApiFormMapping::authCheck() const
{
    return readEntry(childAt(childAt(m_document->json, "custom_middleware"), "auth_check"));
}

void ApiFormMapping::setAuthCheck(const MiddlewareEntry &entry)
{
    if (entry == MiddlewareEntry{} &&
        !childAt(m_document->json, "custom_middleware").contains("auth_check"))
        return;
    writeEntry(objectAt(objectAt(m_document->json, "custom_middleware"), "auth_check"), entry);
}

bool ApiFormMapping::hasIdExtractor() const
{
    return childAt(childAt(m_document->json, "custom_middleware"), "id_extractor").is_object();
}

IdExtractorFields ApiFormMapping::idExtractor() const
{
    const Json &block = childAt(childAt(m_document->json, "custom_middleware"), "id_extractor");
    const Json &config = childAt(block, "extractor_config");
    IdExtractorFields fields;
    fields.disabled = flagAt(block, "disabled");
    fields.extractFrom = stringAt(block, "extract_from");
    fields.extractWith = stringAt(block, "extract_with");
    fields.headerName = stringAt(config, "header_name");
    fields.paramName = stringAt(config, "param_name");
    fields.regexExpression = stringAt(config, "regex_expression");
    const Json &index = childAt(config, "regex_match_index");
    fields.regexMatchIndex = index.is_number_integer() ? index.get<qint64>() : 0;
    fields.xpathExpression = stringAt(config, "xpath_expression");
    return fields;
}

void ApiFormMapping::setIdExtractor(const IdExtractorFields &fields)
{
    if (fields == IdExtractorFields{} && !hasIdExtractor())
        return;
    Json &block = objectAt(objectAt(m_document->json, "custom_middleware"), "id_extractor");
    writeFlag(block, "disabled", fields.disabled);
    writeString(block, "extract_from", fields.extractFrom);
    writeString(block, "extract_with", fields.extractWith);
    Json &config = objectAt(block, "extractor_config");
    writeString(config, "header_name", fields.headerName);
    writeString(config, "param_name", fields.paramName);
    writeString(config, "regex_expression", fields.regexExpression);
    // Tyk decodes the index as an int; a string here would drop the whole extractor.
    if (fields.regexMatchIndex != 0 || config.contains("regex_match_index"))
        config["regex_match_index"] = fields.regexMatchIndex;
    writeString(config, "xpath_expression", fields.xpathExpression);
}

QString ApiFormMapping::endpointVersion() const
{
    return QString::fromStdString(endpointVersionKey(m_document->json));
}

bool ApiFormMapping::hasEndpointVersion() const
{
    return endpointVersionAt(m_document->json).is_object();
}

bool ApiFormMapping::endpointVersionUsesExtendedPaths() const
{
    return flagAt(endpointVersionAt(m_document->json), "use_extended_paths");
}

QList<GoPluginEntry> ApiFormMapping::goPlugins() const
{
    return endpointList(m_document->json, "go_plugin", readGoPlugin);
}

void ApiFormMapping::setGoPlugins(const QList<GoPluginEntry> &entries)
{
    setEndpointList(m_document->json, "go_plugin", entries, readGoPlugin, writeGoPlugin);
}

QList<VirtualEntry> ApiFormMapping::virtualEndpoints() const
{
    return endpointList(m_document->json, "virtual", readVirtual);
}

void ApiFormMapping::setVirtualEndpoints(const QList<VirtualEntry> &entries)
{
    setEndpointList(m_document->json, "virtual", entries, readVirtual, writeVirtual);
}

void ApiFormMapping::removeGoPlugin(qsizetype index)
{
    eraseAt(findPath(m_document->json,
                     {"version_data", "versions", endpointVersionKey(m_document->json),
                      "extended_paths", "go_plugin"}),
            index);
}

void ApiFormMapping::removeVirtualEndpoint(qsizetype index)
{
    eraseAt(findPath(m_document->json,
                     {"version_data", "versions", endpointVersionKey(m_document->json),
                      "extended_paths", "virtual"}),
            index);
}

} // namespace Hb::Ui
