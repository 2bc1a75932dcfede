// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/manualclock.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/istepgate.h"
#include "core/pipeline/loadedapi.h"
#include "core/pipeline/pipelinerunner.h"
#include "core/session/memorysessionstore.h"
#include "core/trace/memorytracesink.h"

#include <QTest>
#include <QTimer>

using namespace Hb;
using namespace Hb::Pipeline;

namespace {
// Phases written for the runner's contract: each appends its name to the request's
// X-Path header so the order is visible in the reply.
class MarkPhase : public IPhase
{
public:
    explicit MarkPhase(QString name)
        : m_name(std::move(name))
    {}
    QString name() const override { return m_name; }
    PhaseStatus run(Exchange &ex, const PhaseCompletion &) override
    {
        mark(ex, m_name);
        return PhaseStatus::Continue;
    }
    static void mark(Exchange &ex, const QString &name)
    {
        const QByteArray prior = ex.request.headers.value("X-Path");
        ex.request.headers.set("X-Path",
                               prior.isEmpty() ? name.toUtf8() : prior + ',' + name.toUtf8());
    }

private:
    QString m_name;
};

// Pauses and completes from the event loop, as an upstream or plugin call would.
class DeferredPhase : public IPhase
{
public:
    explicit DeferredPhase(PhaseStatus result, bool synchronous = false)
        : m_result(result)
        , m_synchronous(synchronous)
    {}
    QString name() const override { return QStringLiteral("Deferred"); }
    PhaseStatus run(Exchange &ex, const PhaseCompletion &done) override
    {
        ++calls;
        MarkPhase::mark(ex, name());
        if (m_result == PhaseStatus::Fail)
            ex.fail(502, QStringLiteral("deferred failure"));
        if (m_synchronous) {
            done(m_result);
        } else {
            const PhaseStatus result = m_result;
            QTimer::singleShot(0, [done, result] { done(result); });
        }
        return PhaseStatus::Pause;
    }
    int calls = 0;

private:
    PhaseStatus m_result;
    bool m_synchronous;
};

class RespondPhase : public IPhase
{
public:
    QString name() const override { return QStringLiteral("Respond"); }
    PhaseStatus run(Exchange &ex, const PhaseCompletion &) override
    {
        ex.response.status = 202;
        ex.response.body = "answered early";
        return PhaseStatus::Respond;
    }
};

// Stands where the proxy stands: turns the request into the response.
class ReflectPhase : public IPhase
{
public:
    QString name() const override { return QStringLiteral("Reflect"); }
    PhaseStatus run(Exchange &ex, const PhaseCompletion &) override
    {
        ex.response.status = 200;
        ex.response.body = ex.request.headers.value("X-Path");
        return PhaseStatus::Continue;
    }
};

class ResponseMarkPhase : public IPhase
{
public:
    QString name() const override { return QStringLiteral("response:Mark"); }
    PhaseStatus run(Exchange &ex, const PhaseCompletion &) override
    {
        ex.response.headers.add("X-Response-Phase", "ran");
        return PhaseStatus::Continue;
    }
};

// The runner only asks its IStepGate; the engine's BreakpointSet (tested with the engine)
// is one such gate, this one pauses before the phases named.
class PhaseNameGate final : public IStepGate
{
public:
    void add(const QString &phaseName) { m_names.append(phaseName); }
    bool shouldPause(const Exchange &, const IPhase &next) const override
    {
        return m_names.contains(next.name());
    }

private:
    QStringList m_names;
};

struct Fixture
{
    ManualClock clock;
    Session::MemorySessionStore store{clock};
    Trace::MemoryTraceSink trace;
    PipelineRunner runner{clock, trace, store};
    PhaseNameGate breakpoints;

    Fixture() { runner.setGate(&breakpoints); }

    // The caller keeps the exchange alive while it is in flight, as the engine does.
    std::shared_ptr<Exchange> start(std::shared_ptr<const LoadedApi> api,
                                    std::optional<Http::HttpResponse> *reply)
    {
        Api::ApiDefinition def;
        Http::HttpRequest request;
        auto ex = std::make_shared<Exchange>(7, std::move(api), request);
        ex->onFinished = [reply](const Http::HttpResponse &r) { *reply = r; };
        runner.start(ex);
        return ex;
    }
};

std::shared_ptr<const LoadedApi> makeApi(std::vector<std::unique_ptr<IPhase>> phases,
                                         int responseStart = -1)
{
    Api::ApiDefinition def;
    def.apiId = QStringLiteral("api1");
    const int start = responseStart < 0 ? int(phases.size()) : responseStart;
    return std::make_shared<const LoadedApi>(def, std::move(phases), start);
}

template<typename... P>
std::vector<std::unique_ptr<IPhase>> phases(P *...p)
{
    std::vector<std::unique_ptr<IPhase>> out;
    (out.emplace_back(p), ...);
    return out;
}
} // namespace

