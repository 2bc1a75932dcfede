// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Engine {

// Pause requests before a phase. `phase` is a phase name ("AuthKey", "pre:MyHook") or a
// hook type prefix ("pre" matches every pre hook); `apiId` empty matches every API.
// `condition`, when set, narrows it to requests whose "METHOD target" line or one of whose
// header lines ("Name: value") contains that text, ignoring case; empty matches every request.
struct Breakpoint
{
    QString phase;
    QString apiId;
    QString condition;

    bool operator==(const Breakpoint &other) const = default;
};

} // namespace Hb::Engine
