// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Cli {

// `hookbench-cli grpc-ping`: for every API whose plugin driver is grpc, sends the gRPC plugin
// server one Dispatch per hook the API names (a GET of the API's listen path, as that hook
// would see it) and says, per hook, whether the server answered and how fast. Exit 0 when
// every hook answered, 1 when one did not, 2 on bad usage or no gRPC server configured.
class GrpcPingCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Hb::Cli
