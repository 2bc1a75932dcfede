// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Hb::Plugin {

// One enabled custom_middleware entry, for drivers that load code per entry (JavaScript:
// each entry names an object in a file or in inline code).
struct PluginEntry
{
    QString hookType; // "pre", "auth_check", "post_key_auth", "post", "response"
    QString name;     // the object / function name
    QString path;     // `path` as written in the definition or manifest
    QString file;     // `path` resolved: against the bundle directory for bundles,
                      // else against the API definition's folder; empty without path
    QString code;     // `code` as written: base64 JS source (goja inline code)
    bool requireSession = false;
};

// Where one API's plugin code is, after bundle resolution: what a driver loads.
struct PluginCode
{
    QString language;  // custom_middleware.driver: python, lua, grpc, otto, javascript
    QString moduleId;  // the bundle id (md5 of the bundle name, Tyk's directory name), or an
                       // id derived from the source paths for code named by `path`s
    QString directory; // the bundle directory; empty for path-based code
    // Where a relative Go plugin `path` is tried, in order, outside bundles: Tyk's working
    // directory, then the API definition's folder and its parent (apps/ beside the plugins).
    QStringList searchDirs;
    // Files to load, absolute. For a Python bundle: the main module (middleware.py, or the
    // only file of file_list); for path-based code: every distinct `path`.
    QStringList files;
    QStringList hookNames;      // the functions the manifest or API names, checked at load
    QList<PluginEntry> entries; // every enabled entry in Tyk's load order (auth_check, pre,
                                // post, post_key_auth, response)
    QByteArray contentHash;     // changes whenever the code changes
    QString origin;             // for messages: "bundle x.zip" or "API definition y.json"
    // Keeps the unpacked bundle directory in use (a Bundle::BundleUseLock) while a module
    // loaded from it lives, so the bundle cache is not pruned under it.
    std::shared_ptr<const void> bundleUse;
};

} // namespace Hb::Plugin
