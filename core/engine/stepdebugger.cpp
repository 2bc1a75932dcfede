// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/stepdebugger.h"

#include "core/engine/apirouter.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/pipelinerunner.h"

#include <algorithm>

namespace Hb::Engine {

StepDebugger::StepDebugger(const Exchanges &inFlight, Pipeline::PipelineRunner &runner,
                           const ApiRouter &router)
    : m_inFlight(inFlight)
    , m_runner(runner)
    , m_router(router)
{}

std::shared_ptr<Pipeline::Exchange> StepDebugger::paused(quint64 id) const
{
    const auto exchange = m_inFlight.value(id);
    if (!exchange || exchange->state != Pipeline::ExchangeState::AtBreakpoint)
        return nullptr;
    return exchange;
}

QList<PausedExchange> StepDebugger::pausedExchanges() const
{
    QList<PausedExchange> out;
    for (const auto &exchange : m_inFlight) {
        if (exchange->state != Pipeline::ExchangeState::AtBreakpoint)
            continue;
        std::optional<QByteArray> session;
        if (exchange->session)
            session = QByteArray::fromStdString(exchange->session->json().dump(2));
        out.append({exchange->id(), exchange->api().definition().apiId,
                    exchange->api().phase(exchange->phaseIndex).name(), exchange->request,
                    std::move(session)});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return out;
}

bool StepDebugger::resume(quint64 id)
{
    const auto exchange = paused(id);
    return exchange && m_runner.resume(exchange, false);
}

bool StepDebugger::step(quint64 id)
{
    const auto exchange = paused(id);
    return exchange && m_runner.resume(exchange, true);
}

bool StepDebugger::abort(quint64 id)
{
    const auto exchange = m_inFlight.value(id);
    if (!exchange)
        return false;
    // The client still gets an answer: Tyk's error reply, as if the gateway gave up.
    m_runner.abort(exchange, 499, QStringLiteral("Client closed request"));
    return true;
}

bool StepDebugger::editPausedRequest(quint64 id, const Http::HttpRequest &request)
{
    const auto exchange = paused(id);
    if (!exchange)
        return false;
    exchange->request = request;
    return true;
}

bool StepDebugger::revertPausedRequest(quint64 id)
{
    const auto exchange = paused(id);
    if (!exchange)
        return false;
    exchange->request = exchange->originalRequest();
    return true;
}

bool StepDebugger::editPausedSession(quint64 id, const Session::SessionState &session)
{
    const auto exchange = paused(id);
    if (!exchange || !exchange->session)
        return false;
    exchange->session = session;
    exchange->sessionModified = true;
    return true;
}

QStringList StepDebugger::phaseNames(const QString &apiId) const
{
    QStringList names;
    for (const auto &api : m_router.apis()) {
        if (api->definition().apiId != apiId)
            continue;
        for (int i = 0; i < api->phaseCount(); ++i)
            names.append(api->phase(i).name());
        break;
    }
    return names;
}

} // namespace Hb::Engine
