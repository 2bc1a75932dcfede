// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hb::Plugin {

// What an author wants to know about their plugin server at a glance: where Hookbench
// dials, whether it is connected, how calls went, and what is waiting for it now.
struct GrpcServerStatus
{
    QString server; // coprocess_grpc_server as configured
    QString target; // what the channel dials
    // gRPC's channel state: "idle", "connecting", "ready", "transient failure", "shutdown".
    QString state;
    quint64 calls = 0;    // Dispatch calls answered (either way)
    quint64 failures = 0; // of those, the ones that ended with a gRPC error
    qint64 totalNs = 0;   // time of the answered calls, for the mean
    QString lastError;    // "rpc error: code = Unavailable desc = ..." of the last failure
    QString lastErrorHook;
    QDateTime lastErrorAt;
    struct Waiting
    {
        QString hook; // "pre MyPreHook"
        qint64 waitingMs = 0;
    };
    QList<Waiting> waiting; // calls the server has not answered yet
    // The same counts per API (the calls' spec APIID), in the order the APIs first called.
    struct ApiCalls
    {
        QString apiId;
        quint64 calls = 0;
        quint64 failures = 0;
        qint64 totalNs = 0;
        QString lastError;

        qint64 meanNs() const { return calls ? totalNs / qint64(calls) : 0; }
    };
    QList<ApiCalls> apis;

    qint64 meanNs() const { return calls ? totalNs / qint64(calls) : 0; }
};

// The status of the gRPC plugin server, readable from any thread (the GUI's panel,
// `hookbench-cli grpc-ping`).
class IGrpcServerMonitor
{
public:
    virtual ~IGrpcServerMonitor() = default;
    virtual GrpcServerStatus grpcServerStatus() const = 0;
};

} // namespace Hb::Plugin
