// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/jsonlinestracesink.h"

#include <nlohmann/json.hpp>

namespace Hb::Trace {

void JsonLinesTraceSink::record(const TraceEvent &event)
{
    // Replace invalid UTF-8 instead of throwing: a trace line must never take the engine down.
    const std::string line =
        event.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fputs(line.c_str(), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

} // namespace Hb::Trace