class tst_PipelineRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phasesRunInOrderThenResponsePhases()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        f.start(
            makeApi(phases(new MarkPhase(QStringLiteral("A")), new MarkPhase(QStringLiteral("B")),
                           new ReflectPhase, new ResponseMarkPhase),
                    3),
            &reply);
        QVERIFY(reply);
        QCOMPARE(reply->body, QByteArray("A,B"));
        QCOMPARE(reply->headers.value("X-Response-Phase"), QByteArray("ran"));
    }

    void pausedPhaseResumesAtTheNextPhaseWithoutHoldingTheCaller()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        auto ex = f.start(makeApi(phases(new MarkPhase(QStringLiteral("A")),
                                         new DeferredPhase(PhaseStatus::Continue),
                                         new MarkPhase(QStringLiteral("C")), new ReflectPhase)),
                          &reply);
        QVERIFY(!reply); // start() returned while the phase waits
        QCOMPARE(ex->state, ExchangeState::Waiting);
        QTRY_VERIFY(reply);
        QCOMPARE(reply->body, QByteArray("A,Deferred,C"));
    }

    void completionBeforePauseReturnsIsHandledInline()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        f.start(makeApi(phases(new DeferredPhase(PhaseStatus::Continue, true), new ReflectPhase)),
                &reply);
        QVERIFY(reply);
        QCOMPARE(reply->body, QByteArray("Deferred"));
    }

    void failingPhaseRepliesWithTyksTemplateAndStopsTheChain()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        auto ex = f.start(makeApi(phases(new DeferredPhase(PhaseStatus::Fail), new ReflectPhase,
                                         new ResponseMarkPhase),
                                  2),
                          &reply);
        QTRY_VERIFY(reply);
        QCOMPARE(reply->status, 502);
        QCOMPARE(reply->body, QByteArray("{\n    \"error\": \"deferred failure\"\n}"));
        QVERIFY(!reply->headers.contains("X-Response-Phase"));
    }

    void respondSkipsTheRestAndTheResponsePhasesUnlessAsked()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        f.start(makeApi(phases(new RespondPhase, new ReflectPhase, new ResponseMarkPhase), 2),
                &reply);
        QVERIFY(reply);
        QCOMPARE(reply->status, 202);
        QVERIFY(!reply->headers.contains("X-Response-Phase"));
    }

    void breakpointParksBeforeThePhaseAndResumeRunsIt()
    {
        Fixture f;
        f.breakpoints.add(QStringLiteral("B"));
        std::optional<Http::HttpResponse> reply;
        auto ex = f.start(makeApi(phases(new MarkPhase(QStringLiteral("A")),
                                         new MarkPhase(QStringLiteral("B")), new ReflectPhase)),
                          &reply);
        QVERIFY(!reply);
        QCOMPARE(ex->state, ExchangeState::AtBreakpoint);
        QCOMPARE(ex->api().phase(ex->phaseIndex).name(), QStringLiteral("B"));
        ex->request.headers.set("X-Path", "edited");
        QVERIFY(f.runner.resume(ex, false));
        QVERIFY(reply);
        QCOMPARE(reply->body, QByteArray("edited,B"));
    }

    void stepRunsOnePhaseThenParksAgain()
    {
        Fixture f;
        f.breakpoints.add(QStringLiteral("A"));
        std::optional<Http::HttpResponse> reply;
        auto ex = f.start(makeApi(phases(new MarkPhase(QStringLiteral("A")),
                                         new MarkPhase(QStringLiteral("B")), new ReflectPhase)),
                          &reply);
        QCOMPARE(ex->phaseIndex, 0);
        QVERIFY(f.runner.resume(ex, true));
        QCOMPARE(ex->state, ExchangeState::AtBreakpoint);
        QCOMPARE(ex->phaseIndex, 1);
        QVERIFY(f.runner.resume(ex, false));
        QVERIFY(reply);
        QCOMPARE(reply->body, QByteArray("A,B"));
    }

    void abortWhileWaitingRepliesOnceAndIgnoresTheLateCompletion()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        int replies = 0;
        auto ex = f.start(
            makeApi(phases(new DeferredPhase(PhaseStatus::Continue), new ReflectPhase)), &reply);
        ex->onFinished = [&](const Http::HttpResponse &r) {
            reply = r;
            ++replies;
        };
        f.runner.abort(ex, 499, QStringLiteral("Client closed request"));
        QCOMPARE(replies, 1);
        QCOMPARE(reply->status, 499);
        QTest::qWait(20); // let the deferred completion fire
        QCOMPARE(replies, 1);
        QCOMPARE(ex->state, ExchangeState::Aborted);
    }

    void traceRecordsEveryPhaseInOrderWithTimesFromTheClock()
    {
        Fixture f;
        std::optional<Http::HttpResponse> reply;
        auto ex =
            f.start(makeApi(phases(new MarkPhase(QStringLiteral("A")),
                                   new DeferredPhase(PhaseStatus::Continue), new ReflectPhase)),
                    &reply);
        QTRY_VERIFY(reply);
        const auto events = f.trace.events();
        QStringList seen;
        for (const auto &e : events)
            seen << Trace::toString(e.kind) + u'/' + e.phase;
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("request_started/"), QStringLiteral("phase/A"),
                              QStringLiteral("phase/Deferred"), QStringLiteral("phase/Reflect"),
                              QStringLiteral("request_finished/")}));
        QCOMPARE(events[1].startNs, f.clock.nowNs());
        QVERIFY(events[1].requestBefore.has_value());
        QCOMPARE(events[1].requestAfter->headers.value("X-Path"), QByteArray("A"));
        QCOMPARE(events.last().status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_PipelineRunner)
#include "tst_pipelinerunner.moc"
