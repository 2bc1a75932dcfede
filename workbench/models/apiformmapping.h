// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Hb::Ui {

// One custom_middleware entry as the form shows it (Tyk's MiddlewareDefinition).
struct MiddlewareEntry
{
    QString name;
    QString path;
    bool requireSession = false;
    bool rawBodyOnly = false;
    bool disabled = false;

    bool operator==(const MiddlewareEntry &) const = default;
};

// custom_middleware.id_extractor (Tyk: apidef/api_definitions.go, MiddlewareIdExtractor).
struct IdExtractorFields
{
    bool disabled = false;
    QString extractFrom; // header, form, body, querystring
    QString extractWith; // value, regex, xpath
    QString headerName;
    QString paramName;
    QString regexExpression;
    qint64 regexMatchIndex = 0;
    QString xpathExpression;

    bool operator==(const IdExtractorFields &) const = default;
};

// One extended_paths.go_plugin entry: a Go post plugin for one endpoint (GoPluginMeta).
struct GoPluginEntry
{
    QString path;
    QString method;
    QString pluginPath; // plugin_path
    QString funcName;   // func_name
    bool disabled = false;

    bool operator==(const GoPluginEntry &) const = default;
};

// One extended_paths.virtual entry: a JavaScript function that answers the request itself
// (Tyk: apidef/api_definitions.go, VirtualMeta).
struct VirtualEntry
{
    QString path;
    QString method;
    QString functionName; // response_function_name
    QString sourceType;   // function_source_type: "file" or "blob"
    QString sourceUri;    // function_source_uri
    bool useSession = false;
    bool proxyOnError = false;
    bool disabled = false;

    bool operator==(const VirtualEntry &) const = default;
};

// The API definition form's view of a Classic API definition's JSON, without widgets. The
// document is the single source: each setter edits only the keys it knows and leaves every
// other key, and the order of keys, as it was; a default value is only written where the key
// is already present, so a round trip through the form adds nothing.
class ApiFormMapping
{
public:
    enum class AuthMode { Keyless, AuthToken, CustomPlugin, Other };
    enum class HookPhase { Pre, PostKeyAuth, Post, Response };

    // Starts with an empty object ({}). Copies copy the document.
    ApiFormMapping();
    ApiFormMapping(const ApiFormMapping &other);
    ApiFormMapping &operator=(const ApiFormMapping &other);
    ~ApiFormMapping();

    // Parses `text`; on failure the previous document stays and parseError() says why.
    bool setText(const QString &text);
    // The document as pretty JSON (two spaces, as the samples are written).
    QString text() const;
    bool isValid() const { return m_valid; }
    // "line L, column C: message" of the last failed parse; empty after a good one.
    QString parseError() const { return m_parseError; }
    int errorLine() const { return m_errorLine; }     // 1-based; 0 = none
    int errorColumn() const { return m_errorColumn; } // 1-based
    // A Tyk OAS definition (x-tyk-api-gateway): the form does not edit those.
    bool isOas() const;

    QString listenPath() const;
    void setListenPath(const QString &path);
    QString targetUrl() const;
    void setTargetUrl(const QString &url);
    bool stripListenPath() const;
    void setStripListenPath(bool strip);

    AuthMode authMode() const;
    // Keyless sets use_keyless; auth token clears it and sets use_standard_auth; custom
    // plugin auth clears it and sets custom_plugin_auth_enabled. The flags of the other
    // modes are cleared where present. Other leaves the document alone.
    void setAuthMode(AuthMode mode);

    QString driver() const;
    void setDriver(const QString &driver);
    QString bundle() const;
    void setBundle(const QString &bundle);
    QList<MiddlewareEntry> hooks(HookPhase phase) const;
    // Entries keep the keys the form does not know (e.g. `code`) by position.
    void setHooks(HookPhase phase, const QList<MiddlewareEntry> &entries);
    // Removes entry `index` with all its keys; the entries after it keep theirs.
    void removeHook(HookPhase phase, qsizetype index);
    MiddlewareEntry authCheck() const;
    void setAuthCheck(const MiddlewareEntry &entry);

    bool hasIdExtractor() const;
    IdExtractorFields idExtractor() const;
    // Written at custom_middleware.id_extractor, where Tyk reads it.
    void setIdExtractor(const IdExtractorFields &fields);

    // The key under version_data.versions whose extended_paths the engine uses (Tyk:
    // gateway/api_definition.go, APISpec.Version): not versioned, the only version or else the one
    // keyed Default, default or ""; versioned, default_version or else the first version;
    // "Default" when there is none.
    QString endpointVersion() const;
    bool hasEndpointVersion() const;
    // use_extended_paths of that version; Tyk reads no extended_paths without it.
    bool endpointVersionUsesExtendedPaths() const;
    QList<GoPluginEntry> goPlugins() const;
    QList<VirtualEntry> virtualEndpoints() const;
    // Entries keep unknown keys by position. The first entry added to a definition without
    // the version creates it, with its name and use_extended_paths on.
    void setGoPlugins(const QList<GoPluginEntry> &entries);
    void setVirtualEndpoints(const QList<VirtualEntry> &entries);
    void removeGoPlugin(qsizetype index);
    void removeVirtualEndpoint(qsizetype index);

    // The document as compact JSON (UTF-8, keys in their order, no whitespace).
    QByteArray toJson() const;

private:
    // The parsed document lives in the .cpp: nlohmann/json stays out of the GUI's headers.
    struct Document;
    std::unique_ptr<Document> m_document;
    bool m_valid = true;
    QString m_parseError;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace Hb::Ui
