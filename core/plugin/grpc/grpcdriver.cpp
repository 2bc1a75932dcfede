// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/grpc/grpcdriver.h"

#include "core/plugin/grpc/grpccallledger.h"
#include "core/plugin/grpc/grpcdispatcherclient.h"
#include "core/plugin/grpc/grpctarget.h"
#include "core/plugin/replyposter.h"

#include <QDateTime>

namespace Hb::Plugin {

namespace {

QString stateName(GrpcChannelState state)
{
    switch (state) {
    case GrpcChannelState::Idle: return QStringLiteral("idle");
    case GrpcChannelState::Connecting: return QStringLiteral("connecting");
    case GrpcChannelState::Ready: return QStringLiteral("ready");
    case GrpcChannelState::TransientFailure: return QStringLiteral("transient failure");
    case GrpcChannelState::Shutdown: break;
    }
    return QStringLiteral("shutdown");
}

// "pre MyPreHook": how logs and the status panel name a call.
std::string hookLabel(const coprocess::Object &object)
{
    return coprocess::HookType_Name(object.hook_type()) + ' ' + object.hook_name();
}

ErrorCode errorCodeFor(int grpcCode)
{
    switch (grpc::StatusCode(grpcCode)) {
    case grpc::StatusCode::DEADLINE_EXCEEDED: return ErrorCode::Timeout;
    case grpc::StatusCode::UNAVAILABLE: return ErrorCode::Unavailable;
    default: return ErrorCode::Internal;
    }
}

} // namespace

Result<std::unique_ptr<GrpcDriver>> GrpcDriver::create(QObject *context, GrpcDriverOptions options)
{
    Result<QString> target = grpcChannelTarget(options.server);
    if (!target)
        return target.error();
    return std::unique_ptr<GrpcDriver>(new GrpcDriver(context, std::move(options), *target));
}

GrpcDriver::GrpcDriver(QObject *context, GrpcDriverOptions options, const QString &target)
    : m_options(std::move(options))
    , m_poster(std::make_shared<ReplyPoster>(context))
    , m_ledger(std::make_shared<GrpcCallLedger>(m_options.server, target,
                                                m_options.slowCallNoticeMs, m_options.gatewayLog))
{
    GrpcChannelSettings settings;
    settings.target = target.toStdString();
    settings.recvMaxBytes = m_options.recvMaxBytes;
    settings.sendMaxBytes = m_options.sendMaxBytes;
    settings.authority = m_options.authority.toStdString();
    settings.roundRobin = m_options.roundRobin;
    settings.maxReconnectBackoffMs = m_options.maxReconnectBackoffMs;
    settings.watchCalls = [ledger = m_ledger](const std::vector<GrpcCallInFlight> &calls) {
        ledger->watch(calls);
    };
    m_client = std::make_unique<GrpcDispatcherClient>(std::move(settings));
}

GrpcDriver::~GrpcDriver()
{
    // Calls cancelled by the client's shutdown answer no one: the engine is going too.
    m_poster->detach();
    m_client.reset();
}

Result<std::shared_ptr<PluginModule>> GrpcDriver::load(const PluginCode &code,
                                                       QList<LoadProblem> *problems)
{
    Q_UNUSED(problems);
    // Tyk's GRPCDispatcher has nothing to load (HandleMiddlewareCache and Reload are no-ops):
    // the hooks are whatever the server answers to.
    return std::make_shared<PluginModule>(code);
}

void GrpcDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call, HookCallback done)
{
    Q_UNUSED(module);
    std::string hook = hookLabel(call.object);
    const auto apiIdField = call.object.spec().find("APIID");
    const QString apiId = apiIdField != call.object.spec().end()
                              ? QString::fromStdString(apiIdField->second)
                              : QString();
    const bool responseHook = call.object.hook_type() == coprocess::Response;
    auto answer = std::make_shared<HookCallback>(std::move(done));
    auto onDone = [poster = m_poster, ledger = m_ledger, server = m_options.server,
                   log = m_options.gatewayLog, answer, hook, apiId,
                   responseHook](GrpcCallOutcome outcome) {
        auto reply = std::make_shared<HookReply>();
        reply->pluginNs = qint64(outcome.elapsed.count());
        QString error;
        if (outcome.code != 0) {
            // As Tyk logs it ("Dispatch error", with Go's rendering of the status), plus where.
            error = QStringLiteral("Dispatch error: rpc error: code = %1 desc = %2 (plugin server "
                                   "%3, hook %4)")
                        .arg(QString::fromStdString(GrpcDispatcherClient::codeName(outcome.code)),
                             QString::fromStdString(outcome.message), server,
                             QString::fromStdString(hook));
            reply->object = makeError(errorCodeFor(outcome.code), error);
        } else if (!responseHook && !outcome.object.has_request()) {
            // Tyk dereferences the reply's request unchecked (gateway/coprocess.go,
            // ObjectPostProcess): its handler panics and the client's connection drops.
            error = QStringLiteral("the plugin server's reply to hook %1 has no request; Tyk's "
                                   "gateway panics on such a reply, Hookbench fails the hook")
                        .arg(QString::fromStdString(hook));
            reply->object = makeError(ErrorCode::InvalidInput, error);
        } else {
            reply->object = std::move(outcome.object);
        }
        if (!error.isEmpty()) {
            reply->logs.append(
                {QStringLiteral("error"), error, QDateTime::currentMSecsSinceEpoch()});
            if (log)
                log(QStringLiteral("error"), error);
        }
        ledger->record(apiId, hook, outcome, error);
        poster->post([answer, reply] { (*answer)(std::move(*reply)); });
    };
    m_client->dispatch(call.object, std::chrono::milliseconds(std::max(0, m_options.callTimeoutMs)),
                       std::move(hook), std::move(call.requester), std::move(onDone));
}

bool GrpcDriver::dispatchEvent(const QByteArray &eventJson)
{
    m_client->dispatchEvent(
        eventJson.toStdString(),
        [log = m_options.gatewayLog, server = m_options.server](int code, std::string message) {
            if (code == 0 || !log)
                return;
            log(QStringLiteral("error"),
                QStringLiteral("DispatchEvent: rpc error: code = %1 desc = %2 (plugin server %3)")
                    .arg(QString::fromStdString(GrpcDispatcherClient::codeName(code)),
                         QString::fromStdString(message), server));
        });
    return true;
}

GrpcServerStatus GrpcDriver::grpcServerStatus() const
{
    GrpcServerStatus status = m_ledger->snapshot();
    status.state = stateName(m_client->state());
    const auto now = std::chrono::steady_clock::now();
    for (const GrpcCallInFlight &call : m_client->callsInFlight()) {
        if (call.hook == "event")
            continue;
        status.waiting.append(
            {QString::fromStdString(call.hook),
             std::chrono::duration_cast<std::chrono::milliseconds>(now - call.started).count()});
    }
    return status;
}

} // namespace Hb::Plugin
