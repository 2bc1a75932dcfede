// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/traceevent.h"

namespace Hb::Trace {

QString toString(TraceKind kind)
{
    switch (kind) {
    case TraceKind::RequestStarted: return QStringLiteral("request_started");
    case TraceKind::PhaseFinished: return QStringLiteral("phase");
    case TraceKind::Paused: return QStringLiteral("paused");
    case TraceKind::Resumed: return QStringLiteral("resumed");
    case TraceKind::Aborted: return QStringLiteral("aborted");
    case TraceKind::RequestFinished: return QStringLiteral("request_finished");
    case TraceKind::Log: return QStringLiteral("log");
    case TraceKind::Session: return QStringLiteral("session");
    case TraceKind::Analytics: return QStringLiteral("analytics");
    }
    return {};
}

QString toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None: return {};
    case Outcome::Continue: return QStringLiteral("continue");
    case Outcome::Respond: return QStringLiteral("respond");
    case Outcome::Pause: return QStringLiteral("pause");
    case Outcome::Fail: return QStringLiteral("fail");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

} // namespace Hb::Trace
