// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/pipelinerunner.h"

#include "core/pipeline/analyticsrecorder.h"

#include "core/common/hbassert.h"
#include "core/common/iclock.h"
#include "core/pipeline/istepgate.h"
#include "core/pipeline/loadedapi.h"
#include "core/session/isessionstore.h"
#include "core/trace/itracesink.h"

#include <utility>

namespace Hb::Pipeline {

namespace {
Trace::TraceEvent requestEvent(const Exchange &ex, Trace::TraceKind kind, qint64 now)
{
    Trace::TraceEvent e;
    e.kind = kind;
    e.requestId = ex.id();
    e.apiId = ex.api().definition().apiId;
    e.startNs = ex.startNs;
    e.endNs = now;
    return e;
}
} // namespace

void PipelineRunner::start(const std::shared_ptr<Exchange> &exchange)
{
    exchange->startNs = m_clock.nowNs();
    exchange->phaseIndex = 0;
    exchange->state = ExchangeState::Running;
    exchange->tracing = m_trace.isActive();
    if (exchange->tracing) {
        Trace::TraceEvent e =
            requestEvent(*exchange, Trace::TraceKind::RequestStarted, exchange->startNs);
        if (m_trace.wantsSnapshots())
            e.requestBefore = exchange->request;
        m_trace.record(e);
    }
    drive(exchange);
}

bool PipelineRunner::resume(const std::shared_ptr<Exchange> &exchange, bool step)
{
    if (exchange->state != ExchangeState::AtBreakpoint)
        return false;
    exchange->state = ExchangeState::Running;
    exchange->stepOnce = step;
    Trace::TraceEvent e = requestEvent(*exchange, Trace::TraceKind::Resumed, m_clock.nowNs());
    e.phase = exchange->api().phase(exchange->phaseIndex).name();
    m_trace.record(e);
    // Pass the gate once for the phase we were parked before, or we would stop again.
    exchange->passGateOnce = true;
    drive(exchange);
    return true;
}

void PipelineRunner::abort(const std::shared_ptr<Exchange> &exchange, int status,
                           const QString &message)
{
    if (exchange->state == ExchangeState::Finished || exchange->state == ExchangeState::Aborted)
        return;
    exchange->state = ExchangeState::Aborted;
    exchange->response = ErrorReply::make(status, message, exchange->request, m_errorOptions);
    Trace::TraceEvent e = requestEvent(*exchange, Trace::TraceKind::Aborted, m_clock.nowNs());
    e.status = status;
    e.message = message;
    m_trace.record(e);
    if (exchange->onFinished)
        exchange->onFinished(exchange->response);
    exchange->onFinished = nullptr;
}

void PipelineRunner::drive(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &ex = *exchange;
    const LoadedApi &api = ex.api();
    while (ex.state == ExchangeState::Running) {
        if (ex.phaseIndex >= api.phaseCount()) {
            finish(ex);
            return;
        }
        IPhase &phase = api.phase(ex.phaseIndex);
        const bool justResumed = std::exchange(ex.passGateOnce, false);
        if (!justResumed && (ex.stepOnce || (m_gate && m_gate->shouldPause(ex, phase)))) {
            ex.stepOnce = false;
            ex.state = ExchangeState::AtBreakpoint;
            Trace::TraceEvent e = requestEvent(ex, Trace::TraceKind::Paused, m_clock.nowNs());
            e.phase = phase.name();
            if (m_trace.wantsSnapshots())
                e.requestBefore = ex.request;
            m_trace.record(e);
            return;
        }

        // A completion may arrive before run() returns (the memory store, the echo
        // upstream); it is then only recorded and handled by this loop.
        ex.syncStatus.reset();
        tracePhaseBegin(ex);
        ex.inPhaseRun = true;
        PhaseStatus status = phase.run(ex, PhaseCompletion(this, exchange, ex.phaseIndex));
        ex.inPhaseRun = false;
        if (status == PhaseStatus::Pause) {
            if (!ex.syncStatus) {
                if (ex.state == ExchangeState::Running)
                    ex.state = ExchangeState::Waiting;
                return;
            }
            status = *ex.syncStatus;
        }
        if (!advance(ex, status))
            return;
    }
}

void PhaseCompletion::operator()(PhaseStatus status) const
{
    if (auto exchange = m_exchange.lock())
        m_runner->complete(exchange, m_phaseIndex, status);
}

void PipelineRunner::complete(const std::shared_ptr<Exchange> &exchange, int phaseIndex,
                              PhaseStatus status)
{
    Exchange &ex = *exchange;
    if (ex.phaseIndex != phaseIndex)
        return; // a second call for a phase already left
    if (ex.inPhaseRun) {
        if (!ex.syncStatus)
            ex.syncStatus = status;
        return;
    }
    if (ex.state != ExchangeState::Waiting)
        return; // aborted meanwhile
    ex.state = ExchangeState::Running;
    if (advance(ex, status))
        drive(exchange);
}

bool PipelineRunner::advance(Exchange &ex, PhaseStatus status)
{
    HB_ASSERT(status != PhaseStatus::Pause, status = PhaseStatus::Fail);
    const LoadedApi &api = ex.api();
    if (status == PhaseStatus::Fail && ex.failStatus == 0)
        ex.fail(500, QStringLiteral("There was a problem proxying the request"));
    handOverEvents(ex);
    tracePhaseEnd(ex, status);
    switch (status) {
    case PhaseStatus::Continue:
        persistSessionIfModified(ex);
        ++ex.phaseIndex;
        return true;
    case PhaseStatus::Respond:
        persistSessionIfModified(ex);
        if (ex.runResponsePhasesOnRespond && ex.phaseIndex < api.responseStart()) {
            ex.phaseIndex = api.responseStart();
            return true;
        }
        finish(ex);
        return false;
    case PhaseStatus::Fail:
    case PhaseStatus::Pause: {
        // A plugin's override headers are on Tyk's writer before its error handler runs,
        // which then sets Content-Type and adds X-Generator and Connection: the template's
        // Content-Type wins over the plugin's.
        Http::HttpResponse reply =
            ErrorReply::make(ex.failStatus, ex.failMessage, ex.request, m_errorOptions);
        Http::HeaderList headers = ex.rateLimitHeaders;
        for (const auto &[name, value] : ex.errorHeaders.fields())
            headers.set(name, value);
        for (const auto &[name, value] : reply.headers.fields()) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                headers.set(name, value);
            else
                headers.add(name, value);
        }
        reply.headers = std::move(headers);
        ex.response = std::move(reply);
    }
        // Tyk's error handler also persists a modified session (Tyk: gateway/handler_error.go,
        // HandleError).
        persistSessionIfModified(ex);
        finish(ex);
        return false;
    }
    return false;
}

