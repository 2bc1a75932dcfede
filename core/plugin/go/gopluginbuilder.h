// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/plugin/go/gotoolchain.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Hb::Plugin {

struct GoBuildSettings
{
    GoToolchain toolchain;
    QString sourcesDir; // Hookbench's goplugin/ folder: host/ and gopath/ (Tyk's packages)
    QString cacheDir;   // where hosts and plugins are built; kept between runs
    bool debug = false; // the plugin's own package without optimisations, for Delve
};

// Builds the Go plugin host and plugins with one toolchain over one set of package sources,
// in GOPATH mode, as docs/go-plugin-host.md describes: a `.so` then loads into the host
// without Go's "plugin was built with a different version of package" (Tyk's Go plugin
// authors' most common failure). Results are cached by content; a build runs `go build`
// and waits for it, so callers run it where waiting is allowed.
class GoPluginBuilder
{
public:
    explicit GoPluginBuilder(GoBuildSettings settings);

    const GoBuildSettings &settings() const { return m_settings; }

    // The host program, built once per toolchain and package sources.
    Result<QString> host();
    // Builds `source` (a folder of `package main` files, or one .go file) with
    // -buildmode=plugin into the cache, or finds the build of the same sources there. Each
    // compiler message goes to `compileErrors` at its place in the author's file; the result's
    // error then says the build failed.
    Result<QString> plugin(const QString &source, QList<Error> *compileErrors = nullptr);

    // Go's messages "./main.go:10:2: text" of a build in `buildDir`, as errors in `sourceDir`.
    static QList<Error> parseCompilerOutput(const QString &output, const QString &buildDir,
                                            const QString &sourceDir);

private:
    QProcessEnvironment environment(const QString &gopathFirst) const;
    // Runs the toolchain's `go` with `args` in `workDir`; the error carries its output.
    Result<void> runGo(const QStringList &args, const QString &workDir, const QString &gopathFirst,
                       QString *output) const;
    // Hash of the toolchain and every file under sourcesDir: what host and plugins share.
    const QByteArray &sharedHash();

    GoBuildSettings m_settings;
    QByteArray m_sharedHash;
};

} // namespace Hb::Plugin
