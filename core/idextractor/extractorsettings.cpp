// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/extractorsettings.h"

#include "core/common/asciicase.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace Hb::IdExtractor {

namespace {
using json = nlohmann::json;

const char *const KnownKeys[] = {"header_name", "param_name", "regex_expression",
                                 "regex_match_index", "xpath_expression"};

// Spellings authors put into a Classic definition by mistake: Tyk's OAS names, and the
// classic name Tyk's own OAS documentation gives for param_name.
const std::pair<std::string_view, const char *> Confusions[] = {
    {"form_param_name", "param_name"},
    {"formParamName", "param_name"},
    {"headerName", "header_name"},
    {"regexp", "regex_expression"},
    {"regexpMatchIndex", "regex_match_index"},
    {"xPathExp", "xpath_expression"}};

// mapstructure tries the field's tag first, then any key that equals it ignoring case.
const json *lookup(const json &config, std::string_view key)
{
    if (const auto it = config.find(std::string(key)); it != config.end())
        return &*it;
    for (const auto &[k, v] : config.items()) {
        if (equalsIgnoringAsciiCase(k, key))
            return &v;
    }
    return nullptr;
}

QString describe(const json &v)
{
    const QString text = QString::fromStdString(v.dump());
    switch (v.type()) {
    case json::value_t::string: return QStringLiteral("a string (%1)").arg(text);
    case json::value_t::boolean: return QStringLiteral("a boolean (%1)").arg(text);
    case json::value_t::array: return QStringLiteral("an array");
    case json::value_t::object: return QStringLiteral("an object");
    default: return QStringLiteral("a number (%1)").arg(text);
    }
}

QString fieldName(std::string_view key)
{
    return QStringLiteral("extractor_config.") +
           QString::fromUtf8(key.data(), qsizetype(key.size()));
}

// Go converts the JSON number (a float64) with int(): truncation toward zero; out of range
// gives the amd64 "integer indefinite" value, the most negative int64.
qint64 goIntFromDouble(double d)
{
    if (!(d >= -9.223372036854775808e18 && d < 9.223372036854775808e18))
        return INT64_MIN;
    return static_cast<qint64>(d);
}

void readString(const json &config, const char *key, QString &out, QStringList &problems)
{
    const json *v = lookup(config, key);
    if (!v || v->is_null())
        return;
    if (v->is_string())
        out = QString::fromStdString(v->get<std::string>());
    else
        problems.append(fieldName(key) + QStringLiteral(" is ") + describe(*v) +
                        QStringLiteral(" but Tyk expects a string"));
}

void readIndex(const json &config, qint64 &out, QStringList &problems, QStringList *notes)
{
    const char *key = "regex_match_index";
    const json *v = lookup(config, key);
    if (!v || v->is_null())
        return;
    if (!v->is_number()) {
        problems.append(fieldName(key) + QStringLiteral(" is ") + describe(*v) +
                        QStringLiteral(" but Tyk expects a whole number"));
        return;
    }
    if (v->is_number_integer() &&
        !(v->is_number_unsigned() && v->get<std::uint64_t>() > INT64_MAX)) {
        out = v->get<qint64>();
        return;
    }
    const double d = v->get<double>();
    out = goIntFromDouble(d);
    if (notes && d != std::trunc(d)) {
        notes->append(fieldName(key) + QStringLiteral(" is %1; Tyk truncates it to %2")
                                           .arg(QString::fromStdString(v->dump()))
                                           .arg(out));
    }
}

void noteUnknownKeys(const json &config, QStringList *notes)
{
    if (!notes)
        return;
    for (const auto &[key, value] : config.items()) {
        bool known = false;
        for (const char *k : KnownKeys)
            known = known || equalsIgnoringAsciiCase(key, k);
        if (known)
            continue;
        QString note = fieldName(key) +
                       QStringLiteral(" is not a key Tyk reads (it reads header_name, param_name, "
                                      "regex_expression, regex_match_index and "
                                      "xpath_expression); it is ignored");
        for (const auto &[wrong, right] : Confusions) {
            if (key == wrong)
                note += QStringLiteral(" (did you mean \"%1\"?)").arg(QLatin1String(right));
        }
        notes->append(note);
    }
}

} // namespace

Result<ExtractorSettings> ExtractorSettings::decode(const json &config, QStringList *notes)
{
    ExtractorSettings settings;
    if (config.is_null())
        return settings;
    if (!config.is_object()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("extractor_config is ") +
                                                      describe(config) +
                                                      QStringLiteral(", not an object"));
    }
    noteUnknownKeys(config, notes);

    // mapstructure reports every field that fails, not only the first.
    QStringList problems;
    readString(config, "header_name", settings.headerName, problems);
    readString(config, "param_name", settings.paramName, problems);
    readString(config, "regex_expression", settings.regexExpression, problems);
    readIndex(config, settings.regexMatchIndex, problems, notes);
    readString(config, "xpath_expression", settings.xpathExpression, problems);
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(QStringLiteral("; ")));
    return settings;
}

} // namespace Hb::IdExtractor
