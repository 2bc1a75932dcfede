// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/goregexsyntax.h"

#include <vector>

namespace Hb::IdExtractor {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isOctal(QChar c)
{
    return c >= u'0' && c <= u'7';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Go's [:name:] classes.
const char16_t *const PosixClasses[] = {u"alnum", u"alpha", u"ascii", u"blank", u"cntrl",
                                        u"digit", u"graph", u"lower", u"print", u"punct",
                                        u"space", u"upper", u"word",  u"xdigit"};

class Translator
{
public:
    explicit Translator(const QString &pattern)
        : m_in(pattern)
    {}

    Result<QString> run()
    {
        while (m_i < m_in.size() && m_error.isEmpty())
            step();
        if (m_error.isEmpty() && !m_saved.empty())
            fail(QStringLiteral("missing closing )"), m_in);
        if (!m_error.isEmpty())
            return makeError(ErrorCode::InvalidInput, m_error);
        return m_out;
    }

private:
    enum class Last { Nothing, Atom, Quantifier, LazyQuantifier };

    QChar at(qsizetype i) const { return i < m_in.size() ? m_in.at(i) : QChar(); }

    void fail(const QString &code, const QString &fragment)
    {
        if (m_error.isEmpty())
            m_error = code + QStringLiteral(": `") + fragment + QLatin1Char('`');
    }

    void step()
    {
        const QChar c = m_in.at(m_i);
        switch (c.unicode()) {
        case u'\\':
            escape(false);
            m_last = Last::Atom;
            return;
        case u'[':
            charClass();
            m_last = Last::Atom;
            return;
        case u'(': openGroup(); return;
        case u')': closeGroup(); return;
        case u'|':
            m_out += c;
            ++m_i;
            m_last = Last::Nothing;
            return;
        case u'*':
        case u'+':
        case u'?': quantifier(1); return;
        case u'{':
            if (const qsizetype length = repeatLength(); length > 0) {
                quantifier(length);
            } else {
                // Go reads "{" that starts no valid repeat as a literal; say so to PCRE.
                m_out += QStringLiteral("\\{");
                ++m_i;
                m_last = Last::Atom;
            }
            return;
        case u'$':
            // Without (?m) Go's $ is the end of the text; PCRE's also matches before a final
            // newline, \z does not.
            m_out += m_multiline ? QStringLiteral("$") : QStringLiteral("(?:\\z)");
            ++m_i;
            m_last = Last::Atom;
            return;
        default:
            m_out += c;
            ++m_i;
            m_last = Last::Atom;
            return;
        }
    }

    // Length of a valid {n}, {n,} or {n,m} at m_i, else 0. Go refuses leading zeros there
    // and then reads the brace as a literal.
    qsizetype repeatLength()
    {
        qsizetype j = m_i + 1;
        const auto number = [&](int &value) {
            const qsizetype start = j;
            while (isDigit(at(j)))
                ++j;
            if (j == start || (j - start > 1 && m_in.at(start) == u'0'))
                return false;
            value = j - start > 8 ? 100000000 : m_in.mid(start, j - start).toInt();
            return true;
        };
        int min = 0;
        int max = 0;
        if (!number(min))
            return 0;
        max = min;
        if (at(j) == u',') {
            ++j;
            max = -1;
            if (at(j) != u'}' && !number(max))
                return 0;
        }
        if (at(j) != u'}')
            return 0;
        m_repeatMin = min;
        m_repeatMax = max;
        return j + 1 - m_i;
    }

    void quantifier(qsizetype length)
    {
        const QString op = m_in.mid(m_i, length);
        if (m_last == Last::Quantifier && op == u"?") {
            m_out += op; // lazy
            m_i += length;
            m_last = Last::LazyQuantifier;
            return;
        }
        if (m_last == Last::Quantifier || m_last == Last::LazyQuantifier)
            return fail(QStringLiteral("invalid nested repetition operator"),
                        m_in.mid(m_i - 1, length + 1));
        if (m_last == Last::Nothing)
            return fail(QStringLiteral("missing argument to repetition operator"), op);
        if (length > 1 && (m_repeatMin > 1000 || m_repeatMax > 1000 ||
                           (m_repeatMax >= 0 && m_repeatMin > m_repeatMax)))
            return fail(QStringLiteral("invalid repeat count"), op);
        m_out += op;
        m_i += length;
        m_last = Last::Quantifier;
    }

    void openGroup()
    {
        m_last = Last::Nothing;
        if (at(m_i + 1) != u'?') {
            m_saved.push_back(m_multiline);
            m_out += u'(';
            ++m_i;
            return;
        }
        const QChar kind = at(m_i + 2);
        if (kind == u'P' && at(m_i + 3) == u'<')
            return namedGroup(m_i + 4, QStringLiteral("(?P<"));
        if (kind == u'<' && at(m_i + 3) != u'=' && at(m_i + 3) != u'!')
            return namedGroup(m_i + 3, QStringLiteral("(?<"));
        flagGroup();
    }

