// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/go/goprebuilder.h"

#include "core/plugin/go/gopluginbuilder.h"
#include "core/plugin/go/gopluginfile.h"
#include "core/plugin/go/gotoolchain.h"
#include "core/plugin/pluginhost.h"

#include <optional>

namespace Hb::Plugin {

GoPrebuilder::GoPrebuilder(GoDriverOptions options)
    : m_options(std::move(options))
{}

QStringList GoPrebuilder::goPluginPaths(const Api::ApiDefinition &api)
{
    QStringList paths;
    auto add = [&paths](const QString &path) {
        if (!path.isEmpty() && !paths.contains(path))
            paths.append(path);
    };
    // A bundle's code is only known once it is resolved; the load builds it.
    const bool bundled =
        !api.customMiddlewareBundle.isEmpty() && !api.customMiddlewareBundleDisabled;
    const Api::CustomMiddleware &mw = api.customMiddleware;
    if (!bundled) {
        const bool goDriver = mw.driver == u"goplugin";
        QList<Api::MiddlewareDefinition> entries = mw.pre + mw.postKeyAuth + mw.post;
        entries.append(mw.authCheck);
        for (const Api::MiddlewareDefinition &d : std::as_const(entries)) {
            if (goDriver && !d.disabled && !d.name.isEmpty())
                add(d.path);
        }
        for (const Api::MiddlewareDefinition &d : mw.response) {
            if (!d.disabled && !d.name.isEmpty() && (goDriver || d.path.endsWith(u".so")))
                add(d.path);
        }
    }
    for (const Api::VersionInfo &version : api.versionData.versions) {
        if (!version.useExtendedPaths)
            continue;
        for (const Api::GoPluginMeta &meta : version.goPlugins) {
            if (!meta.disabled)
                add(meta.pluginPath);
        }
    }
    if (api.analyticsPlugin.enabled && !api.analyticsPlugin.funcName.isEmpty())
        add(api.analyticsPlugin.pluginPath);
    return paths;
}

QStringList GoPrebuilder::prebuild(const QList<Api::ApiDefinition> &apis) const
{
    QStringList built;
    std::optional<GoPluginBuilder> builder;
    for (const Api::ApiDefinition &api : apis) {
        const QStringList bases = PluginHost::searchDirs(api);
        for (const QString &path : goPluginPaths(api)) {
            const Result<GoPluginFile> file =
                resolveGoPluginFile(path, bases, m_options.tykVersion);
            if (!file || !file->source || built.contains(file->file))
                continue;
            if (!builder) {
                Result<GoToolchain> toolchain = GoToolchain::find(m_options.go);
                if (!toolchain)
                    return built;
                builder.emplace(GoBuildSettings{*toolchain, m_options.sourcesDir,
                                                m_options.cacheDir, m_options.debug});
                // The host first: a toolchain's first build compiles the standard library.
                (void)builder->host();
            }
            if (builder->plugin(file->file))
                built.append(file->file);
        }
    }
    return built;
}

} // namespace Hb::Plugin
