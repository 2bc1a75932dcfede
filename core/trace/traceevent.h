// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QString>

#include <optional>

namespace Hb::Trace {

enum class TraceKind {
    RequestStarted,  // an exchange entered the engine
    PhaseFinished,   // one phase ran (or finished after a pause)
    Paused,          // parked at a breakpoint before `phase`
    Resumed,         // released from a breakpoint
    Aborted,         // stopped through the engine API
    RequestFinished, // the reply was handed back; `status` is final
    Log,             // a message (plugin output, a warning) pinned to a request and phase
    Session,         // the session store did something: `phase` is the event
                     // (created, read_hit, ...), `message` the key, `status` the TTL
    Analytics,       // Tyk's analytics record of a finished request (`analyticsRecord`)
};

// What a phase decided. Mirrors the pipeline's phase status, plus Skipped for phases that
// passed without doing anything (an ignored endpoint, a keyless API).
enum class Outcome { None, Continue, Respond, Pause, Fail, Skipped };

// One thing that happened to one request. Times come from the engine clock.
struct TraceEvent
{
    TraceKind kind = TraceKind::PhaseFinished;
    quint64 requestId = 0;
    QString apiId;
    QString phase; // phase name, e.g. "VersionCheck", "pre:MyHook"; empty for request-level events
    qint64 startNs = 0;
    qint64 endNs = 0;
    Outcome outcome = Outcome::None;
    int status = 0;  // HTTP status when the phase answered or the request finished
    QString message; // error or log text
    SourceLocation where;
    // Snapshots around the phase; present only when a sink asked for them.
    std::optional<Http::HttpRequest> requestBefore;
    std::optional<Http::HttpRequest> requestAfter;
    std::optional<Http::HttpResponse> responseAfter;
    // A coprocess hook (Python, Lua, gRPC): the Object it was sent and the one it returned,
    // as JSON with the proto's field names; empty when not snapshotting or not returned.
    QByteArray objectSent;
    QByteArray objectReceived;
    // Analytics: the record as Tyk's request handler builds it (JSON, tyk-pump's tags), and
    // as the API's analytics plugin left it (empty without a plugin).
    QByteArray analyticsRecord;
    QByteArray analyticsAfterPlugin;
};

QString toString(TraceKind kind);
QString toString(Outcome outcome);

} // namespace Hb::Trace
