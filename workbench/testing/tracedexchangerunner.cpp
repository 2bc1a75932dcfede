// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/testing/tracedexchangerunner.h"

#include "core/engine/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

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
    std::optional<Http::HttpResponse> reply;
    double replyMs = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    const quint64 id = m_engine.submit(request, [&](const Http::HttpResponse &r) {
        reply = r;
        replyMs = double(clock.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (!reply) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (!reply) {
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
        if (std::optional<HistoryEntry> entry = m_recorder.recent(id))
            return *entry;
    }
    // What the reply alone tells.
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.request = request;
    entry.response = *reply;
    entry.durationMs = replyMs;
    entry.exchangeId = id;
    entry.capBodies();
    return entry;
}

} // namespace Hb::Ui
