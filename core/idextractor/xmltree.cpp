// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/xmltree.h"

#include <QByteArrayList>
#include <QString>

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace Hb::IdExtractor {

namespace {

// Go's isInCharacterRange: what encoding/xml accepts in text and attribute values.
bool isXmlChar(uint c)
{
    return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Decodes one UTF-8 sequence at `i`; returns its length, 0 when it is invalid.
int utf8Length(const QByteArray &s, qsizetype i, uint *codePoint)
{
    const auto byte = [&](qsizetype k) { return k < s.size() ? uchar(s.at(k)) : uchar(0); };
    const uchar b0 = byte(i);
    int length = 0;
    uint c = 0;
    uint min = 0;
    if (b0 < 0x80)
        return *codePoint = b0, 1;
    if ((b0 & 0xE0) == 0xC0)
        length = 2, c = b0 & 0x1F, min = 0x80;
    else if ((b0 & 0xF0) == 0xE0)
        length = 3, c = b0 & 0x0F, min = 0x800;
    else if ((b0 & 0xF8) == 0xF0)
        length = 4, c = b0 & 0x07, min = 0x10000;
    else
        return 0;
    for (int k = 1; k < length; ++k) {
        const uchar b = byte(i + k);
        if ((b & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *codePoint = c;
    return length;
}

// A character or entity reference at `i` (which holds "&"), as Go's strict decoder accepts
// it: one of the five predefined entities or a numeric reference up to U+10FFFF.
qsizetype referenceLength(const QByteArray &s, qsizetype i)
{
    // Every valid reference is short, so the search for ";" stays near (no quadratic scan of
    // a body full of bare "&").
    qsizetype semicolon = i + 1;
    while (semicolon < s.size() && semicolon < i + 16 && s.at(semicolon) != ';')
        ++semicolon;
    if (semicolon >= s.size() || s.at(semicolon) != ';')
        return 0;
    const QByteArray name = s.mid(i + 1, semicolon - i - 1);
    static const char *const Named[] = {"lt", "gt", "amp", "apos", "quot"};
    for (const char *n : Named) {
        if (name == n)
            return semicolon + 1 - i;
    }
    // Numeric: "#" decimal digits or "#x" hex digits (lower-case x only, as Go reads it).
    const bool hex = name.startsWith("#x");
    const QByteArray digits = name.mid(hex ? 2 : 1);
    if (!name.startsWith('#') || digits.isEmpty() || digits.size() > 8)
        return 0;
    qulonglong value = 0;
    for (const char d : digits) {
        const bool decimal = d >= '0' && d <= '9';
        const bool letter = hex && ((d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'));
        if (!decimal && !letter)
            return 0;
        value = value * (hex ? 16 : 10) + qulonglong(decimal ? d - '0' : (d | 0x20) - 'a' + 10);
    }
    return value <= 0x10FFFF ? semicolon + 1 - i : 0;
}

QString at(qsizetype offset)
{
    return QStringLiteral(" at byte %1").arg(offset);
}

// What Go's encoding/xml refuses but pugixml lets through. Comments, processing
// instructions and <!DOCTYPE …> are skipped (Go reads them raw); unterminated markup is left
// to pugixml, which reports it.
QString goStrictnessProblem(const QByteArray &xml)
{
    qsizetype i = 0;
    const auto skipPast = [&](const char *terminator, qsizetype from) {
        const qsizetype j = xml.indexOf(terminator, from);
        return j < 0 ? xml.size() : j + qsizetype(std::strlen(terminator));
    };
    bool inCdata = false;
    qsizetype cdataEnd = 0;
    while (i < xml.size()) {
        if (inCdata && i >= cdataEnd)
            inCdata = false;
        if (!inCdata && xml.at(i) == '<') {
            if (xml.mid(i, 4) == "<!--") {
                i = skipPast("-->", i + 4);
                continue;
            }
            if (xml.mid(i, 9) == "<![CDATA[") {
                inCdata = true;
                cdataEnd = skipPast("]]>", i + 9);
                i += 9;
                continue;
            }
            if (xml.mid(i, 2) == "<?") {
                i = skipPast("?>", i + 2);
                continue;
            }
            if (xml.mid(i, 2) == "<!") {
                int depth = 0;
                for (++i; i < xml.size(); ++i) {
                    const char c = xml.at(i);
                    depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                    if (c == '>' && depth <= 0)
                        break;
                }
                ++i;
                continue;
            }
        }
        if (!inCdata && xml.at(i) == '&') {
            const qsizetype length = referenceLength(xml, i);
            if (length == 0) {
                return QStringLiteral("invalid character entity ") +
                       QString::fromUtf8(xml.mid(i, 12).split(';').first()) + at(i);
            }
            i += length;
            continue;
        }
        uint c = 0;
        const int length = utf8Length(xml, i, &c);
        if (length == 0)
            return QStringLiteral("invalid UTF-8") + at(i);
        if (!isXmlChar(c))
            return QStringLiteral("illegal character code U+") +
                   QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')) + at(i);
        i += length;
    }
    return {};
}

QByteArray localName(const char *qualified)
{
    // Go's decoder splits "prefix:local" at the colon; names with more colons stay whole.
    const QByteArray name(qualified);
    const qsizetype colon = name.indexOf(':');
    if (colon <= 0 || colon == name.size() - 1 || name.indexOf(':', colon + 1) >= 0)
        return name;
    return name.mid(colon + 1);
}

// The <?xml …?> declaration: Go checks version and encoding and then reports it as an
// ordinary processing instruction whose content is the text after the target.
QString checkDeclaration(const pugi::xml_node &declaration, QByteArray *content)
{
    QByteArrayList parts;
    for (const pugi::xml_attribute &a : declaration.attributes())
        parts.append(QByteArray(a.name()) + "=\"" + a.value() + '"');
    *content = parts.join(' ');
    const QByteArray version = declaration.attribute("version").value();
    if (!version.isEmpty() && version != "1.0")
        return QStringLiteral("unsupported version \"%1\"; only version 1.0 is supported")
            .arg(QString::fromUtf8(version));
    const QByteArray encoding = declaration.attribute("encoding").value();
    if (!encoding.isEmpty() && encoding.toLower() != "utf-8")
        return QStringLiteral("encoding \"%1\" declared but Go has no reader for it")
            .arg(QString::fromUtf8(encoding));
    return {};
}

// One pugixml node as the library sees it (parent and children are filled in by the caller);
// nullopt for what Go reports as no node (<!DOCTYPE> is a directive).
Result<std::optional<XmlTree::Node>> convert(const pugi::xml_node &source)
{
    XmlTree::Node node;
    switch (source.type()) {
    case pugi::node_element: node.name = localName(source.name()); break;
    case pugi::node_pcdata:
    case pugi::node_cdata:
        node.kind = XmlNodeKind::Text;
        node.text = source.value();
        break;
    case pugi::node_comment:
        node.kind = XmlNodeKind::Comment;
        node.text = source.value();
        break;
    case pugi::node_pi:
        node.kind = XmlNodeKind::ProcInst;
        node.name = source.name();
        node.text = source.value();
        break;
    case pugi::node_declaration:
        node.kind = XmlNodeKind::ProcInst;
        node.name = "xml";
        if (const QString problem = checkDeclaration(source, &node.text); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
        break;
    default: return std::optional<XmlTree::Node>();
    }
    return std::optional<XmlTree::Node>(std::move(node));
}

// Subtree ends: children follow their parent, so a backward pass can widen each parent.
void computeEnds(std::vector<XmlTree::Node> &nodes)
{
    for (int i = int(nodes.size()) - 1; i >= 0; --i) {
        XmlTree::Node &n = nodes[std::size_t(i)];
        n.end = std::max(n.end, i + 1);
        if (n.parent >= 0) {
            XmlTree::Node &p = nodes[std::size_t(n.parent)];
            p.end = std::max(p.end, n.end);
        }
    }
}

} // namespace

Result<XmlTree> XmlTree::parse(const QByteArray &xml)
{
    if (const QString problem = goStrictnessProblem(xml); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);

    // Keep what Go's tokens keep: whitespace-only text, comments, instructions, top-level
    // text; attribute values are not whitespace-normalised (Go only folds line ends).
    const unsigned flags = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                           pugi::parse_ws_pcdata | pugi::parse_comments | pugi::parse_pi |
                           pugi::parse_declaration | pugi::parse_fragment;
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(xml.constData(), std::size_t(xml.size()), flags, pugi::encoding_utf8);
    if (!parsed) {
        return makeError(ErrorCode::InvalidInput,
                         QString::fromUtf8(parsed.description()).toLower() + at(parsed.offset));
    }

    XmlTree tree;
    tree.m_nodes.push_back(Node{});
    // Pre-order walk with an explicit stack: request bodies may nest deeper than a thread's
    // stack allows recursion.
    std::vector<std::pair<pugi::xml_node, int>> pending;
    const auto pushChildren = [&](const pugi::xml_node &parent, int parentIndex) {
        for (pugi::xml_node child = parent.last_child(); child; child = child.previous_sibling())
            pending.emplace_back(child, parentIndex);
    };
    pushChildren(document, 0);
    while (!pending.empty()) {
        const auto [source, parent] = pending.back();
        pending.pop_back();
        Result<std::optional<Node>> converted = convert(source);
        if (!converted)
            return converted.error();
        if (!converted->has_value())
            continue;
        const int index = tree.size();
        tree.m_nodes[std::size_t(parent)].children.push_back(index);
        tree.m_nodes.push_back(std::move(**converted));
        tree.m_nodes.back().parent = parent;
        if (source.type() != pugi::node_element)
            continue;
        for (const pugi::xml_attribute &a : source.attributes()) {
            Node attribute;
            attribute.kind = XmlNodeKind::Attribute;
            attribute.name = localName(a.name());
            attribute.text = a.value();
            attribute.parent = index;
            tree.m_nodes.push_back(std::move(attribute));
        }
        pushChildren(source, index);
    }
    computeEnds(tree.m_nodes);
    return tree;
}

QByteArray XmlTree::stringValue(int index) const
{
    const Node &n = node(index);
    if (n.kind != XmlNodeKind::Element)
        return n.text;
    QByteArray value;
    for (int i = index + 1; i < n.end; ++i) {
        if (node(i).kind == XmlNodeKind::Text)
            value += node(i).text;
    }
    return value;
}

} // namespace Hb::IdExtractor
