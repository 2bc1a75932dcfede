// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/phasestatus.h"

#include <memory>

namespace Hb::Pipeline {

class Exchange;
class PipelineRunner;

// Given to a phase that pauses; calling it resumes the exchange with the phase's final
// status. Call it once, on the engine thread; later calls, and calls after the exchange was
// aborted or destroyed, are ignored. A small copyable value (no allocation), so phases
// capture it in their callbacks freely.
class PhaseCompletion
{
public:
    PhaseCompletion(PipelineRunner *runner, std::weak_ptr<Exchange> exchange, int phaseIndex)
        : m_runner(runner)
        , m_exchange(std::move(exchange))
        , m_phaseIndex(phaseIndex)
    {}
    void operator()(PhaseStatus status) const;
    // The exchange, if it still exists. An asynchronous callback locks it before touching
    // the exchange: an aborted exchange may be gone by the time the I/O completes.
    std::shared_ptr<Exchange> lock() const { return m_exchange.lock(); }

private:
    PipelineRunner *m_runner;
    std::weak_ptr<Exchange> m_exchange;
    int m_phaseIndex;
};

} // namespace Hb::Pipeline
