// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/phasecompletion.h"
#include "core/pipeline/phasestatus.h"

#include <QString>

namespace Hb::Pipeline {

class Exchange;

// One step of Tyk's middleware chain. Phases are built once per API by PipelineBuilder and
// shared by every request of that API, so a phase keeps no per-request state in itself.
class IPhase
{
public:
    virtual ~IPhase() = default;
    // Stable name shown in traces and breakpoints ("VersionCheck", "pre:MyPreHook").
    virtual QString name() const = 0;
    // Runs the phase for `exchange` on the engine thread. See PhaseStatus for the contract.
    virtual PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) = 0;
};

} // namespace Hb::Pipeline
