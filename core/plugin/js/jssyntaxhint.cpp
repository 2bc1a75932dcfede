// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jssyntaxhint.h"

#include <QRegularExpression>

namespace Hb::Plugin {

namespace {
struct Unsupported
{
    const char *pattern; // on the source line, with string literals blanked out
    const char *what;
    const char *instead;
};

// Most specific first.
const Unsupported unsupported[] = {
    {R"(\basync\b\s*(function\b|\(|[A-Za-z_$][\w$]*\s*=>|[A-Za-z_$][\w$]*\s*\())",
     "an async function", "use promise chains (.then) or plain synchronous code"},
    {R"(\bawait\b)", "await", "use promise chains (.then) or plain synchronous code"},
    {R"(\bBigInt\b|\b\d[\d_]*n\b)", "BigInt", "use Number or a string"},
    {R"(\b\d+_\d)", "a numeric separator (1_000)", "write the number without underscores"},
    {R"(\{([^}]*,)?\s*\.\.\.)", "object spread or rest ({...obj})",
     "use Object.assign({}, obj) or copy the properties one by one"},
    {R"(\bclass\b[^{]*\{[^}]*(#|\b[A-Za-z_$][\w$]*\s*=))", "a class field",
     "assign the field in the constructor"},
    {R"([?][?]=|[|][|]=|&&=)", "a logical assignment (?\?=, ||=, &&=)",
     "write it out, as in x = x || y"},
};

// The line with the contents of string literals removed, so "..." inside a string does
// not look like spread.
QString code(const QString &line)
{
    QString out;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`')
            quote = c;
        else if (c == u'/' && i + 1 < line.size() && line.at(i + 1) == u'/')
            break;
        else
            out += c;
    }
    return out;
}
} // namespace

QString JsSyntaxHint::explain(const QString &errorMessage, const QString &sourceLine)
{
    if (!errorMessage.startsWith(u"SyntaxError"))
        return {};
    const QString text = code(sourceLine);
    for (const Unsupported &c : unsupported) {
        const QRegularExpression re(QString::fromLatin1(c.pattern));
        if (re.match(text).hasMatch())
            return QStringLiteral("this line uses %1, which the JavaScript engine of Qt 6.4 "
                                  "that Hookbench runs plugins on cannot parse (goja can): %2")
                .arg(QString::fromLatin1(c.what), QString::fromLatin1(c.instead));
    }
    return {};
}

std::optional<JsSyntaxHint::Construct> JsSyntaxHint::firstNonEs5(const QString &source)
{
    static const QRegularExpression keyword(
        QStringLiteral("\\b(let|const|class)\\s+[A-Za-z_${\\[]"));
    int line = 1;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < n ? source.at(i + 1) : QChar();
        if (c == u'\n') {
            ++line;
        } else if (c == u'/' && next == u'/') {
            while (i < n && source.at(i) != u'\n')
                ++i;
            --i;
        } else if (c == u'/' && next == u'*') {
            for (i += 2; i + 1 < n && !(source.at(i) == u'*' && source.at(i + 1) == u'/'); ++i)
                line += source.at(i) == u'\n';
            ++i;
        } else if (c == u'"' || c == u'\'') {
            for (++i; i < n && source.at(i) != c && source.at(i) != u'\n'; ++i)
                i += source.at(i) == u'\\';
        } else if (c == u'`') {
            return Construct{line, QStringLiteral("a template literal")};
        } else if (c == u'=' && next == u'>') {
            return Construct{line, QStringLiteral("an arrow function")};
        } else if ((c == u'l' || c == u'c') && (i == 0 || !source.at(i - 1).isLetterOrNumber())) {
            const auto m = keyword.match(source, i, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch())
                return Construct{line, u'`' + m.captured(1) + u'`'};
        }
    }
    return std::nullopt;
}

} // namespace Hb::Plugin
