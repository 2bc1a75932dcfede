// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Hb::IdExtractor {

// A regular expression with Go's syntax and Go's FindAllString, as Tyk's regex extractor
// uses it. Built on QRegularExpression through GoRegexSyntax (which lists the remaining
// differences). Immutable and cheap to copy; const methods may be called from any thread.
class GoRegex
{
public:
    // regexp.Compile: fails when Go refuses the pattern (message in Go's words).
    static Result<GoRegex> compile(const QString &pattern);

    // FindAllString(subject, -1): every successive non-overlapping match, leftmost-first.
    // After an empty match the search goes on one character further, and an empty match
    // right where the previous match ended is dropped ("a*" on "baaac" gives "", "aaa", "").
    QStringList findAll(const QString &subject) const;

    // Number of capture groups (Tyk ignores them and keeps the whole match).
    int captureCount() const { return m_regex.captureCount(); }
    const QString &pattern() const { return m_pattern; }

private:
    GoRegex(QString pattern, QRegularExpression regex);

    QString m_pattern;
    QRegularExpression m_regex;
};

} // namespace Hb::IdExtractor
