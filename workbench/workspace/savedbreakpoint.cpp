// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/savedbreakpoint.h"

namespace Hb::Ui {

QJsonObject SavedBreakpoint::toJson() const
{
    return {{QStringLiteral("phase"), breakpoint.phase},
            {QStringLiteral("apiId"), breakpoint.apiId},
            {QStringLiteral("condition"), breakpoint.condition},
            {QStringLiteral("enabled"), enabled}};
}

SavedBreakpoint SavedBreakpoint::fromJson(const QJsonObject &json)
{
    SavedBreakpoint saved;
    saved.breakpoint.phase = json.value(QStringLiteral("phase")).toString();
    saved.breakpoint.apiId = json.value(QStringLiteral("apiId")).toString();
    saved.breakpoint.condition = json.value(QStringLiteral("condition")).toString();
    saved.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    return saved;
}

} // namespace Hb::Ui
