// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/testing/tracedexchangerunner.h"

#include "core/engine/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Hb::Ui {

namespace {
// The trace's RequestFinished follows the reply on the same thread, within this event loop's
// next turns; a request answered before any pipeline ran (no API matched) has no trace.
constexpr int TraceGraceMs = 2000;
} // namespace

TracedExchangeRunner::TracedExchangeRunner(Engine::Engine &engine)
    : m_engine(engine)
{
    m_engine.trace().attach(this);
}

TracedExchangeRunner::~TracedExchangeRunner()
{
    m_engine.trace().detach(this);
}

void TracedExchangeRunner::record(const Trace::TraceEvent &event)
{
    m_recorder.addEvents({event});
}

Result<HistoryEntry> TracedExchangeRunner::run(const Http::HttpRequest &request, int timeoutMs)
{
    // What the reply callback writes lives as long as the callback: a reply that comes after
    // the wait gave up (a Gateway API call still waiting on Redis has no exchange to cancel)
    // finds it, and no longer the loop.
    struct Outcome
    {
        std::optional<Http::HttpResponse> reply;
        double replyMs = 0;
        QElapsedTimer clock;
        QPointer<QEventLoop> loop;
    };
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    outcome->loop = &loop;
    outcome->clock.start();
    const quint64 id = m_engine.submit(request, [outcome](const Http::HttpResponse &r) {
        outcome->reply = r;
        outcome->replyMs = double(outcome->clock.nsecsElapsed()) / 1e6;
        if (outcome->loop)
            outcome->loop->quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (!outcome->reply) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (!outcome->reply) {
        if (id != 0)
            m_engine.cancel(id);
        return makeError(
            ErrorCode::Timeout,
            QCoreApplication::translate("Hb::Ui::TracedExchangeRunner", "no reply within %1 ms")
                .arg(timeoutMs));
    }
    if (id != 0) {
        QObject::connect(&m_recorder, &HistoryRecorder::entryRecorded, &loop,
                         [&loop, id](const HistoryEntry &e) {
                             if (e.exchangeId == id)
                                 loop.quit();
                         });
        if (!m_recorder.recent(id)) {
            deadline.start(TraceGraceMs);
            loop.exec();
        }
        if (std::optional<HistoryEntry> entry = m_recorder.recent(id)) {
            // The history cuts bodies at 1 MiB; checks read the whole reply.
            entry->response = *outcome->reply;
            entry->responseTruncated = false;
            return *entry;
        }
    }
    // What the reply alone tells.
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.request = request;
    entry.response = *outcome->reply;
    entry.durationMs = outcome->replyMs;
    entry.exchangeId = id;
    return entry;
}

} // namespace Hb::Ui
