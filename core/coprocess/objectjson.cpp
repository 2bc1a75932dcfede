// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/objectjson.h"

#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

namespace Hb::Coprocess {

QByteArray messageToJson(const google::protobuf::Message &message)
{
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    options.add_whitespace = true;
    std::string json;
    if (!google::protobuf::util::MessageToJsonString(message, &json, options).ok())
        return QByteArray();
    return QByteArray::fromStdString(json);
}

} // namespace Hb::Coprocess