void PipelineRunner::handOverEvents(Exchange &ex)
{
    if (ex.firedEvents.isEmpty())
        return;
    const ApiEventHandlers *handlers = ex.api().events();
    for (const FiredEvent &event : std::as_const(ex.firedEvents)) {
        const QStringList lines =
            handlers ? handlers->fire(event, ex, m_clock.nowNs()) : QStringList();
        if (!ex.tracing)
            continue;
        if (lines.isEmpty())
            ex.phaseLogs.append(
                {QStringLiteral("event"),
                 QStringLiteral("%1 (%2; no handler)").arg(event.type, event.message)});
        for (const QString &line : lines)
            ex.phaseLogs.append({QStringLiteral("event"), line});
    }
    ex.firedEvents.clear();
}

void PipelineRunner::tracePhaseBegin(Exchange &ex)
{
    ex.phaseNote.clear();
    ex.phaseSkipped = false;
    ex.phaseWhere = {};
    ex.phaseLogs.clear();
    ex.phaseObjectSent.clear();
    ex.phaseObjectReceived.clear();
    ex.snapshotting = m_trace.isActive() && m_trace.wantsSnapshots();
    if (!m_trace.isActive())
        return;
    ex.phaseStartNs = m_clock.nowNs();
    if (ex.snapshotting)
        ex.requestBeforePhase = ex.request;
}

