// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/grpcpingcommand.h"

#include "app/cli/commonoptions.h"
#include "core/engine/engine.h"
#include "core/plugin/grpc/grpcserverstatus.h"
#include "core/plugin/iplugindriver.h"
#include "core/plugin/pluginhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace Hb::Cli {

namespace {

struct HookToPing
{
    QString apiId;
    coprocess::HookType type;
    QString name;
    QString listenPath;
    QString orgId;
};

QList<HookToPing> grpcHooks(const QList<Api::ApiDefinition> &apis)
{
    QList<HookToPing> hooks;
    for (const Api::ApiDefinition &api : apis) {
        const Api::CustomMiddleware &mw = api.customMiddleware;
        if (mw.driver != u"grpc")
            continue;
        auto add = [&](coprocess::HookType type, const Api::MiddlewareDefinition &d) {
            if (!d.disabled && !d.name.isEmpty())
                hooks.append({api.apiId, type, d.name, api.listenPath, api.orgId});
        };
        for (const auto &d : mw.pre)
            add(coprocess::Pre, d);
        if (api.customPluginAuthEnabled)
            add(coprocess::CustomKeyCheck, mw.authCheck);
        for (const auto &d : mw.postKeyAuth)
            add(coprocess::PostKeyAuth, d);
        for (const auto &d : mw.post)
            add(coprocess::Post, d);
        for (const auto &d : mw.response)
            add(coprocess::Response, d);
    }
    return hooks;
}

coprocess::Object pingObject(const HookToPing &hook)
{
    coprocess::Object o;
    o.set_hook_type(hook.type);
    o.set_hook_name(hook.name.toStdString());
    coprocess::MiniRequestObject *request = o.mutable_request();
    request->set_method("GET");
    request->set_url(hook.listenPath.toStdString());
    request->set_request_uri(hook.listenPath.toStdString());
    (*request->mutable_headers())["User-Agent"] = "hookbench-cli grpc-ping";
    (*o.mutable_spec())["APIID"] = hook.apiId.toStdString();
    (*o.mutable_spec())["OrgID"] = hook.orgId.toStdString();
    if (hook.type == coprocess::Response) {
        o.mutable_response()->set_status_code(200);
        (*o.mutable_response()->mutable_headers())["Content-Type"] = "text/plain";
    }
    return o;
}

} // namespace

int GrpcPingCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Ask the gRPC plugin server to answer Dispatch for each hook an API names."));
    parser.addHelpOption();
    CommonOptions::addTo(parser);
    parser.addOption({QStringLiteral("wait"),
                      QStringLiteral("How long to wait for each answer (default 5000)."),
                      QStringLiteral("MS"), QStringLiteral("5000")});
    parser.process(arguments);
    auto options = CommonOptions::read(parser);
    if (!options) {
        std::fprintf(stderr, "hookbench-cli grpc-ping: %s\n",
                     qPrintable(options.error().toString()));
        return ExitUsage;
    }
    bool waitOk = false;
    const int waitMs = parser.value(QStringLiteral("wait")).toInt(&waitOk);
    if (!waitOk || waitMs <= 0) {
        std::fprintf(stderr, "hookbench-cli grpc-ping: --wait expects milliseconds above 0\n");
        return ExitUsage;
    }
    // A budget on each call, so one hook that never answers does not hold up the rest.
    options->grpcTimeoutMs =
        options->grpcTimeoutMs > 0 ? std::min(options->grpcTimeoutMs, waitMs) : waitMs;
    auto setup = Setup::EngineSetup::create(*options);
    if (!setup) {
        std::fprintf(stderr, "hookbench-cli grpc-ping: %s\n", qPrintable(setup.error().toString()));
        return ExitUsage;
    }
    for (const auto &w : (*setup)->configWarnings())
        std::fprintf(stderr, "%s\n", qPrintable(w.toString()));
    const Plugin::IGrpcServerMonitor *monitor = (*setup)->grpcServerMonitor();
    Plugin::IPluginDriver *driver = (*setup)->engine().plugins().driverFor(QStringLiteral("grpc"));
    if (!monitor || !driver) {
        std::fprintf(stderr,
                     "hookbench-cli grpc-ping: no gRPC plugin server is configured "
                     "(tyk.conf coprocess_options.coprocess_grpc_server, or --grpc-server)\n");
        return ExitUsage;
    }
    const QList<HookToPing> hooks = grpcHooks((*setup)->engine().apis());
    const QString server = monitor->grpcServerStatus().server;
    if (hooks.isEmpty()) {
        std::printf("no API names a grpc hook; nothing to ask %s\n", qPrintable(server));
        return ExitOk;
    }
    auto module = driver->load(Plugin::PluginCode{}, nullptr);
    int failed = 0;
    for (const HookToPing &hook : hooks) {
        Plugin::HookCall call;
        call.object = pingObject(hook);
        std::optional<Plugin::HookReply> reply;
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        driver->call(*module, std::move(call), [&](Plugin::HookReply r) {
            reply = std::move(r);
            loop.quit();
        });
        loop.exec();
        const QString label =
            QStringLiteral("%1: %2 %3")
                .arg(hook.apiId, QString::fromStdString(coprocess::HookType_Name(hook.type)),
                     hook.name);
        if (reply->object) {
            std::printf("ok      %s (%.1f ms)\n", qPrintable(label), double(reply->pluginNs) / 1e6);
        } else {
            ++failed;
            std::printf("FAILED  %s: %s\n", qPrintable(label),
                        qPrintable(reply->object.error().message));
        }
    }
    std::printf("%s: %lld of %lld hooks answered\n", qPrintable(server),
                static_cast<long long>(hooks.size() - failed),
                static_cast<long long>(hooks.size()));
    return failed ? ExitProblems : ExitOk;
}

} // namespace Hb::Cli
