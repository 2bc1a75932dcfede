// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Ui {

// What the GUI shows of one loaded API definition: EngineBridge fills it from the engine's
// Api::ApiDefinition on the engine thread, so the GUI's headers and translation units never
// see the definition's JSON members (nlohmann/json stays inside the core targets).
struct ApiSummary
{
    QString apiId;
    QString orgId;
    QString name;
    QString listenPath;
    QString targetUrl;
    QString sourceFile; // file it was loaded from; empty when built in memory
    // The authentication flags ApiListModel::authMode() names (the definition's use_keyless,
    // use_standard_auth and custom_plugin_auth_enabled or its aliases).
    bool useKeyless = false;
    bool useStandardAuth = false;
    bool customPluginAuthEnabled = false;
    // The classic JSON as loaded (OAS converted), pretty-printed with two spaces: what the
    // editor shows when the source file cannot be read.
    QString definitionText;

    // The name, or the api_id when the definition has none.
    QString displayName() const { return name.isEmpty() ? apiId : name; }
};

} // namespace Hb::Ui
