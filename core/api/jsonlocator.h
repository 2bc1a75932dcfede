// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Hb::Api {

// Finds where things are in a JSON text. nlohmann::json keeps no positions, so this scans the
// (already valid) text once and remembers, for every JSON pointer ("/proxy/listen_path"), the
// byte offsets of its key and its value. Lines and columns are 1-based; a column counts
// characters (UTF-8 code points), a tab counts as one. Build one per document and keep it next
// to the parsed json; it is immutable after construction.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0; // 0 = unknown
        int column = 0;
        bool isValid() const { return line > 0; }
    };

    explicit JsonLocator(QByteArray text);

    // Position of the value at `pointer` ("" is the root). Unknown pointer → invalid Position.
    Position valueAt(std::string_view pointer) const;
    // Position of the opening quote of the key that names `pointer`; for the root and array
    // elements (which have no key) this is the value's position.
    Position keyAt(std::string_view pointer) const;
    // Line and column of a 0-based byte offset (clamped to the text), e.g. for parse errors.
    Position positionOfOffset(qsizetype offset) const;

    // JSON pointer helpers (RFC 6901 escaping: "~" → "~0", "/" → "~1").
    static std::string child(std::string_view pointer, std::string_view key);
    static std::string child(std::string_view pointer, std::size_t index);

private:
    struct Entry
    {
        qsizetype keyOffset = -1;
        qsizetype valueOffset = -1;
    };

    void indexLines();
    void scanValue(std::string &pointer, qsizetype keyOffset, int depth);
    void scanObject(std::string &pointer, int depth);
    void scanArray(std::string &pointer, int depth);
    std::string scanString();
    void skipScalar();
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size(); }

    QByteArray m_text;
    qsizetype m_pos = 0;
    std::vector<qsizetype> m_lineStarts;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace Hb::Api
