// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/jsonlocator.h"

#include "core/gocompat/hexvalue.h"

#include <algorithm>

namespace Hb::Api {

namespace {
// Deeper nesting is not indexed: it keeps a hostile file from exhausting the stack, and no
// field Hookbench reads lives that deep.
constexpr int MaxDepth = 256;

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

} // namespace

JsonLocator::JsonLocator(QByteArray text)
    : m_text(std::move(text))
{
    indexLines();
    std::string pointer;
    skipWhitespace();
    if (!atEnd())
        scanValue(pointer, -1, 0);
}

void JsonLocator::indexLines()
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

JsonLocator::Position JsonLocator::positionOfOffset(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype lineStart = *(next - 1);
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        // UTF-8 continuation bytes belong to the previous character.
        if ((uchar(m_text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {int(next - m_lineStarts.begin()), column};
}

JsonLocator::Position JsonLocator::valueAt(std::string_view pointer) const
{
    const auto it = m_entries.find(std::string(pointer));
    if (it == m_entries.end())
        return {};
    return positionOfOffset(it->second.valueOffset);
}

JsonLocator::Position JsonLocator::keyAt(std::string_view pointer) const
{
    const auto it = m_entries.find(std::string(pointer));
    if (it == m_entries.end())
        return {};
    const qsizetype offset =
        it->second.keyOffset >= 0 ? it->second.keyOffset : it->second.valueOffset;
    return positionOfOffset(offset);
}

std::string JsonLocator::child(std::string_view pointer, std::string_view key)
{
    std::string out(pointer);
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string JsonLocator::child(std::string_view pointer, std::size_t index)
{
    return std::string(pointer) + '/' + std::to_string(index);
}

void JsonLocator::skipWhitespace()
{
    while (!atEnd()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLocator::scanValue(std::string &pointer, qsizetype keyOffset, int depth)
{
    m_entries[pointer] = Entry{keyOffset, m_pos};
    if (atEnd())
        return;
    switch (m_text.at(m_pos)) {
    case '{': scanObject(pointer, depth + 1); break;
    case '[': scanArray(pointer, depth + 1); break;
    case '"': scanString(); break;
    default: skipScalar(); break;
    }
}

void JsonLocator::scanObject(std::string &pointer, int depth)
{
    ++m_pos; // '{'
    const std::size_t base = pointer.size();
    while (true) {
        skipWhitespace();
        if (atEnd())
            return;
        if (m_text.at(m_pos) == '}') {
            ++m_pos;
            return;
        }
        if (m_text.at(m_pos) == ',') {
            ++m_pos;
            continue;
        }
        if (m_text.at(m_pos) != '"')
            return; // not valid JSON: stop indexing rather than guess
        const qsizetype keyOffset = m_pos;
        const std::string key = scanString();
        skipWhitespace();
        if (atEnd() || m_text.at(m_pos) != ':')
            return;
        ++m_pos;
        skipWhitespace();
        if (depth > MaxDepth)
            return;
        pointer = child(pointer, key);
        scanValue(pointer, keyOffset, depth);
        pointer.resize(base);
    }
}

void JsonLocator::scanArray(std::string &pointer, int depth)
{
    ++m_pos; // '['
    const std::size_t base = pointer.size();
    std::size_t index = 0;
    while (true) {
        skipWhitespace();
        if (atEnd())
            return;
        const char c = m_text.at(m_pos);
        if (c == ']') {
            ++m_pos;
            return;
        }
        if (c == ',') {
            ++m_pos;
            continue;
        }
        if (depth > MaxDepth)
            return;
        const qsizetype start = m_pos;
        pointer = child(pointer, index++);
        scanValue(pointer, -1, depth);
        pointer.resize(base);
        // A scalar stops at '}' without consuming it: "[}" is not valid JSON, and going on
        // would index the same byte forever (found by fuzz/fuzz_api_definition).
        if (m_pos == start)
            return;
    }
}

std::string JsonLocator::scanString()
{
    // Decodes escapes so that keys compare equal to the ones nlohmann produced.
    std::string out;
    ++m_pos; // opening quote
    while (!atEnd()) {
        const char c = m_text.at(m_pos++);
        if (c == '"')
            return out;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (atEnd())
            break;
        const char e = m_text.at(m_pos++);
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            auto readHex = [this](unsigned &value) {
                if (m_pos + 4 > m_text.size())
                    return false;
                value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = GoCompat::hexValue(m_text.at(m_pos + i));
                    if (h < 0)
                        return false;
                    value = value * 16 + unsigned(h);
                }
                m_pos += 4;
                return true;
            };
            unsigned cp = 0;
            if (!readHex(cp))
                return out;
            // A high surrogate followed by "\u" + low surrogate forms one code point.
            if (cp >= 0xD800 && cp < 0xDC00 && m_pos + 6 <= m_text.size() &&
                m_text.at(m_pos) == '\\' && m_text.at(m_pos + 1) == 'u') {
                m_pos += 2;
                unsigned low = 0;
                if (readHex(low) && low >= 0xDC00 && low < 0xE000)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default: out += e; break; // '"', '\\', '/'
        }
    }
    return out;
}

void JsonLocator::skipScalar()
{
    while (!atEnd()) {
        const char c = m_text.at(m_pos);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return;
        ++m_pos;
    }
}

} // namespace Hb::Api
