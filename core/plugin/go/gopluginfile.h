// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace Hb::Plugin {

// Where a Go plugin's `path` (or per-endpoint `plugin_path`) leads.
struct GoPluginFile
{
    QString file; // the .so, or the plugin's sources (a folder or one .go file)
    bool source = false;
    QStringList tried; // the names looked at before `file`, for the log
};

// Tyk's plugin file resolution (goplugin/plugin_name_builder.go): for `plugins/auth.so`
// on Tyk v5.15.0, linux/amd64, the first of plugins/auth_v5.15.0_linux_amd64.so,
// plugins/auth_5.15.0_linux_amd64.so and plugins/auth.so that exists. Hookbench adds
// sources: a `path` naming a folder or a .go file, or a missing `x.so` beside an `x/` folder
// or an `x.go` file, is built (GoPluginBuilder). A relative path is tried against each of
// `baseDirs` in order. The error is Tyk's "plugin file not found", with what was tried.
Result<GoPluginFile> resolveGoPluginFile(const QString &path, const QStringList &baseDirs,
                                         const QString &tykVersion);

} // namespace Hb::Plugin
