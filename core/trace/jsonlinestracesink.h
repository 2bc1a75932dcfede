// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/itracesink.h"

#include <cstdio>

namespace Hb::Trace {

// Writes each event as one JSON object per line (the CLI's --trace output).
class JsonLinesTraceSink final : public ITraceSink
{
public:
    explicit JsonLinesTraceSink(std::FILE *out, bool snapshots = true)
        : m_out(out)
        , m_snapshots(snapshots)
    {}
    void record(const TraceEvent &event) override;
    bool wantsSnapshots() const override { return m_snapshots; }

private:
    std::FILE *m_out;
    bool m_snapshots;
};

} // namespace Hb::Trace
