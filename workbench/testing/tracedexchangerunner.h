// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/trace/itracesink.h"
#include "workbench/history/historyentry.h"
#include "workbench/history/historyrecorder.h"

namespace Hb::Engine {
class Engine;
}

namespace Hb::Ui {

// Runs one request at a time through an engine on this thread and hands back what the
// history would record of it: the reply, the time it took, its phases and session events
// (from the engine's trace), so `hookbench-cli test` and `replay` judge the same record the
// GUI's history shows. For engines on the calling thread (the CLI's, tests').
class TracedExchangeRunner final : private Trace::ITraceSink
{
public:
    explicit TracedExchangeRunner(Engine::Engine &engine);
    ~TracedExchangeRunner() override;

    // Waits (in a local event loop) for the reply; a request with no reply within
    // `timeoutMs` is cancelled and is an error.
    Result<HistoryEntry> run(const Http::HttpRequest &request, int timeoutMs);

private:
    void record(const Trace::TraceEvent &event) override;

    Engine::Engine &m_engine;
    HistoryRecorder m_recorder;
};

} // namespace Hb::Ui
