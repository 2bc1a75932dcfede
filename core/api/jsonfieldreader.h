// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"
#include "core/api/jsonlocator.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace Hb::Api {

// Typed, position-aware reads from one parsed JSON document, with Go's encoding/json rules:
// an absent key or a null leaves the default untouched; a value of the wrong type is an error
// (Go refuses to decode it, so Tyk refuses the whole definition). Every diagnostic carries the
// file, line and column of the value (or key) it is about. Used on one thread at a time.
class JsonFieldReader
{
public:
    enum class Anchor { Value, Key };

    // `root` and `locator` must outlive the reader.
    JsonFieldReader(const nlohmann::json &root, const JsonLocator &locator, QString file);

    // Parses `text`; on a syntax error returns nullopt and sets `error` to a diagnostic at the
    // exact line and column nlohmann stopped at.
    static std::optional<nlohmann::json> parseDocument(const QByteArray &text, const QString &file,
                                                       Diagnostic *error);

    // Pointers of a converted document that stand for places in another document (Tyk OAS →
    // classic): diagnostics about the key use the mapped place and name. A pointer without an
    // alias falls back to its closest aliased parent.
    void setAliases(std::map<std::string, std::string> aliases, const JsonLocator *aliasLocator);

    // The value at `pointer`, or nullptr when it (or a parent) is absent or null.
    const nlohmann::json *find(std::string_view pointer) const;

    void readString(std::string_view pointer, QString &out);
    void readBool(std::string_view pointer, bool &out);
    void readInt(std::string_view pointer, qint64 &out);
    void readInt(std::string_view pointer, int &out);
    void readDouble(std::string_view pointer, double &out);
    // nullptr when absent, null or of another type (the latter is reported).
    const nlohmann::json *readObject(std::string_view pointer);
    const nlohmann::json *readArray(std::string_view pointer);
    // A JSON object of strings (map[string]string) or a JSON array of strings ([]string).
    void readStringMap(std::string_view pointer, QMap<QString, QString> &out);
    void readStringList(std::string_view pointer, QList<QString> &out);

    void error(std::string_view pointer, const QString &message, Anchor anchor = Anchor::Value);
    void warning(std::string_view pointer, const QString &message, Anchor anchor = Anchor::Value);

    // "proxy.listen_path" for "/proxy/listen_path" (or the aliased name).
    QString displayName(std::string_view pointer) const;
    SourceLocation locate(std::string_view pointer, Anchor anchor) const;

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return m_errorCount > 0; }

private:
    bool expect(std::string_view pointer, const nlohmann::json *value, bool ok,
                const char *expected);
    std::optional<std::string> aliasOf(std::string_view pointer) const;
    void add(Diagnostic::Severity severity, std::string_view pointer, const QString &message,
             Anchor anchor);

    const nlohmann::json &m_root;
    const JsonLocator &m_locator;
    QString m_file;
    std::map<std::string, std::string> m_aliases;
    const JsonLocator *m_aliasLocator = nullptr;
    Diagnostics m_diagnostics;
    int m_errorCount = 0;
};

} // namespace Hb::Api
