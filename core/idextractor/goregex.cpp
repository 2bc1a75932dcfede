// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/goregex.h"

#include "core/idextractor/goregexsyntax.h"

namespace Hb::IdExtractor {

GoRegex::GoRegex(QString pattern, QRegularExpression regex)
    : m_pattern(std::move(pattern))
    , m_regex(std::move(regex))
{}

Result<GoRegex> GoRegex::compile(const QString &pattern)
{
    const Result<QString> pcre = GoRegexSyntax::toPcre(pattern);
    if (!pcre)
        return pcre.error();
    QRegularExpression regex(*pcre);
    if (!regex.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 (at offset %2 of the translated pattern)")
                             .arg(regex.errorString())
                             .arg(regex.patternErrorOffset()));
    }
    regex.optimize();
    return GoRegex(pattern, std::move(regex));
}

QStringList GoRegex::findAll(const QString &subject) const
{
    // Go's regexp.allMatches, step by step: QRegularExpression::globalMatch follows Perl's
    // rule for empty matches (retry at the same place for a non-empty one), which differs.
    QStringList matches;
    const qsizetype end = subject.size();
    qsizetype pos = 0;
    qsizetype previousEnd = -1;
    while (pos <= end) {
        const QRegularExpressionMatch m = m_regex.match(subject, pos);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedStart(0);
        const qsizetype stop = m.capturedEnd(0);
        bool accept = true;
        if (stop == pos) {
            // An empty match where the last one ended is not a new match.
            accept = start != previousEnd;
            if (pos == end)
                pos = end + 1;
            else
                pos += subject.at(pos).isHighSurrogate() && pos + 1 < end ? 2 : 1;
        } else {
            pos = stop;
        }
        previousEnd = stop;
        if (accept)
            matches.append(m.captured(0));
    }
    return matches;
}

} // namespace Hb::IdExtractor
