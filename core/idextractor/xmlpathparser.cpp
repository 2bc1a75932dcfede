// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/xmlpathparser.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace Hb::IdExtractor {

namespace {

using Steps = std::vector<XmlPathStep>;
using Predicate = XmlPathPredicate;

bool isNameByte(char c)
{
    const uchar u = uchar(c);
    return u >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

std::optional<XmlAxis> axisNamed(const QByteArray &name)
{
    static const std::pair<const char *, XmlAxis> Axes[] = {
        {"self", XmlAxis::Self},
        {"child", XmlAxis::Child},
        {"parent", XmlAxis::Parent},
        {"descendant", XmlAxis::Descendant},
        {"descendant-or-self", XmlAxis::DescendantOrSelf},
        {"ancestor", XmlAxis::Ancestor},
        {"ancestor-or-self", XmlAxis::AncestorOrSelf},
        {"following", XmlAxis::Following},
        {"following-sibling", XmlAxis::FollowingSibling},
        {"preceding", XmlAxis::Preceding},
        {"preceding-sibling", XmlAxis::PrecedingSibling},
        {"attribute", XmlAxis::Attribute},
    };
    for (const auto &[axisName, axis] : Axes) {
        if (name == axisName)
            return axis;
    }
    return std::nullopt;
}

// A recursive-descent reading of the library's grammar. Like the library it works on bytes,
// allows only " " as white space, and reads a leading "/" only at offset 0 (so " /a" means
// "//a" there, and here).
class Parser
{
public:
    explicit Parser(QByteArray text)
        : m_s(std::move(text))
    {}

    Result<Steps> run()
    {
        Steps steps;
        if (m_s.isEmpty())
            fail("empty path");
        else
            parsePath(steps, nullptr);
        if (!m_error.isEmpty())
            return makeError(ErrorCode::InvalidInput, m_error);
        return steps;
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("compiling xml path \"%1\":%2: %3")
                          .arg(QString::fromUtf8(m_s))
                          .arg(m_i)
                          .arg(message);
        }
        return false;
    }
    bool fail(const char *message) { return fail(QString::fromUtf8(message)); }

    bool peek(char c) const { return m_i < m_s.size() && m_s.at(m_i) == c; }
    bool skip(char c)
    {
        if (!peek(c))
            return false;
        ++m_i;
        return true;
    }
    bool skipString(const char *s)
    {
        if (!m_s.mid(m_i).startsWith(s))
            return false;
        m_i += qsizetype(qstrlen(s));
        return true;
    }
    bool skipSpaces()
    {
        const qsizetype mark = m_i;
        while (peek(' '))
            ++m_i;
        return m_i != mark;
    }
    bool skipName()
    {
        if (skip('*'))
            return true;
        const qsizetype start = m_i;
        while (m_i < m_s.size() && isNameByte(m_s.at(m_i)))
            ++m_i;
        return m_i > start;
    }
    std::optional<int> parseInt()
    {
        const qsizetype start = m_i;
        qint64 value = 0;
        while (m_i < m_s.size() && m_s.at(m_i) >= '0' && m_s.at(m_i) <= '9')
            value = std::min<qint64>(value * 10 + (m_s.at(m_i++) - '0'), INT_MAX);
        return m_i == start ? std::nullopt : std::optional<int>(int(value));
    }
    // 'text' or "text", without escapes.
    bool parseLiteral(QByteArray &out)
    {
        const char quote = peek('"') ? '"' : peek('\'') ? '\'' : 0;
        if (!quote)
            return fail("expected a literal string");
        const qsizetype close = m_s.indexOf(quote, m_i + 1);
        if (close < 0)
            return fail(quote == '"' ? "missing '\"'" : "missing \"'\"");
        out = m_s.mid(m_i + 1, close - m_i - 1);
        m_i = close + 1;
        return true;
    }

    bool parsePath(Steps &steps, QByteArray *text)
    {
        const qsizetype start = m_i;
        for (;;) {
            XmlPathStep step;
            step.name.clear();
            skipSpaces();
            if (m_i == 0 && skip('/')) {
                skipSpaces();
                step.fromRoot = true;
                if (m_s.size() == 1)
                    step.name = "*";
            }
            if (!parseNodeTest(step))
                return false;
            if (skip('[')) {
                skipSpaces();
                std::optional<Predicate> predicate = parsePredicate();
                if (!predicate)
                    return false;
                step.predicate = std::move(predicate);
                if (!skip(']'))
                    return fail("expected ']'");
                skipSpaces();
            }
            steps.push_back(std::move(step));
            if (!skip('/')) {
                if ((start == 0 || start == m_i) && m_i < m_s.size())
                    return fail(
                        QStringLiteral("unexpected '%1'").arg(QChar::fromLatin1(m_s.at(m_i))));
                if (text)
                    *text = m_s.mid(start, m_i - start);
                return true;
            }
        }
    }

    bool parseNodeTest(XmlPathStep &step)
    {
        if (peek('/')) {
            // The empty step of "//": descendant-or-self::node().
            step.axis = XmlAxis::DescendantOrSelf;
            step.name = "*";
            return true;
        }
        if (skip('@')) {
            const qsizetype mark = m_i;
            if (!skipName())
                return fail("missing name after @");
            step.axis = XmlAxis::Attribute;
            step.name = m_s.mid(mark, m_i - mark);
            step.kind = XmlNodeKind::Attribute;
            return true;
        }
        qsizetype mark = m_i;
        if (skipName()) {
            step.name = m_s.mid(mark, m_i - mark);
            skipSpaces();
        }
        if (step.name.isEmpty())
            return fail("missing name");
        if (step.name == "*") {
            step.kind = XmlNodeKind::Element;
            return true;
        }
        if (step.name == "." || step.name == "..") {
            step.axis = step.name == "." ? XmlAxis::Self : XmlAxis::Parent;
            step.name = "*";
            return true;
        }
        if (skip(':')) {
            if (!skip(':'))
                return fail("missing ':'");
            skipSpaces();
            const std::optional<XmlAxis> axis = axisNamed(step.name);
            if (!axis)
                return fail(
                    QStringLiteral("unsupported axis: \"%1\"").arg(QString::fromUtf8(step.name)));
            step.axis = *axis;
            if (step.axis == XmlAxis::Attribute)
                step.kind = XmlNodeKind::Attribute;
            mark = m_i;
            if (!skipName())
                return fail("missing name");
            step.name = m_s.mid(mark, m_i - mark);
            skipSpaces();
        }
        if (skip('('))
            return parseKindTest(step);
        if (step.name == "*" && !step.kind)
            step.kind = XmlNodeKind::Element;
        return true;
    }

    bool parseKindTest(XmlPathStep &step)
    {
        skipSpaces();
        const QByteArray function = step.name;
        const bool conflict = step.kind.has_value();
        if (function == "text")
            step.kind = XmlNodeKind::Text;
        else if (function == "comment")
            step.kind = XmlNodeKind::Comment;
        else if (function == "processing-instruction")
            step.kind = XmlNodeKind::ProcInst;
        else if (function != "node")
            return fail(
                QStringLiteral("unsupported expression: %1()").arg(QString::fromUtf8(function)));
        if (conflict) {
            return fail(QStringLiteral("%1() cannot succeed on the attribute axis")
                            .arg(QString::fromUtf8(function)));
        }
        // The library reads a literal first, so a missing quote wins over "has no arguments".
        if (peek('"') || peek('\'')) {
            QByteArray literal;
            if (!parseLiteral(literal))
                return false;
            if (step.kind != XmlNodeKind::ProcInst)
                return fail(
                    QStringLiteral("%1() has no arguments").arg(QString::fromUtf8(function)));
            skipSpaces();
            step.name = literal;
        } else {
            step.name = "*";
        }
        if (!skip(')'))
            return fail(QStringLiteral("%1() missing ')'").arg(QString::fromUtf8(function)));
        skipSpaces();
        return true;
    }

    // One operand of a predicate: [N], contains(…), not(…), path or path='literal'.
    std::optional<Predicate> parseOperand()
    {
        Predicate p;
        if (const std::optional<int> position = parseInt()) {
            if (*position == 0)
                return fail("positions start at 1"), std::nullopt;
            p.type = Predicate::Type::Position;
            p.position = *position;
            return p;
        }
        if (skipString("contains(")) {
            p.type = Predicate::Type::Contains;
            if (!parsePath(p.path, nullptr))
                return std::nullopt;
            skipSpaces();
            if (!skip(','))
                return fail("contains() expected ',' followed by a literal string"), std::nullopt;
            skipSpaces();
            if (!parseLiteral(p.literal))
                return std::nullopt;
            skipSpaces();
            if (!skip(')'))
                return fail("contains() missing ')'"), std::nullopt;
            return p;
        }
        if (skipString("not(")) {
            p.type = Predicate::Type::Not;
            if (!parsePath(p.path, nullptr))
                return std::nullopt;
            skipSpaces();
            if (!skip(')'))
                return fail("not() missing ')'"), std::nullopt;
            return p;
        }
        QByteArray text;
        if (!parsePath(p.path, &text))
            return std::nullopt;
        bool isNumber = false;
        if (text.startsWith('-'))
            text.mid(1).toLongLong(&isNumber);
        if (isNumber && text.size() > 1 && text.at(1) >= '0' && text.at(1) <= '9')
            return fail("positions must be positive"), std::nullopt;
        skipSpaces();
        p.type = Predicate::Type::Exists;
        if (skip('=')) {
            skipSpaces();
            p.type = Predicate::Type::Equals;
            if (!parseLiteral(p.literal))
                return std::nullopt;
        }
        return p;
    }

    // Operands joined by "and" (binding tighter) and "or", with parentheses.
    std::optional<Predicate> parsePredicate()
    {
        struct Frame
        {
            std::vector<Predicate> operands;
            bool andMode = false;
        };
        std::vector<Frame> stack;
        Frame current;
        const auto combine = [](std::vector<Predicate> operands) {
            if (operands.size() == 1)
                return std::move(operands.front());
            Predicate either;
            either.type = Predicate::Type::Or;
            either.operands = std::move(operands);
            return either;
        };
        for (;;) {
            if (skip('(')) {
                stack.push_back(std::move(current));
                current = Frame{};
            }
            std::optional<Predicate> next = parseOperand();
            if (!next)
                return std::nullopt;
            for (;;) {
                if (current.andMode)
                    current.operands.back().operands.push_back(std::move(*next));
                else
                    current.operands.push_back(std::move(*next));
                bool another = false;
                if (skipSpaces()) {
                    const qsizetype mark = m_i;
                    if (skipString("and") && skipSpaces()) {
                        if (!current.andMode) {
                            Predicate both;
                            both.type = Predicate::Type::And;
                            both.operands.push_back(std::move(current.operands.back()));
                            current.operands.back() = std::move(both);
                            current.andMode = true;
                        }
                        another = true;
                    } else if (skipString("or") && skipSpaces()) {
                        // Tried where "and" left off, as the library does ("a andor b").
                        current.andMode = false;
                        another = true;
                    } else {
                        m_i = mark;
                    }
                }
                if (another)
                    break;
                if (!skip(')')) {
                    if (!stack.empty())
                        return fail("expected ')'"), std::nullopt;
                    return combine(std::move(current.operands));
                }
                if (stack.empty())
                    return fail("unexpected ')'"), std::nullopt;
                next = combine(std::move(current.operands));
                current = std::move(stack.back());
                stack.pop_back();
            }
        }
    }

    QByteArray m_s;
    qsizetype m_i = 0;
    QString m_error;
};

} // namespace

Result<Steps> XmlPathParser::parse(const QString &expression)
{
    return Parser(expression.toUtf8()).run();
}

} // namespace Hb::IdExtractor
