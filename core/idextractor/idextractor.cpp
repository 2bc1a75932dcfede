// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/idextractor.h"

#include "core/idextractor/goform.h"
#include "core/idextractor/xmltree.h"
#include "core/session/keyhasher.h"

#include <QCryptographicHash>

namespace Hb::IdExtractor {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Request data shown in an error, shortened so a large body does not flood a trace.
QString excerpt(const QString &text)
{
    constexpr qsizetype Limit = 80;
    return quoted(text.size() > Limit ? text.left(Limit) + QStringLiteral("…") : text);
}

Result<QByteArray> failure(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

bool isBlank(const Api::IdExtractorConfig &config)
{
    const nlohmann::json &c = config.extractorConfig;
    return config.extractFrom.isEmpty() && config.extractWith.isEmpty() &&
           (c.is_null() || (c.is_object() && c.empty()));
}

QString unknownWithNote(const QString &with)
{
    return (with.isEmpty() ? QStringLiteral("extract_with is empty")
                           : QStringLiteral("extract_with ") + quoted(with) +
                                 QStringLiteral(" is not one of value, regex, xpath (Tyk compares "
                                                "case-sensitively)")) +
           QStringLiteral(", so Tyk builds no ID extractor and calls the auth plugin on every "
                          "request.");
}

QString unknownFromNote(const QString &from)
{
    return (from.isEmpty() ? QStringLiteral("extract_from is empty")
                           : QStringLiteral("extract_from ") + quoted(from) +
                                 QStringLiteral(" is not a source Tyk knows (header, form, body, "
                                                "querystring)")) +
           QStringLiteral("; Tyk keeps the extractor and reads the empty string as its input.");
}

QString rejectsEveryRequest(const QString &what, const QString &expression, const QString &error)
{
    return what + QLatin1Char(' ') + quoted(expression) + QStringLiteral(" (") + error +
           QStringLiteral("): Tyk keeps the extractor and rejects every request with 400.");
}

} // namespace

std::optional<IdExtractor::Mode> IdExtractor::modeNamed(const QString &with)
{
    // apidef's IdExtractorType constants, compared exactly.
    if (with == u"value")
        return Mode::Value;
    if (with == u"regex")
        return Mode::Regex;
    if (with == u"xpath")
        return Mode::XPath;
    return std::nullopt;
}

IdExtractor::Source IdExtractor::sourceNamed(const QString &from)
{
    return from == u"header"        ? Source::Header
           : from == u"form"        ? Source::Form
           : from == u"body"        ? Source::Body
           : from == u"querystring" ? Source::QueryString
                                    : Source::Unknown;
}

std::optional<IdExtractor> IdExtractor::create(const Api::IdExtractorConfig &config,
                                               QStringList *notes)
{
    if (config.disabled)
        return std::nullopt;
    QStringList ownNotes;
    QStringList &out = notes ? *notes : ownNotes;

    // Tyk decodes extractor_config before it looks at extract_with (newExtractor); both
    // problems are reported so the author can fix them in one go.
    const Result<ExtractorSettings> settings =
        ExtractorSettings::decode(config.extractorConfig, &out);
    if (!settings) {
        out.append(QStringLiteral("extractor_config does not decode the way Tyk decodes it (") +
                   settings.error().message +
                   QStringLiteral("); Tyk logs \"error while decoding id extractor config\" and "
                                  "runs the API without an ID extractor, so the auth plugin is "
                                  "called on every request."));
    }
    const std::optional<Mode> mode = modeNamed(config.extractWith);
    if (!mode && !isBlank(config))
        out.append(unknownWithNote(config.extractWith));
    if (!settings || !mode)
        return std::nullopt;

    IdExtractor extractor;
    extractor.m_extractFrom = config.extractFrom;
    extractor.m_extractWith = config.extractWith;
    extractor.m_mode = *mode;
    extractor.m_source = sourceNamed(config.extractFrom);
    extractor.m_settings = *settings;
    if (extractor.m_source == Source::Unknown)
        out.append(unknownFromNote(config.extractFrom));
    extractor.compile();
    extractor.collectWarnings();
    return extractor;
}

void IdExtractor::compile()
{
    // Tyk compiles on first use and retries on every request while compiling fails, so a
    // bad expression rejects every request but leaves the extractor in place.
    if (m_mode == Mode::Regex && !m_settings.regexExpression.isEmpty()) {
        Result<GoRegex> regex = GoRegex::compile(m_settings.regexExpression);
        if (regex)
            m_regex = std::move(*regex);
        else
            m_compileError = regex.error().message;
    } else if (m_mode == Mode::XPath && !m_settings.xpathExpression.isEmpty()) {
        Result<XmlPath> path = XmlPath::compile(m_settings.xpathExpression);
        if (path)
            m_xpath = std::move(*path);
        else
            m_compileError = path.error().message;
    }
}

void IdExtractor::collectWarnings()
{
    const bool readsNothing = m_source == Source::QueryString || m_source == Source::Unknown ||
                              (m_mode == Mode::Value && m_source == Source::Body);
    if (m_mode == Mode::Value && readsNothing) {
        m_warnings.append(QStringLiteral("Tyk's value extractor does not read the ") +
                          (m_source == Source::Body ? QStringLiteral("body") : m_extractFrom) +
                          QStringLiteral(" source: the id is always empty, so every request "
                                         "maps to the same session (MD5 of \"\") and all "
                                         "callers share ONE cache entry."));
    } else if (readsNothing) {
        m_warnings.append(QStringLiteral("Tyk does not implement the ") + quoted(m_extractFrom) +
                          QStringLiteral(" source for ") + m_extractWith +
                          QStringLiteral(": the ") + m_extractWith +
                          QStringLiteral(" runs on \"\", so nearly every request is rejected "
                                         "with 400."));
    }
    if (m_source == Source::Header && m_settings.headerName.isEmpty())
        m_warnings.append(QStringLiteral("header_name is empty: Tyk looks up a header with no "
                                         "name and rejects every request with 400."));
    if (m_source == Source::Form && m_settings.paramName.isEmpty())
        m_warnings.append(QStringLiteral("param_name is empty: Tyk rejects every request with "
                                         "400."));
    if (m_mode == Mode::Regex)
        collectRegexWarnings();
    if (m_mode == Mode::XPath && m_settings.xpathExpression.isEmpty())
        m_warnings.append(QStringLiteral("xpath_expression is empty: Tyk rejects every request "
                                         "with 400."));
    if (m_mode == Mode::XPath && !m_compileError.isEmpty())
        m_warnings.append(rejectsEveryRequest(QStringLiteral("Tyk's XPath library does not "
                                                             "accept xpath_expression"),
                                              m_settings.xpathExpression, m_compileError));
}

void IdExtractor::collectRegexWarnings()
{
    if (m_settings.regexExpression.isEmpty())
        m_warnings.append(QStringLiteral("regex_expression is empty: Tyk rejects every request "
                                         "with 400."));
    if (!m_compileError.isEmpty())
        m_warnings.append(rejectsEveryRequest(QStringLiteral("Go does not compile "
                                                             "regex_expression"),
                                              m_settings.regexExpression, m_compileError));
    if (m_regex && m_regex->captureCount() > 0)
        m_warnings.append(QStringLiteral("The regex has capture groups, which Tyk ignores: the id "
                                         "is the whole match (prefix-(.*) on \"prefix-abc\" "
                                         "gives \"prefix-abc\")."));
    if (m_settings.regexMatchIndex < 0)
        m_warnings.append(QStringLiteral("regex_match_index %1 is negative: Tyk panics on every "
                                         "request that reaches the extractor (the client gets no "
                                         "response); Hookbench answers 400 instead.")
                              .arg(m_settings.regexMatchIndex));
}

QString IdExtractor::describe() const
{
    QString source;
    switch (m_source) {
    case Source::Header: source = QStringLiteral("header ") + quoted(m_settings.headerName); break;
    case Source::Form:
        source = QStringLiteral("form parameter ") + quoted(m_settings.paramName);
        break;
    case Source::Body: source = QStringLiteral("body"); break;
    case Source::QueryString: source = QStringLiteral("querystring"); break;
    case Source::Unknown: source = QStringLiteral("unknown source ") + quoted(m_extractFrom); break;
    }
    switch (m_mode) {
    case Mode::Value: return source + QStringLiteral(" by value");
    case Mode::Regex:
        return source + QStringLiteral(" by regex ") + quoted(m_settings.regexExpression) +
               QStringLiteral(" (match %1)").arg(m_settings.regexMatchIndex);
    case Mode::XPath:
        return source + QStringLiteral(" by xpath ") + quoted(m_settings.xpathExpression);
    }
    return source;
}

Result<QByteArray> IdExtractor::input(const Http::HttpRequest &request) const
{
    switch (m_source) {
    case Source::Header: {
        // Header.Get: the first value, found case-insensitively; empty counts as missing.
        const QByteArray value = m_settings.headerName.isEmpty()
                                     ? QByteArray()
                                     : request.headers.value(m_settings.headerName.toUtf8());
        if (value.isEmpty())
            return failure(QStringLiteral("header ") + quoted(m_settings.headerName) +
                           QStringLiteral(" is missing or empty"));
        return value;
    }
    case Source::Form: {
        if (m_settings.paramName.isEmpty())
            return failure(QStringLiteral("param_name is empty, so there is no form parameter "
                                          "to read"));
        const QList<QByteArray> values = GoForm::values(request, m_settings.paramName.toUtf8());
        if (values.isEmpty())
            return failure(QStringLiteral("form parameter ") + quoted(m_settings.paramName) +
                           QStringLiteral(" has no value (looked in the query string and, for a "
                                          "url-encoded POST/PUT/PATCH, the body)"));
        // Every value, body ones first, joined with nothing in between (Tyk:
        // gateway/coprocess_id_extractor.go, BaseExtractor.ExtractForm).
        return values.join();
    }
    case Source::Body:
        // The value extractor has no body case in Tyk (Tyk: ValueExtractor.ExtractAndCheck).
        return m_mode == Mode::Value ? QByteArray() : request.body;
    case Source::QueryString:
    case Source::Unknown: return QByteArray(); // not implemented in Tyk: the input is ""
    }
    return QByteArray();
}

Result<QByteArray> IdExtractor::extract(const Http::HttpRequest &request) const
{
    // Tyk's order: the expression is checked before the request is read.
    if (m_mode == Mode::Regex && m_settings.regexExpression.isEmpty())
        return failure(QStringLiteral("regex_expression is empty"));
    if (m_mode == Mode::XPath && m_settings.xpathExpression.isEmpty())
        return failure(QStringLiteral("xpath_expression is empty"));
    if (!m_compileError.isEmpty()) {
        return failure((m_mode == Mode::Regex
                            ? QStringLiteral("regex ") + quoted(m_settings.regexExpression) +
                                  QStringLiteral(" does not compile in Go: ")
                            : QStringLiteral("xpath ") + quoted(m_settings.xpathExpression) +
                                  QStringLiteral(" is not accepted by Tyk's XPath "
                                                 "library: ")) +
                       m_compileError);
    }
    Result<QByteArray> raw = input(request);
    if (!raw || m_mode == Mode::Value)
        return raw;
    return m_mode == Mode::Regex ? byRegex(*raw) : byXPath(*raw);
}

Result<QByteArray> IdExtractor::byRegex(const QByteArray &input) const
{
    const QString text = QString::fromUtf8(input);
    const QStringList matches = m_regex->findAll(text);
    const qint64 index = m_settings.regexMatchIndex;
    if (index < 0) {
        return failure(QStringLiteral("regex_match_index %1 is negative: Tyk panics on this "
                                      "request and the client gets no response")
                           .arg(index));
    }
    if (index >= matches.size()) {
        return failure(QStringLiteral("regex ") + quoted(m_settings.regexExpression) +
                       QStringLiteral(" matched %1 time(s) in ").arg(matches.size()) +
                       excerpt(text) +
                       QStringLiteral("; regex_match_index %1 is out of range").arg(index));
    }
    return matches.at(qsizetype(index)).toUtf8();
}

Result<QByteArray> IdExtractor::byXPath(const QByteArray &input) const
{
    const Result<XmlTree> tree = XmlTree::parse(input);
    if (!tree) {
        return failure(QStringLiteral("the input is not XML Tyk can parse (") +
                       tree.error().message + QStringLiteral("): ") +
                       excerpt(QString::fromUtf8(input)));
    }
    const Result<std::optional<QByteArray>> value = m_xpath->firstString(*tree);
    if (!value) {
        return failure(QStringLiteral("xpath ") + m_settings.xpathExpression +
                       QStringLiteral(": ") + value.error().message +
                       QStringLiteral(" (Tyk drops the request without a response)"));
    }
    if (!value->has_value())
        return failure(QStringLiteral("xpath ") + m_settings.xpathExpression +
                       QStringLiteral(" matched nothing"));
    return **value;
}

QString IdExtractor::cacheKey(const QString &orgId, const QByteArray &id,
                              const QString &hashKeyFunction)
{
    const QByteArray md5 = QCryptographicHash::hash(id, QCryptographicHash::Md5).toHex();
    return Session::KeyHasher::generateToken(orgId, QString::fromLatin1(md5), hashKeyFunction);
}

} // namespace Hb::IdExtractor
