// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/xmlpath.h"

#include "core/idextractor/xmlpathparser.h"

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace Hb::IdExtractor {

namespace {

using Steps = std::vector<XmlPathStep>;
using Predicate = XmlPathPredicate;
// Called for each node a path yields; returning true stops the walk.
using Visit = std::function<bool(int)>;

// Walks a path the way the library's iterator does: depth first, step by step, each axis in
// its own order, positions counted per context node.
class Evaluator
{
public:
    explicit Evaluator(const XmlTree &tree)
        : m_tree(tree)
    {}

    // Returns true when `visit` stopped the walk or the library would have panicked.
    bool walk(const Steps &steps, std::size_t index, int context, const Visit &visit)
    {
        if (!panic.isEmpty())
            return true;
        std::unordered_set<quint64> &fruitless = m_fruitless[&steps];
        const quint64 key = quint64(index) * quint64(m_tree.size()) + quint64(context);
        if (fruitless.contains(key))
            return false;
        const XmlPathStep &step = steps[index];
        int position = 0;
        const bool stopped = axis(step, step.fromRoot ? 0 : context, [&](int candidate) {
            ++position;
            if (step.predicate && !test(*step.predicate, candidate, position))
                return !panic.isEmpty();
            if (index + 1 == steps.size())
                return visit(candidate);
            return walk(steps, index + 1, candidate, visit);
        });
        if (!stopped)
            fruitless.insert(key);
        return stopped;
    }

    QString panic; // set when the library would panic; the walk then stops

private:
    const XmlTree::Node &node(int i) const { return m_tree.node(i); }

    bool matches(const XmlPathStep &step, int i) const
    {
        const XmlTree::Node &n = node(i);
        return (!step.kind || *step.kind == n.kind) && (step.name == "*" || n.name == step.name);
    }

    bool axis(const XmlPathStep &step, int context, const Visit &visit)
    {
        const auto offer = [&](int i) { return matches(step, i) && visit(i); };
        const XmlTree::Node &c = node(context);
        switch (step.axis) {
        case XmlAxis::Self: return offer(context);
        case XmlAxis::Parent: return c.parent >= 0 && offer(c.parent);
        case XmlAxis::AncestorOrSelf:
            if (offer(context))
                return true;
            [[fallthrough]];
        case XmlAxis::Ancestor:
            for (int p = c.parent; p >= 0; p = node(p).parent) {
                if (offer(p))
                    return true;
            }
            return false;
        case XmlAxis::Child:
            for (const int child : c.children) {
                if (offer(child))
                    return true;
            }
            return false;
        case XmlAxis::Descendant:
        case XmlAxis::DescendantOrSelf:
            for (int i = step.axis == XmlAxis::Descendant ? context + 1 : context; i < c.end; ++i) {
                if (node(i).kind != XmlNodeKind::Attribute && offer(i))
                    return true;
            }
            return false;
        case XmlAxis::Following:
            for (int i = c.end; i < m_tree.size(); ++i) {
                if (node(i).kind != XmlNodeKind::Attribute && offer(i))
                    return true;
            }
            return false;
        case XmlAxis::FollowingSibling: return siblings(context, +1, offer);
        case XmlAxis::Preceding: {
            // Everything before the context in document order except its ancestors.
            int ancestor = context;
            for (int i = context - 1; i >= 0; --i) {
                if (node(i).kind == XmlNodeKind::Attribute)
                    continue;
                if (i == node(ancestor).parent) {
                    ancestor = i;
                    continue;
                }
                if (offer(i))
                    return true;
            }
            return false;
        }
        case XmlAxis::PrecedingSibling: return siblings(context, -1, offer);
        case XmlAxis::Attribute:
            for (int i = context + 1; i < c.end && node(i).kind == XmlNodeKind::Attribute; ++i) {
                if (offer(i))
                    return true;
            }
            return false;
        }
        return false;
    }

    template<typename Offer>
    bool siblings(int context, int direction, const Offer &offer)
    {
        const int parent = node(context).parent;
        const std::vector<int> *all = parent >= 0 ? &node(parent).children : nullptr;
        int at = -1;
        for (int i = 0; all && i < int(all->size()); ++i) {
            if ((*all)[std::size_t(i)] == context)
                at = i;
        }
        if (at < 0) {
            // Not among its parent's children: the root, or an attribute. The library's
            // following-sibling then yields nothing; its preceding-sibling indexes past the
            // end of the list.
            if (direction < 0)
                panic = QStringLiteral("preceding-sibling:: from an attribute or the document "
                                       "root makes Tyk's XPath library panic");
            return direction < 0;
        }
        // The library's preceding-sibling starts at the context node itself.
        for (int i = direction > 0 ? at + 1 : at; i >= 0 && i < int(all->size()); i += direction) {
            if (offer((*all)[std::size_t(i)]))
                return true;
        }
        return false;
    }

    bool test(const Predicate &p, int context, int position)
    {
        const auto any = [&](const auto &accept) {
            bool found = false;
            walk(p.path, 0, context, [&](int i) {
                found = accept(i);
                return found || !panic.isEmpty();
            });
            return found && panic.isEmpty();
        };
        switch (p.type) {
        case Predicate::Type::Position: return position == p.position;
        case Predicate::Type::Exists: return any([](int) { return true; });
        case Predicate::Type::Not: return !any([](int) { return true; }) && panic.isEmpty();
        case Predicate::Type::Equals: return any([&](int i) { return equals(i, p.literal); });
        case Predicate::Type::Contains: return any([&](int i) { return contains(i, p.literal); });
        case Predicate::Type::And:
            for (const Predicate &operand : p.operands) {
                if (!test(operand, context, position))
                    return false;
            }
            return true;
        case Predicate::Type::Or:
            for (const Predicate &operand : p.operands) {
                if (test(operand, context, position))
                    return true;
            }
            return false;
        }
        return false;
    }

    bool equals(int i, const QByteArray &literal)
    {
        if (node(i).kind != XmlNodeKind::Element)
            return node(i).text == literal;
        // The library walks the element's text byte by byte and reads literal[k] one byte past
        // its end when the text is longer and starts with the literal: an index panic.
        const QByteArray value = m_tree.stringValue(i);
        if (value.size() > literal.size() && value.startsWith(literal)) {
            panic = QStringLiteral("comparing an element whose text is longer than '%1' and "
                                   "starts with it makes Tyk's XPath library panic")
                        .arg(QString::fromUtf8(literal));
            return false;
        }
        return value == literal;
    }

    bool contains(int i, const QByteArray &literal) const
    {
        if (literal.isEmpty())
            return true;
        switch (node(i).kind) {
        case XmlNodeKind::Element: return m_tree.stringValue(i).contains(literal);
        case XmlNodeKind::Attribute:
        case XmlNodeKind::Text: return node(i).text.contains(literal);
        default: return false; // the library looks only at text nodes inside the node
        }
    }

    const XmlTree &m_tree;
    // (step index * tree size + context node) of the walks that yielded nothing, per path. A
    // path is always walked with visitors that depend only on the node they are offered, so
    // a repeated walk yields nothing again and is skipped: without this, "//a//a//a" costs
    // nodes^3 on a hostile body (found by fuzz/fuzz_xml_path). Order and first match are
    // unchanged, since only walks that found nothing are skipped.
    std::unordered_map<const Steps *, std::unordered_set<quint64>> m_fruitless;
};

} // namespace

XmlPath::XmlPath(QString expression, std::vector<XmlPathStep> steps)
    : m_expression(std::move(expression))
    , m_steps(std::move(steps))
{}

Result<XmlPath> XmlPath::compile(const QString &expression)
{
    Result<Steps> steps = XmlPathParser::parse(expression);
    if (!steps)
        return steps.error();
    return XmlPath(expression, std::move(*steps));
}

Result<std::optional<QByteArray>> XmlPath::firstString(const XmlTree &tree) const
{
    Evaluator evaluator(tree);
    int first = -1;
    evaluator.walk(m_steps, 0, 0, [&](int i) {
        first = i;
        return true;
    });
    if (!evaluator.panic.isEmpty())
        return makeError(ErrorCode::InvalidInput, evaluator.panic);
    if (first < 0)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(tree.stringValue(first));
}

} // namespace Hb::IdExtractor
