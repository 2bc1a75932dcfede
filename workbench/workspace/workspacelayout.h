// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/engineoptions.h"

#include <QString>

namespace Hb::Ui {

// Where a workspace folder keeps what the engine reads: API definitions in apps/, bundles
// named by custom_middleware_bundle in bundles/, and tyk.conf. The GUI and
// `hookbench-cli test` open a workspace the same way.
class WorkspaceLayout
{
public:
    // Engine options with the workspace's apps/, bundles/ (when present) and tyk.conf (when
    // present) filled in; everything else left at its default.
    static Setup::EngineOptions engineOptions(const QString &workspaceDirectory);
};

} // namespace Hb::Ui