    void namedGroup(qsizetype nameStart, const QString &opening)
    {
        const qsizetype close = m_in.indexOf(u'>', nameStart);
        const QString name = close < 0 ? QString() : m_in.mid(nameStart, close - nameStart);
        bool valid = !name.isEmpty();
        for (const QChar c : name)
            valid = valid && (isAsciiAlnum(c) || c == u'_');
        if (!valid)
            return fail(QStringLiteral("invalid named capture"),
                        m_in.mid(m_i, close < 0 ? -1 : close + 1 - m_i));
        m_saved.push_back(m_multiline);
        m_out += opening + name + u'>';
        m_i = close + 1;
    }

    // (?flags) or (?flags:…) with Go's flags i, m, s, U and one "-"; everything else after
    // "(?" (lookaround, atomic groups, comments, recursion, conditionals) is not RE2.
    void flagGroup()
    {
        bool multiline = m_multiline;
        bool negated = false;
        bool sawFlag = false;
        for (qsizetype j = m_i + 2; j < m_in.size(); ++j) {
            const QChar c = m_in.at(j);
            if (c == u'i' || c == u's' || c == u'U' || c == u'm') {
                if (c == u'm')
                    multiline = !negated;
                sawFlag = true;
            } else if (c == u'-' && !negated) {
                negated = true;
                sawFlag = false;
            } else if ((c == u':' || c == u')') && !(negated && !sawFlag)) {
                m_out += m_in.mid(m_i, j + 1 - m_i);
                if (c == u':') {
                    m_saved.push_back(m_multiline);
                } else {
                    m_last = Last::Nothing;
                }
                m_multiline = multiline;
                m_i = j + 1;
                return;
            } else {
                return fail(QStringLiteral("invalid or unsupported Perl syntax"),
                            m_in.mid(m_i, j + 1 - m_i));
            }
        }
        fail(QStringLiteral("missing closing )"), m_in.mid(m_i));
    }

    void closeGroup()
    {
        if (m_saved.empty())
            return fail(QStringLiteral("unexpected )"), m_in);
        m_multiline = m_saved.back();
        m_saved.pop_back();
        m_out += u')';
        ++m_i;
        m_last = Last::Atom;
    }

    // One escape at m_i. Returns true when it was a class such as \d (which cannot end a
    // range inside [...]).
    bool escape(bool inClass)
    {
        const QChar c = at(m_i + 1);
        if (c.isNull()) {
            fail(QStringLiteral("trailing backslash at end of expression"), QString());
            return false;
        }
        if (!inClass && (c == u'b' || c == u'B' || c == u'A' || c == u'z')) {
            emit(m_in.mid(m_i, 2), 2);
            return false;
        }
        if (!inClass && c == u'Q') {
            quoted();
            return false;
        }
        if (isOctal(c)) {
            octalEscape();
            return false;
        }
        if (c == u'x') {
            hexEscape();
            return false;
        }
        if (c == u'p' || c == u'P')
            return unicodeClass();
        if (perlClass(c, inClass))
            return true;
        // \v is one character in Go (a class in PCRE); \a \f \t \n \r and escaped ASCII
        // punctuation mean the same in both. Letters, digits and non-ASCII may not be escaped.
        if (c == u'v')
            emit(QStringLiteral("\\x0B"), 2);
        else if (QStringView(u"aftnr").contains(c) || (c.unicode() < 0x80 && !isAsciiAlnum(c)))
            emit(m_in.mid(m_i, 2), 2);
        else
            fail(QStringLiteral("invalid escape sequence"), m_in.mid(m_i, 2));
        return false;
    }

    void emit(const QString &text, qsizetype consumed)
    {
        m_out += text;
        m_i += consumed;
    }

    // \Q...\E: literal text up to \E (or the end), the same in both dialects.
    void quoted()
    {
        const qsizetype end = m_in.indexOf(QStringLiteral("\\E"), m_i + 2);
        const QString text = m_in.mid(m_i + 2, end < 0 ? -1 : end - m_i - 2);
        emit(text.isEmpty() ? QString() : QStringLiteral("\\Q") + text + QStringLiteral("\\E"),
             end < 0 ? m_in.size() - m_i : end + 2 - m_i);
    }

    // \1-\7 alone are backreferences, which Go refuses; followed by more octal digits they
    // are a character code (up to three digits), as is \0.
    void octalEscape()
    {
        if (at(m_i + 1) != u'0' && !isOctal(at(m_i + 2)))
            return fail(QStringLiteral("invalid escape sequence"), m_in.mid(m_i, 2));
        qsizetype j = m_i + 2;
        while (j < m_i + 4 && isOctal(at(j)))
            ++j;
        const uint code = m_in.mid(m_i + 1, j - m_i - 1).toUInt(nullptr, 8);
        emit(QStringLiteral("\\x{%1}").arg(code, 0, 16), j - m_i);
    }

