// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/grpc/grpcdriveroptions.h"
#include "core/plugin/grpc/grpcserverstatus.h"
#include "core/plugin/iplugindriver.h"

#include <QObject>

#include <memory>

namespace Hb::Plugin {

class GrpcDispatcherClient;
class GrpcCallLedger;
class ReplyPoster;

// Tyk's gRPC coprocess driver (gateway/coprocess_grpc.go, GRPCDispatcher): every hook is a
// unary Dispatch(Object) to the author's plugin server, on one lazily connected plaintext
// channel. Calls are asynchronous; answers come back on the thread of `context` (the
// engine), which never waits on the network. As in Tyk there is no deadline unless
// GrpcDriverOptions::callTimeoutMs asks for one, and a gRPC error fails the hook (Tyk's 403
// for auth_check, 500 otherwise, in the hook phases). The channel reconnects by itself.
class GrpcDriver final : public IPluginDriver, public IGrpcServerMonitor
{
public:
    // Fails when options.server is not an address Tyk would accept (GrpcTarget).
    static Result<std::unique_ptr<GrpcDriver>> create(QObject *context, GrpcDriverOptions options);
    ~GrpcDriver() override;

    QStringList languages() const override { return {QStringLiteral("grpc")}; }
    // Nothing to load: the code runs in the author's server. The module only names the hooks.
    Result<std::shared_ptr<PluginModule>> load(const PluginCode &code,
                                               QList<LoadProblem> *problems) override;
    void call(const std::shared_ptr<PluginModule> &module, HookCall call,
              HookCallback done) override;
    bool loadsCode() const override { return false; }
    // Tyk's DispatchEvent: the event's JSON, fire and forget; a failure is only logged.
    bool dispatchEvent(const QByteArray &eventJson) override;

    GrpcServerStatus grpcServerStatus() const override;

private:
    GrpcDriver(QObject *context, GrpcDriverOptions options, const QString &target);

    GrpcDriverOptions m_options;
    std::shared_ptr<ReplyPoster> m_poster;
    std::shared_ptr<GrpcCallLedger> m_ledger;
    // Declared last, so destroyed first: its thread, which runs the calls' callbacks, stops
    // before the ledger and the poster they use go.
    std::unique_ptr<GrpcDispatcherClient> m_client;
};

} // namespace Hb::Plugin
