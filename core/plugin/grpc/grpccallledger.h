// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/grpc/grpcdispatcherclient.h"
#include "core/plugin/grpc/grpcserverstatus.h"

#include <QMutex>

#include <functional>
#include <unordered_map>

namespace Hb::Plugin {

// The gRPC driver's account of its calls: counts, time, the last failure, and the log
// lines for calls the server is slow to answer ("waiting for the plugin server ..., 10 s").
// record() and watch() run on the client's thread, snapshot() on any.
class GrpcCallLedger
{
public:
    using LogFn = std::function<void(const QString &level, const QString &message)>;

    GrpcCallLedger(QString server, QString target, int slowCallNoticeMs, LogFn log);

    void record(const QString &apiId, const std::string &hook, const GrpcCallOutcome &outcome,
                const QString &error);
    // Logs each call that has waited past another multiple of the notice interval.
    void watch(const std::vector<GrpcCallInFlight> &calls);
    // The counts and the last failure; state and waiting calls are the caller's to fill.
    // The totals are the sums of the per-API counts.
    GrpcServerStatus snapshot() const;

private:
    const QString m_server;
    const int m_noticeMs;
    const LogFn m_log;
    mutable QMutex m_mutex;
    GrpcServerStatus m_status; // under m_mutex: the per-API counts and the last failure
    std::unordered_map<quint64, qint64> m_noticed; // watch() only: call id -> notices logged
};

} // namespace Hb::Plugin
