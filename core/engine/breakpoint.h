// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Engine {

// Pause requests before a phase. `phase` is a phase name ("AuthKey", "pre:MyHook") or a
// hook type prefix ("pre" matches every pre hook); `apiId` empty matches every API.
struct Breakpoint
{
    QString phase;
    QString apiId;

    bool operator==(const Breakpoint &other) const = default;
};

} // namespace Hb::Engine
