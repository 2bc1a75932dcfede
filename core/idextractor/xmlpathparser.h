// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/idextractor/xmlpathstep.h"

#include <QString>

#include <vector>

namespace Hb::IdExtractor {

// The expression grammar of gopkg.in/xmlpath.v2 (the revision Tyk pins), which is a small
// subset of XPath 1.0: location paths with every axis, the node tests name, *, node(),
// text(), comment() and processing-instruction('t'), and predicates [N], [path],
// [path='lit'], [contains(path,'lit')], [not(path)] with and/or/parentheses. No functions
// elsewhere, no unions, no arithmetic, no namespace prefixes, spaces only as " ".
// Everything else fails to compile, which in Tyk rejects every request with 400.
class XmlPathParser
{
public:
    // Compile errors read like the library's: `compiling xml path "a[":2: expected ']'`.
    static Result<std::vector<XmlPathStep>> parse(const QString &expression);
};

} // namespace Hb::IdExtractor
