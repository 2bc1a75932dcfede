// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace Hb::IdExtractor {

// Go's regular expression syntax (regexp/syntax with Perl flags, what regexp.Compile and so
// Tyk's regex extractor accept) rewritten for PCRE2, which QRegularExpression runs.
//
// Go rejects what RE2 cannot run in linear time, so a pattern using lookaround,
// backreferences, atomic groups, possessive quantifiers, \Z, \G, \K, inline flags other
// than i m s U, or repeat counts over 1000 fails here as it fails in Tyk. Where both accept
// a construct but mean different things, the PCRE2 form with Go's meaning is written:
//   \s  is [\t\n\f\r ] (PCRE adds \v);  \v is the single character U+000B (PCRE: a class);
//   $   without the m flag is the end of the text only (PCRE also matches before a final \n);
//   octal escapes (\012) become \x{…};  "{" that is not a valid repeat is a literal.
// Known remaining differences: Go matches on UTF-8 bytes and we on UTF-16, so invalid UTF-8
// in the input is seen as U+FFFD; PCRE knows some \p{…} names Go does not and refuses group
// names that start with a digit, which Go allows; Go's (?m)^ also matches at the very end
// after a final "\n"; PCRE backtracks, so a pathological pattern on a long input can hit
// its match limit, after which the search ends as if nothing more matched (RE2 is linear).
class GoRegexSyntax
{
public:
    // The PCRE2 pattern, or an error in Go's words ("invalid escape sequence: `\Z`").
    static Result<QString> toPcre(const QString &pattern);
};

} // namespace Hb::IdExtractor
