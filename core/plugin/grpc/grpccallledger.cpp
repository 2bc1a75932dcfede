// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/grpc/grpccallledger.h"

#include <algorithm>
#include <unordered_set>

namespace Hb::Plugin {

GrpcCallLedger::GrpcCallLedger(QString server, QString target, int slowCallNoticeMs, LogFn log)
    : m_server(server)
    , m_noticeMs(slowCallNoticeMs)
    , m_log(std::move(log))
{
    m_status.server = std::move(server);
    m_status.target = std::move(target);
}

void GrpcCallLedger::record(const QString &apiId, const std::string &hook,
                            const GrpcCallOutcome &outcome, const QString &error)
{
    const QMutexLocker lock(&m_mutex);
    auto api = std::find_if(m_status.apis.begin(), m_status.apis.end(),
                            [&](const GrpcServerStatus::ApiCalls &a) { return a.apiId == apiId; });
    if (api == m_status.apis.end()) {
        m_status.apis.append({apiId});
        api = std::prev(m_status.apis.end());
    }
    ++api->calls;
    api->totalNs += qint64(outcome.elapsed.count());
    // A call cancelled because its client went away is not the server's failure.
    if (error.isEmpty() || outcome.code == int(grpc::StatusCode::CANCELLED))
        return;
    ++api->failures;
    api->lastError = error;
    m_status.lastError = error;
    m_status.lastErrorHook = QString::fromStdString(hook);
    m_status.lastErrorAt = QDateTime::currentDateTimeUtc();
}

void GrpcCallLedger::watch(const std::vector<GrpcCallInFlight> &calls)
{
    const auto now = std::chrono::steady_clock::now();
    std::unordered_set<quint64> seen;
    for (const GrpcCallInFlight &call : calls) {
        seen.insert(call.id);
        if (m_noticeMs <= 0 || !m_log)
            continue;
        const qint64 waitedMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(now - call.started).count();
        const qint64 due = waitedMs / m_noticeMs;
        qint64 &logged = m_noticed[call.id];
        if (due <= logged)
            continue;
        logged = due;
        m_log(QStringLiteral("info"),
              QStringLiteral("waiting for the plugin server at %1: hook %2, %3 s so far (Tyk "
                             "puts no deadline on gRPC calls; --grpc-timeout sets one)")
                  .arg(m_server, QString::fromStdString(call.hook))
                  .arg(waitedMs / 1000));
    }
    for (auto it = m_noticed.begin(); it != m_noticed.end();) {
        if (seen.count(it->first))
            ++it;
        else
            it = m_noticed.erase(it);
    }
}

GrpcServerStatus GrpcCallLedger::snapshot() const
{
    GrpcServerStatus status;
    {
        const QMutexLocker lock(&m_mutex);
        status = m_status;
    }
    for (const GrpcServerStatus::ApiCalls &api : std::as_const(status.apis)) {
        status.calls += api.calls;
        status.failures += api.failures;
        status.totalNs += api.totalNs;
    }
    return status;
}

} // namespace Hb::Plugin
