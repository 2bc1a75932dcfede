// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/diagnostic.h"
#include "core/bundle/bundleresolver.h"
#include "core/common/result.h"
#include "core/plugin/iplugindriver.h"
#include "core/plugin/pluginbinding.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace Hb::Plugin {

// Finds and loads the plugin code of each API: resolves its bundle (the manifest's
// custom_middleware then replaces the API's, as in Tyk) or the `path`s of its
// custom_middleware, and asks the driver of its language to load it. Lives on the engine
// thread; owns the drivers.
class PluginHost
{
public:
    explicit PluginHost(Bundle::BundleSourceOptions bundleOptions = {});
    ~PluginHost();

    void addDriver(std::unique_ptr<IPluginDriver> driver);
    // Where a relative plugin `path` of `api` outside a bundle is looked for, in order (see
    // PluginCode::searchDirs): the working folder, the definition's folder, its parent.
    static QStringList searchDirs(const Api::ApiDefinition &api);
    IPluginDriver *driverFor(const QString &language) const;
    void setBundleOptions(Bundle::BundleSourceOptions options);
    // tyk.conf middleware_path, absolute: Tyk's folder convention adds
    // <dir>/<api_id>/{pre,auth,post_auth,post}/*.js as hooks. Empty turns it off.
    void setMiddlewarePath(const QString &dir) { m_middlewarePath = dir; }

    // Prepares one API for (re)loading. Returns null when the API uses no plugin hooks. A
    // bundle that cannot be found or verified is an error: Tyk does not load that API.
    // Code that fails to load is reported in `diagnostics` and bound without a module (the
    // hooks then fail as Tyk's do). Code unchanged since the last load keeps its module and
    // so its module-level state.
    Result<std::shared_ptr<const PluginBinding>> prepare(Api::ApiDefinition &api,
                                                         Api::Diagnostics &diagnostics);
    // The JS code of the API's virtual endpoints (extended_paths.virtual), in a module of
    // its own for the JSVM driver (goja when the API's driver is `javascript`, else otto),
    // as Tyk loads it into the API's VM. Null when the API has none enabled or no JSVM
    // driver is loaded (Tyk skips virtual endpoints without enable_jsvm).
    std::shared_ptr<const PluginBinding> prepareVirtualEndpoints(const Api::ApiDefinition &api,
                                                                 Api::Diagnostics &diagnostics);
    // The Go plugins Tyk loads with any driver: the API's extended_paths.go_plugin entries
    // (versions with use_extended_paths) and its analytics plugin. Null when it has none.
    std::shared_ptr<const PluginBinding> prepareGoEndpoints(const Api::ApiDefinition &api,
                                                            Api::Diagnostics &diagnostics);
    // disable_virtual_path_blobs: base64 `blob` sources are refused.
    void setVirtualPathBlobsDisabled(bool disabled) { m_virtualBlobsDisabled = disabled; }
    // Plugins built for a debugger from now on, or no longer (--plugin-debug, the GUI's
    // switch); the modules of drivers that build differently then are loaded again at the
    // next reload.
    void setPluginDebug(bool on);
    // Ends a reload: modules no API asked for since beginReload() are released (each is
    // unloaded once the last request using it finishes).
    void beginReload();
    // The bundle directories the loaded modules' code comes from (unpacked zips in the
    // bundle cache, or bundle folders used in place), for pruning the cache.
    QSet<QString> bundleDirectories() const;
    void endReload();

private:
    Result<PluginCode> codeFor(Api::ApiDefinition &api) const;
    // Loads `code` with the binding's driver, or reuses the module loaded for the same
    // code; problems go to `diagnostics`.
    void load(PluginBinding &binding, const PluginCode &code, Api::Diagnostics &diagnostics);
    void addFolderHooks(Api::ApiDefinition &api) const;

    Bundle::BundleResolver m_resolver;
    std::vector<std::unique_ptr<IPluginDriver>> m_drivers;
    QHash<QString, std::shared_ptr<PluginModule>> m_modules; // language/moduleId -> module
    QHash<QString, std::shared_ptr<PluginModule>> m_usedThisReload;
    bool m_reloading = false;
    QString m_middlewarePath;
    bool m_virtualBlobsDisabled = false;
};

} // namespace Hb::Plugin
