// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Hb::Plugin {

// tyk.conf's coprocess_options for the gRPC driver (Tyk: config/config.go, CoProcessConfig),
// plus what Hookbench adds for authors who debug their server.
struct GrpcDriverOptions
{
    // coprocess_grpc_server as written: "tcp://HOST:PORT", "unix:///path", or any gRPC
    // target ("dns:///host:port"). GrpcTarget turns it into the channel's target.
    QString server;
    int recvMaxBytes = 0;    // grpc_recv_max_size; 0 keeps gRPC's 4 MiB
    int sendMaxBytes = 0;    // grpc_send_max_size; 0 keeps gRPC's default (no limit)
    QString authority;       // grpc_authority: the :authority of every call
    bool roundRobin = false; // grpc_round_robin_load_balancing
    // A budget per call (--grpc-timeout). 0, the default, is Tyk's: no deadline, so an
    // author can sit at a breakpoint in their server without failing the request.
    int callTimeoutMs = 0;
    // A call still waiting this long is logged ("waiting for the plugin server"), and again
    // at every multiple of it.
    int slowCallNoticeMs = 5000;
    // How long the channel waits at most between reconnect attempts once the server went
    // away. gRPC's default grows to 120 s; a workbench reconnects within a second of the
    // author restarting their server.
    int maxReconnectBackoffMs = 1000;
    // Where the driver's lines go (the gateway log): a failed Dispatch, slow calls.
    std::function<void(const QString &level, const QString &message)> gatewayLog;
};

} // namespace Hb::Plugin
