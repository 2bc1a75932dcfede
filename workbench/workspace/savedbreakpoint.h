// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"

#include <QJsonObject>

namespace Hb::Ui {

// A debugger breakpoint as the workspace file keeps it: the breakpoint, and whether it is on
// (a disabled one stays in the list, and in the file, without stopping anything).
struct SavedBreakpoint
{
    Engine::Breakpoint breakpoint;
    bool enabled = true;

    QJsonObject toJson() const;
    static SavedBreakpoint fromJson(const QJsonObject &json);
    bool operator==(const SavedBreakpoint &other) const = default;
};

} // namespace Hb::Ui
