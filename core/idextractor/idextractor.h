// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/idextractor/extractorsettings.h"
#include "core/idextractor/goregex.h"
#include "core/idextractor/xmlpath.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hb::IdExtractor {

// Tyk's coprocess ID extractor for one API (gateway/coprocess_id_extractor.go), built once per
// API load: reads the id that names a custom-auth plugin's cached session from a request.
// Reference: Tyk's gateway/coprocess_id_extractor.go.
// A value type; it holds no request state, so one instance serves every request and its
// const methods may be called from any thread.
class IdExtractor
{
public:
    // nullopt when Tyk would have no extractor: disabled, extract_with not one of value,
    // regex, xpath (case-sensitive), or an extractor_config that fails Tyk's typed decoding
    // (e.g. regex_match_index: "0"). Everything a plugin author would not expect (config
    // ignored because of a type error, unknown extract_with or extract_from, keys Tyk does
    // not read) is appended to `notes` as a sentence.
    static std::optional<IdExtractor> create(const Api::IdExtractorConfig &config,
                                             QStringList *notes = nullptr);

    // The id Tyk would extract, or an error saying in a plugin author's words what went wrong
    // ("header \"X-Id\" is missing or empty", "xpath //a/b matched nothing", ...). Tyk answers
    // every error with 400 {"error": "Authorization field missing"} and does not call the
    // plugin; the caller does that. Also fails, with a message that says so, where Tyk itself
    // crashes the request (negative regex_match_index, xmlpath library panics).
    Result<QByteArray> extract(const Http::HttpRequest &request) const;

    // The session key Tyk stores the session under: generateToken(orgId, md5hex(id)) with
    // tyk.conf's hash_key_function (gateway/auth_manager.go; the API id is not part of it).
    static QString cacheKey(const QString &orgId, const QByteArray &id,
                            const QString &hashKeyFunction);

    // Sentences about surprising but faithful behaviour: a body/querystring source with
    // "value" (one shared cache entry, the id is always empty), a querystring source with
    // regex/xpath (not implemented in Tyk: the input is ""), capture groups (ignored), a
    // negative regex_match_index (Tyk crashes the request), settings that make every request
    // fail (empty header_name or param_name, empty or invalid expression).
    QStringList warnings() const { return m_warnings; }

    QString extractFrom() const { return m_extractFrom; } // as configured
    QString extractWith() const { return m_extractWith; } // as configured
    // e.g. `header "Authorization" by value`, `body by regex "[0-9]+" (match 1)`.
    QString describe() const;

private:
    enum class Source { Header, Form, Body, QueryString, Unknown };
    enum class Mode { Value, Regex, XPath };

    IdExtractor() = default;

    static std::optional<Mode> modeNamed(const QString &with);
    static Source sourceNamed(const QString &from);
    void compile();
    void collectWarnings();
    void collectRegexWarnings();
    Result<QByteArray> input(const Http::HttpRequest &request) const;
    Result<QByteArray> byRegex(const QByteArray &input) const;
    Result<QByteArray> byXPath(const QByteArray &input) const;

    QString m_extractFrom;
    QString m_extractWith;
    Source m_source = Source::Unknown;
    Mode m_mode = Mode::Value;
    ExtractorSettings m_settings;
    std::optional<GoRegex> m_regex;
    std::optional<XmlPath> m_xpath;
    QString m_compileError; // why the expression did not compile; Tyk fails every request
    QStringList m_warnings;
};

} // namespace Hb::IdExtractor
