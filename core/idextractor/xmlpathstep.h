// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/idextractor/xmltree.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace Hb::IdExtractor {

// One compiled expression of gopkg.in/xmlpath.v2: a list of location steps, each with an
// optional predicate. Plain data built by XmlPathParser and walked by XmlPath.

enum class XmlAxis {
    Self,
    Parent,
    Ancestor,
    AncestorOrSelf,
    Child,
    Descendant,
    DescendantOrSelf,
    Following,
    FollowingSibling,
    Preceding,
    PrecedingSibling,
    Attribute,
};

struct XmlPathStep;

// [N], [path], [path='literal'], [contains(path,'literal')], [not(path)], joined with
// "and" / "or" and parentheses.
struct XmlPathPredicate
{
    enum class Type { Position, Exists, Equals, Contains, Not, And, Or };
    Type type = Type::Exists;
    int position = 0;                       // Position: 1-based
    std::vector<XmlPathStep> path;          // Exists, Equals, Contains, Not
    QByteArray literal;                     // Equals, Contains
    std::vector<XmlPathPredicate> operands; // And, Or
};

struct XmlPathStep
{
    bool fromRoot = false; // the expression's first step after a leading "/"
    XmlAxis axis = XmlAxis::Child;
    QByteArray name = "*";           // "*" matches every name
    std::optional<XmlNodeKind> kind; // nullopt matches every kind
    std::optional<XmlPathPredicate> predicate;
};

} // namespace Hb::IdExtractor
