// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace Hb::Plugin {

// coprocess_grpc_server as Tyk reads it (gateway/coprocess_grpc.go,
// GetCoProcessGrpcServerTargetURL): the value must parse as a Go URL, and a leading
// "tcp://" is dropped; whatever remains is the gRPC channel's target, so "unix:///path" and
// "dns:///host:port" reach gRPC as written. Errors read as Go's url.Parse words them.
Result<QString> grpcChannelTarget(const QString &server);

} // namespace Hb::Plugin
