// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/jsonfieldreader.h"

#include "core/common/jsonnesting.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstdlib>

namespace Hb::Api {

namespace {
QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string unescapeToken(std::string_view token)
{
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

// "a string", "a number", ... for messages.
QString describe(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object: return QStringLiteral("an object");
    case nlohmann::json::value_t::array: return QStringLiteral("an array");
    case nlohmann::json::value_t::string:
        return QStringLiteral("a string (") + fromStd(value.dump()) + u')';
    case nlohmann::json::value_t::boolean:
        return QStringLiteral("a boolean (") + fromStd(value.dump()) + u')';
    case nlohmann::json::value_t::number_float:
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return QStringLiteral("a number (") + fromStd(value.dump()) + u')';
    default: return QStringLiteral("null");
    }
}
// nlohmann reports the last character it read; for a well-formed token in the wrong place
// ("unexpected string literal") that is the token's end, while the problem is where it starts.
qsizetype tokenStart(const QByteArray &text, qsizetype offset, const QString &message)
{
    if (offset <= 0 || offset >= text.size())
        return offset;
    if (message.contains(QStringLiteral("unexpected string literal")) && text.at(offset) == '"') {
        for (qsizetype i = offset - 1; i >= 0; --i) {
            if (text.at(i) != '"')
                continue;
            qsizetype backslashes = 0;
            while (i - backslashes - 1 >= 0 && text.at(i - backslashes - 1) == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return offset;
    }
    const bool number = message.contains(QStringLiteral("unexpected number literal"));
    const bool word = message.contains(QStringLiteral("unexpected true literal")) ||
                      message.contains(QStringLiteral("unexpected false literal")) ||
                      message.contains(QStringLiteral("unexpected null literal"));
    if (!number && !word)
        return offset;
    auto inToken = [number](char c) {
        return number ? ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                         c == 'E')
                      : (c >= 'a' && c <= 'z');
    };
    while (offset > 0 && inToken(text.at(offset - 1)))
        --offset;
    return offset;
}
} // namespace

JsonFieldReader::JsonFieldReader(const nlohmann::json &root, const JsonLocator &locator,
                                 QString file)
    : m_root(root)
    , m_locator(locator)
    , m_file(std::move(file))
{}

std::optional<nlohmann::json> JsonFieldReader::parseDocument(const QByteArray &text,
                                                             const QString &file, Diagnostic *error)
{
    if (const auto deep = findJsonNestingBeyond(std::string_view(text.constData(), text.size()))) {
        if (error) {
            *error = Diagnostic{Diagnostic::Severity::Error,
                                SourceLocation{file, deep->line, deep->column, {}},
                                QStringLiteral("malformed JSON: nested deeper than %1 levels")
                                    .arg(kMaxJsonNesting)};
            error->decodeError = true;
        }
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(text.cbegin(), text.cend());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the last character read, i.e. the offending one
        // (one past the end for a truncated document).
        static const QRegularExpression prefix(QStringLiteral(
            "^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] parse error( at line \\d+, column \\d+)?: "));
        QString message = QString::fromUtf8(e.what());
        message.remove(prefix);
        const JsonLocator locator(text);
        const auto pos = locator.positionOfOffset(tokenStart(text, qsizetype(e.byte) - 1, message));
        if (error) {
            *error = Diagnostic{Diagnostic::Severity::Error,
                                SourceLocation{file, pos.line, pos.column, {}},
                                QStringLiteral("malformed JSON: ") + message};
        }
    } catch (const nlohmann::json::exception &e) {
        if (error) {
            *error = Diagnostic{Diagnostic::Severity::Error, SourceLocation{file, 1, 1, {}},
                                QStringLiteral("malformed JSON: ") + QString::fromUtf8(e.what())};
        }
    }
    if (error)
        error->decodeError = true;
    return std::nullopt;
}

void JsonFieldReader::setAliases(std::map<std::string, std::string> aliases,
                                 const JsonLocator *aliasLocator)
{
    m_aliases = std::move(aliases);
    m_aliasLocator = aliasLocator;
}

const nlohmann::json *JsonFieldReader::find(std::string_view pointer) const
{
    const nlohmann::json *node = &m_root;
    std::size_t start = 1;
    while (start <= pointer.size() && !pointer.empty()) {
        std::size_t end = pointer.find('/', start);
        if (end == std::string_view::npos)
            end = pointer.size();
        const std::string token = unescapeToken(pointer.substr(start, end - start));
        if (node->is_object()) {
            const auto it = node->find(token);
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            char *tail = nullptr;
            const unsigned long index = std::strtoul(token.c_str(), &tail, 10);
            if (token.empty() || *tail != '\0' || index >= node->size())
                return nullptr;
            node = &(*node)[index];
        } else {
            return nullptr;
        }
        start = end + 1;
    }
    return node->is_null() ? nullptr : node;
}

bool JsonFieldReader::expect(std::string_view pointer, const nlohmann::json *value, bool ok,
                             const char *expected)
{
    if (!value)
        return false;
    if (!ok) {
        error(pointer, displayName(pointer) + QStringLiteral(": expected ") +
                           QString::fromLatin1(expected) + QStringLiteral(", got ") +
                           describe(*value));
        m_diagnostics.last().decodeError = true;
    }
    return ok;
}

void JsonFieldReader::readString(std::string_view pointer, QString &out)
{
    const auto *v = find(pointer);
    if (expect(pointer, v, v && v->is_string(), "a string"))
        out = fromStd(v->get<std::string>());
}

void JsonFieldReader::readBool(std::string_view pointer, bool &out)
{
    const auto *v = find(pointer);
    if (expect(pointer, v, v && v->is_boolean(), "a boolean (true or false)"))
        out = v->get<bool>();
}

void JsonFieldReader::readInt(std::string_view pointer, qint64 &out)
{
    // Go decodes "1.0" into an int as an error too, so a float is refused like a string.
    const auto *v = find(pointer);
    if (expect(pointer, v, v && v->is_number_integer(), "an integer"))
        out = v->get<qint64>();
}

void JsonFieldReader::readInt(std::string_view pointer, int &out)
{
    qint64 wide = out;
    readInt(pointer, wide);
    out = int(wide);
}

void JsonFieldReader::readDouble(std::string_view pointer, double &out)
{
    const auto *v = find(pointer);
    if (expect(pointer, v, v && v->is_number(), "a number"))
        out = v->get<double>();
}

const nlohmann::json *JsonFieldReader::readObject(std::string_view pointer)
{
    const auto *v = find(pointer);
    return expect(pointer, v, v && v->is_object(), "an object") ? v : nullptr;
}

const nlohmann::json *JsonFieldReader::readArray(std::string_view pointer)
{
    const auto *v = find(pointer);
    return expect(pointer, v, v && v->is_array(), "an array") ? v : nullptr;
}

void JsonFieldReader::readStringMap(std::string_view pointer, QMap<QString, QString> &out)
{
    const auto *object = readObject(pointer);
    if (!object)
        return;
    for (const auto &[key, value] : object->items()) {
        QString text;
        readString(JsonLocator::child(pointer, key), text);
        out.insert(fromStd(key), text);
    }
}

void JsonFieldReader::readStringList(std::string_view pointer, QList<QString> &out)
{
    const auto *array = readArray(pointer);
    if (!array)
        return;
    for (std::size_t i = 0; i < array->size(); ++i) {
        QString text;
        readString(JsonLocator::child(pointer, i), text);
        out.append(text);
    }
}

void JsonFieldReader::error(std::string_view pointer, const QString &message, Anchor anchor)
{
    add(Diagnostic::Severity::Error, pointer, message, anchor);
}

void JsonFieldReader::warning(std::string_view pointer, const QString &message, Anchor anchor)
{
    add(Diagnostic::Severity::Warning, pointer, message, anchor);
}

std::optional<std::string> JsonFieldReader::aliasOf(std::string_view pointer) const
{
    if (m_aliases.empty())
        return std::nullopt;
    std::string probe(pointer);
    while (true) {
        const auto it = m_aliases.find(probe);
        if (it != m_aliases.end())
            return it->second;
        const auto slash = probe.rfind('/');
        if (slash == std::string::npos)
            return std::nullopt;
        probe.resize(slash);
    }
}

QString JsonFieldReader::displayName(std::string_view pointer) const
{
    const std::string effective = aliasOf(pointer).value_or(std::string(pointer));
    if (effective.empty())
        return QStringLiteral("(document)");
    QStringList parts;
    const auto tokens = fromStd(effective.substr(1)).split(u'/');
    for (const QString &token : tokens) {
        QString t = token;
        parts.append(t.replace(QStringLiteral("~1"), QStringLiteral("/"))
                         .replace(QStringLiteral("~0"), QStringLiteral("~")));
    }
    return parts.join(u'.');
}

SourceLocation JsonFieldReader::locate(std::string_view pointer, Anchor anchor) const
{
    const JsonLocator *locator = &m_locator;
    std::string effective(pointer);
    if (const auto alias = aliasOf(pointer); alias && m_aliasLocator) {
        locator = m_aliasLocator;
        effective = *alias;
    }
    // Walk up until a pointer the text knows (a missing key is reported at its parent's key);
    // the document as a whole (e.g. a missing top-level key) is reported at its start.
    while (!effective.empty()) {
        const auto pos =
            anchor == Anchor::Key ? locator->keyAt(effective) : locator->valueAt(effective);
        if (pos.isValid())
            return SourceLocation{m_file, pos.line, pos.column, {}};
        effective.resize(effective.rfind('/'));
        anchor = Anchor::Key;
    }
    return SourceLocation{m_file, 1, 1, {}};
}

void JsonFieldReader::add(Diagnostic::Severity severity, std::string_view pointer,
                          const QString &message, Anchor anchor)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errorCount;
    m_diagnostics.append(Diagnostic{severity, locate(pointer, anchor), message});
}

} // namespace Hb::Api
