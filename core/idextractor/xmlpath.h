// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/idextractor/xmlpathstep.h"
#include "core/idextractor/xmltree.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace Hb::IdExtractor {

// An XPath expression as Tyk's xpath extractor runs it: gopkg.in/xmlpath.v2 at the revision
// Tyk pins (860cbeca), reimplemented on XmlTree. pugixml's own XPath is not used because the
// library differs from XPath 1.0 in ways that change the id:
//  * only its subset compiles (XmlPathParser); `count(//a)`, `//a | //b`, `//a[last()]` fail;
//  * names match by local name, so `//key` also finds <ns:key>;
//  * "first match" is the first node its nested step iteration yields, not the first in
//    document order (`//a/b` on <a><a><b>1</b></a><b>2</b></a> gives "2");
//  * `[p='lit']` and `contains(p,'lit')` hold if any node of p qualifies;
//  * preceding-sibling:: starts with the context node itself;
//  * name tests also match processing instructions, and `ancestor::*` includes the root.
// Immutable; const methods may be called from any thread.
class XmlPath
{
public:
    static Result<XmlPath> compile(const QString &expression);

    // Path.String on the document root: the string value of the first node selected, or
    // nullopt when none is. Fails where the library panics (Tyk then drops the request with
    // no response): comparing [p='lit'] with an element whose text is longer and starts
    // with 'lit', and preceding-sibling:: from an attribute or the root.
    Result<std::optional<QByteArray>> firstString(const XmlTree &tree) const;

    const QString &expression() const { return m_expression; }

private:
    XmlPath(QString expression, std::vector<XmlPathStep> steps);

    QString m_expression;
    std::vector<XmlPathStep> m_steps;
};

} // namespace Hb::IdExtractor
