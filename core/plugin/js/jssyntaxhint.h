// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Hb::Plugin {

// Names the newer JavaScript a plugin uses that Qt 6.4's engine cannot run, although goja
// (Tyk's `javascript` driver) can: object spread/rest, async functions and await, BigInt,
// numeric separators, class fields. Given the engine's error and the offending source line,
// it returns a sentence for the load error ("" when the line shows none of them).
class JsSyntaxHint
{
public:
    static QString explain(const QString &errorMessage, const QString &sourceLine);

    // The first ES2015+ construct in `source` that Tyk's otto (ES5 only) cannot parse (an
    // arrow function, a template literal, let, const, class), with its 1-based line; a
    // cheap scan that skips strings and comments. Used to warn otto users, since this
    // engine runs such code while Tyk's otto refuses the whole file.
    struct Construct
    {
        int line = 0;
        QString what;
    };
    static std::optional<Construct> firstNonEs5(const QString &source);
};

} // namespace Hb::Plugin
