// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hb::Plugin {

// Where one API's plugin code is, after bundle resolution: what a driver loads.
struct PluginCode
{
    QString language;  // custom_middleware.driver: python, lua, grpc, otto, javascript
    QString moduleId;  // the bundle id (md5 of the bundle name, Tyk's directory name), or an
                       // id derived from the source paths for code named by `path`s
    QString directory; // the bundle directory; empty for path-based code
    // Files to load, absolute. For a Python bundle: the main module (middleware.py, or the
    // only file of file_list); for path-based code: every distinct `path`.
    QStringList files;
    QStringList hookNames;  // the functions the manifest or API names, checked at load
    QByteArray contentHash; // changes whenever the code changes
    QString origin;         // for messages: "bundle x.zip" or "API definition y.json"
};

} // namespace Hb::Plugin
