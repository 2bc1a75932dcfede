// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hb::Pipeline {

// What a phase tells the runner.
enum class PhaseStatus {
    // Go on with the next phase.
    Continue,
    // The phase wrote the final response into the exchange. The runner stops the request
    // chain; the response phases run only if the exchange asks for them
    // (Exchange::runResponsePhasesOnRespond), as Tyk runs them for mock replies but not for
    // coprocess return overrides.
    Respond,
    // The phase is waiting (a plugin call, the store, the upstream). It holds no thread; it
    // calls the PhaseCompletion it was given exactly once, with one of the other statuses,
    // on the engine thread. It may call it before returning Pause.
    Pause,
    // The phase failed the request: it called Exchange::fail() with Tyk's status code and
    // message; the runner writes Tyk's error reply and finishes the exchange.
    Fail,
};

} // namespace Hb::Pipeline