void PipelineRunner::tracePhaseEnd(Exchange &ex, PhaseStatus status)
{
    if (!m_trace.isActive())
        return;
    const QString phaseName = ex.api().phase(ex.phaseIndex).name();
    for (const auto &[level, text] : ex.phaseLogs) {
        Trace::TraceEvent log;
        log.kind = Trace::TraceKind::Log;
        log.requestId = ex.id();
        log.apiId = ex.api().definition().apiId;
        log.phase = phaseName;
        log.startNs = log.endNs = m_clock.nowNs();
        log.message = level + u": " + text;
        log.where.phase = phaseName;
        m_trace.record(log);
    }
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::PhaseFinished;
    e.requestId = ex.id();
    e.apiId = ex.api().definition().apiId;
    e.phase = ex.api().phase(ex.phaseIndex).name();
    e.startNs = ex.phaseStartNs;
    e.endNs = m_clock.nowNs();
    switch (status) {
    case PhaseStatus::Continue:
        e.outcome = ex.phaseSkipped ? Trace::Outcome::Skipped : Trace::Outcome::Continue;
        break;
    case PhaseStatus::Respond:
        e.outcome = Trace::Outcome::Respond;
        e.status = ex.response.status;
        break;
    case PhaseStatus::Fail:
    case PhaseStatus::Pause:
        e.outcome = Trace::Outcome::Fail;
        e.status = ex.failStatus;
        break;
    }
    e.message =
        status == PhaseStatus::Fail && ex.phaseNote.isEmpty() ? ex.failMessage : ex.phaseNote;
    e.where = ex.phaseWhere;
    e.where.phase = e.phase;
    if (m_trace.wantsSnapshots()) {
        e.requestBefore = std::move(ex.requestBeforePhase);
        ex.requestBeforePhase.reset();
        e.requestAfter = ex.request;
        if (ex.phaseIndex >= ex.api().responseStart() || status == PhaseStatus::Respond)
            e.responseAfter = ex.response;
        e.objectSent = std::move(ex.phaseObjectSent);
        e.objectReceived = std::move(ex.phaseObjectReceived);
    }
    m_trace.record(e);
}

void PipelineRunner::persistSessionIfModified(Exchange &ex)
{
    if (!ex.sessionModified || !ex.session || ex.sessionKey.isEmpty())
        return;
    ex.sessionModified = false;
    const Api::ApiDefinition &api = ex.api().definition();
    Session::SessionLifetimeOptions lifetime = m_lifetime;
    lifetime.apiSessionLifetime = api.sessionLifetime;
    lifetime.respectKeyExpiration =
        lifetime.respectKeyExpiration || api.sessionLifetimeRespectsKeyExpiration;
    const qint64 ttl = Session::SessionLifetime::ttlSecs(*ex.session, lifetime, m_clock.nowSecs());
    m_store.setFromRequest(ex.sessionKey, *ex.session, ttl, [](const Result<void> &) {});
}

void PipelineRunner::finish(Exchange &ex)
{
    ex.state = ExchangeState::Finished;
    // Tyk's record sees the reply without what request plugins put on the writer.
    if (m_analytics)
        m_analytics->requestFinished(ex);
    if (!ex.writerHeaders.isEmpty()) {
        // Go's writer sends what a plugin put on it, then the reply's values are added.
        Http::HeaderList headers = std::move(ex.writerHeaders);
        ex.writerHeaders.clear();
        for (const auto &[name, value] : ex.response.headers.fields())
            headers.add(name, value);
        ex.response.headers = std::move(headers);
    }
    if (m_trace.isActive()) {
        Trace::TraceEvent e = requestEvent(ex, Trace::TraceKind::RequestFinished, m_clock.nowNs());
        e.status = ex.response.status;
        if (ex.failStatus != 0)
            e.message = ex.failMessage;
        if (m_trace.wantsSnapshots()) {
            e.requestAfter = ex.request;
            e.responseAfter = ex.response;
        }
        m_trace.record(e);
    }
    if (ex.onFinished)
        ex.onFinished(ex.response);
    ex.onFinished = nullptr;
}

} // namespace Hb::Pipeline
