// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/plugin/go/godriveroptions.h"

#include <QList>
#include <QStringList>

namespace Hb::Plugin {

// Builds the Go plugin sources that API definitions name, into the build cache GoDriver
// reads, before a reload and on a thread of the caller's choosing (not the engine's): the
// load that follows then finds every build done and only opens the plugins, so the engine
// thread does not wait for the compiler (half a minute or more for a toolchain's first
// build). Covers what the definitions name outside bundles: custom_middleware entries of the
// goplugin driver, .so response entries under other drivers, extended_paths.go_plugin and
// analytics_plugin. Failures are left to the load, which reports them at their place.
class GoPrebuilder
{
public:
    explicit GoPrebuilder(GoDriverOptions options);

    // The sources built or found built; none without a Go toolchain.
    QStringList prebuild(const QList<Api::ApiDefinition> &apis) const;

    // The plugin paths of `api` a load would open with the Go driver, as written.
    static QStringList goPluginPaths(const Api::ApiDefinition &api);

private:
    GoDriverOptions m_options;
};

} // namespace Hb::Plugin
