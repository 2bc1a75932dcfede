// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/traceevent.h"

namespace Hb::Trace {

// Receives trace events. `record` is called on the engine thread; a sink that is read from
// another thread guards itself. A sink must not call back into the engine.
class ITraceSink
{
public:
    virtual ~ITraceSink() = default;
    virtual void record(const TraceEvent &event) = 0;
    // Whether request/response snapshots around each phase should be captured (they cost
    // copies on the data path).
    virtual bool wantsSnapshots() const { return true; }
    // False when recording would reach nobody, so producers can skip building events on
    // the data path.
    virtual bool isActive() const { return true; }
};

} // namespace Hb::Trace