    // \pL, \p{Greek}, \P{^Greek}: passed on; PCRE checks the name.
    bool unicodeClass()
    {
        qsizetype length = 3;
        if (at(m_i + 2) == u'{') {
            const qsizetype close = m_in.indexOf(u'}', m_i + 3);
            if (close < 0 || close == m_i + 3) {
                fail(QStringLiteral("invalid character class range"), m_in.mid(m_i));
                return false;
            }
            length = close + 1 - m_i;
        } else if (at(m_i + 2).isNull()) {
            fail(QStringLiteral("invalid character class range"), m_in.mid(m_i, 2));
            return false;
        }
        emit(m_in.mid(m_i, length), length);
        return true;
    }

    // \d \w (ASCII in both) and \s, which PCRE widens with \v: written out as Go's set.
    bool perlClass(QChar c, bool inClass)
    {
        if (c == u'd' || c == u'D' || c == u'w' || c == u'W')
            emit(m_in.mid(m_i, 2), 2);
        else if (c == u's')
            emit(inClass ? QStringLiteral("\\t\\n\\f\\r ") : QStringLiteral("[\\t\\n\\f\\r ]"), 2);
        else if (c == u'S')
            emit(inClass ? QStringLiteral("\\x00-\\x08\\x0B\\x0E-\\x1F\\x21-\\x{10FFFF}")
                         : QStringLiteral("[^\\t\\n\\f\\r ]"),
                 2);
        else
            return false;
        return true;
    }

    void hexEscape()
    {
        const auto isHex = [](QChar h) {
            return isDigit(h) || (h >= u'a' && h <= u'f') || (h >= u'A' && h <= u'F');
        };
        if (at(m_i + 2) == u'{') {
            const qsizetype close = m_in.indexOf(u'}', m_i + 3);
            const QString digits = close < 0 ? QString() : m_in.mid(m_i + 3, close - m_i - 3);
            bool valid = !digits.isEmpty() && digits.size() <= 8;
            for (const QChar h : digits)
                valid = valid && isHex(h);
            if (!valid || digits.toUInt(nullptr, 16) > 0x10FFFF)
                return fail(QStringLiteral("invalid escape sequence"),
                            m_in.mid(m_i, close < 0 ? -1 : close + 1 - m_i));
            m_out += m_in.mid(m_i, close + 1 - m_i);
            m_i = close + 1;
            return;
        }
        // Go wants exactly two digits; PCRE would take one.
        if (!isHex(at(m_i + 2)) || !isHex(at(m_i + 3)))
            return fail(QStringLiteral("invalid escape sequence"), m_in.mid(m_i, 4));
        m_out += m_in.mid(m_i, 4);
        m_i += 4;
    }

    void charClass()
    {
        const qsizetype start = m_i;
        m_out += u'[';
        ++m_i;
        if (at(m_i) == u'^') {
            m_out += u'^';
            ++m_i;
        }
        bool first = true;
        while (m_error.isEmpty()) {
            const QChar c = at(m_i);
            if (c.isNull())
                return fail(QStringLiteral("missing closing ]"), m_in.mid(start));
            if (c == u']' && !first) {
                m_out += u']';
                ++m_i;
                return;
            }
            first = false;
            if (c == u'[' && at(m_i + 1) == u':' && posixClass())
                continue;
            if (c == u'\\') {
                const qsizetype escapeStart = m_i;
                const bool wasClass = escape(true);
                if (wasClass && at(m_i) == u'-' && at(m_i + 1) != u']')
                    return fail(QStringLiteral("invalid character class range"),
                                m_in.mid(escapeStart, m_i + 2 - escapeStart));
                continue;
            }
            // Brackets are escaped so PCRE never sees its own [.x.] or a bare ] as syntax.
            if (c == u'[' || c == u']')
                m_out += u'\\';
            m_out += c;
            ++m_i;
        }
    }

    // [:name:] or [:^name:] at m_i; false when there is no closing ":]" (then "[" is a
    // literal, as in Go).
    bool posixClass()
    {
        const qsizetype close = m_in.indexOf(QStringLiteral(":]"), m_i + 2);
        if (close < 0)
            return false;
        QString name = m_in.mid(m_i + 2, close - m_i - 2);
        if (name.startsWith(u'^'))
            name.remove(0, 1);
        bool known = false;
        for (const char16_t *posix : PosixClasses)
            known = known || name == QStringView(posix);
        if (!known) {
            fail(QStringLiteral("invalid character class range"), m_in.mid(m_i, close + 2 - m_i));
            return true;
        }
        m_out += m_in.mid(m_i, close + 2 - m_i);
        m_i = close + 2;
        return true;
    }

    const QString &m_in;
    qsizetype m_i = 0;
    QString m_out;
    QString m_error;
    bool m_multiline = false;
    std::vector<bool> m_saved; // the m flag to restore at each ")"
    Last m_last = Last::Nothing;
    int m_repeatMin = 0;
    int m_repeatMax = 0;
};

} // namespace

Result<QString> GoRegexSyntax::toPcre(const QString &pattern)
{
    return Translator(pattern).run();
}

} // namespace Hb::IdExtractor
