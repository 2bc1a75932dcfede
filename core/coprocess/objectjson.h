// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace google::protobuf {
class Message;
}

namespace Hb::Coprocess {

// A coprocess message as JSON with the proto's own field names (hook_type, set_headers), for
// people reading a trace: what a hook was sent and what it returned.
QByteArray messageToJson(const google::protobuf::Message &message);

} // namespace Hb::Coprocess
