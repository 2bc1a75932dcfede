// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/pluginlog.h"

#include <QList>
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

// The 200 reply of POST /tyk/plugins/test (Tyk: gateway/mw_js_plugin_test_runner.go), in Tyk's
// field order; parts left unset are left out, `logs` is always there.
struct PluginTestReport
{
    QList<PluginLogLine> logs;
    // Tyk's runner (JavaScript) reports every line as "info"; the other drivers keep the
    // level the plugin logged at (tyk.log_error is "error").
    bool logLevelsAsWritten = false;
    std::optional<nlohmann::ordered_json> requestBefore, requestAfter, responseBefore,
        responseAfter;
    std::optional<nlohmann::json> sessionAfter;
    std::optional<nlohmann::ordered_json> error;
    qint64 executionMs = 0;

    nlohmann::ordered_json json() const;
    // {"message", "type"}: type is syntax, runtime, timeout or internal.
    static nlohmann::ordered_json errorObject(const QString &message, const char *type);
};

} // namespace Hb::Plugin
