// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>

#include <vector>

namespace Hb::IdExtractor {

enum class XmlNodeKind { Element, Attribute, Text, Comment, ProcInst };

// An XML document as gopkg.in/xmlpath.v2 (Tyk's XPath library) holds it after reading it
// with Go's encoding/xml: every node in document order in one array, an element followed by
// its attributes and then its subtree. Index 0 is the root, an element with no name whose
// children are everything at the top level (including whitespace text, comments and the
// <?xml …?> declaration, which Go reports as a processing instruction). Names are local
// names ("ns:key" is "key"). Immutable once parsed.
class XmlTree
{
public:
    struct Node
    {
        XmlNodeKind kind = XmlNodeKind::Element;
        QByteArray name; // local name, or a processing instruction's target; empty otherwise
        QByteArray text; // value of an attribute, text, comment or processing instruction
        int parent = -1;
        int end = 0;               // one past the last node of this node's subtree
        std::vector<int> children; // elements, text, comments, instructions; no attributes
    };

    // Parses `xml` with pugixml, refusing what Go's strict decoder refuses: unbalanced tags,
    // undeclared entities and a bare "&", invalid UTF-8, control characters, a declared
    // version other than 1.0 or encoding other than UTF-8. Text outside the root element
    // and several root elements are accepted, as Go does; empty input is an empty document.
    static Result<XmlTree> parse(const QByteArray &xml);

    int size() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }

    // xmlpath's string value: an element's text nodes concatenated (CDATA included), else
    // the node's own text.
    QByteArray stringValue(int index) const;

private:
    std::vector<Node> m_nodes;
};

} // namespace Hb::IdExtractor
