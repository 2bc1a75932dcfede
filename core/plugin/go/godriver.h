// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/go/godriveroptions.h"
#include "core/plugin/pluginhostprocess.h"
#include "core/plugin/iplugindriver.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Hb::Plugin {

class GoPluginBuilder;
class ReplyPoster;

// Tyk's Go plugins (`goplugin`; Tyk: gateway/mw_go_plugin.go, goplugin/goplugin.go). Plugin
// code runs in the Go plugin host, a Go program of Hookbench's that opens each `.so` with
// Go's plugin package as Tyk does (docs/go-plugin-host.md). load() resolves each entry's
// file as Tyk does, builds plugin sources with the same toolchain as the host, and opens
// them in the host; a failure leaves that entry without a handler (Tyk's 500 "Internal
// Server Error" on every request reaching it) and is reported with Go's own message. call()
// hands the request to the host and returns at once; the answer comes back on the thread of
// `context` (the engine).
class GoDriver final : public IPluginDriver
{
public:
    GoDriver(QObject *context, GoDriverOptions options);
    ~GoDriver() override;

    QStringList languages() const override { return {QStringLiteral("goplugin")}; }
    Result<std::shared_ptr<PluginModule>> load(const PluginCode &code,
                                               QList<LoadProblem> *problems) override;
    void call(const std::shared_ptr<PluginModule> &module, HookCall call,
              HookCallback done) override;

    // Plugins are built for Delve from now on, or no longer: the host is ended (a process
    // cannot open a second build of one plugin) and a new one starts with the next load.
    bool setPluginDebug(bool on) override;
    // The host's process id while it runs, for `dlv attach`; 0 otherwise.
    qint64 hostPid() const;
    // How the Go plugin host at `binary` is run and named.
    static PluginHostProcess::Options hostOptions(const QString &binary);

private:
    struct Handler;
    class Module;
    // The toolchain, the builder and the running host, made on first use. Errors (no Go)
    // are kept and reported for every plugin.
    Result<PluginHostProcess *> host();
    Handler loadEntry(const PluginEntry &entry, const PluginCode &code,
                      QList<LoadProblem> *problems);

    GoDriverOptions m_options;
    std::shared_ptr<ReplyPoster> m_poster;
    std::unique_ptr<GoPluginBuilder> m_builder;
    std::optional<Error> m_setupError;
    std::unique_ptr<PluginHostProcess> m_host;
};

} // namespace Hb::Plugin
