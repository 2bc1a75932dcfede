// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/analyticsrecordbuilder.h"
#include "core/analytics/ianalyticssink.h"
#include "core/api/gatewayconfig.h"

#include <QList>

#include <functional>

namespace Hb {
class IClock;
}
namespace Hb::Trace {
class ITraceSink;
}

namespace Hb::Pipeline {

class Exchange;

// Tyk's analytics records (gateway/handler_success.go RecordHit, gateway/handler_error.go
// HandleError, gateway/analytics.go): when tyk.conf's enable_analytics is on and the API is
// tracked, every finished request becomes an AnalyticsRecord; the API's Go analytics plugin
// (analytics_plugin, OAS trafficLogs.plugins) may rewrite it; then the queue worker's part
// (key hashing, key-/org-/api- tags) is done and it goes to the sinks (Redis as Tyk pushes it,
// memory for the GUI). The record before and after the plugin is traced (TraceKind::Analytics)
// for the request's timeline. Lives on the engine thread.
class AnalyticsRecorder
{
public:
    AnalyticsRecorder(const Api::GatewayConfig &config, const IClock &clock,
                      Trace::ITraceSink &trace);

    void addSink(Analytics::IAnalyticsSink *sink) { m_sinks.append(sink); }
    bool enabled() const { return m_config.enableAnalytics; }

    // The reply of `ex` is final: record it when Tyk would.
    void requestFinished(const Exchange &ex);

    // The request's fields as Tyk's RecordHit reads them (public for the unit tests).
    Analytics::RecordInputs inputsFor(const Exchange &ex) const;

private:
    // The queue worker's part, then every sink; traced with the record before the plugin.
    void queue(quint64 requestId, const QString &apiId, Analytics::AnalyticsRecord record,
               const QByteArray &beforePlugin, const QString &note);

    Api::GatewayConfig m_config;
    const IClock &m_clock;
    Trace::ITraceSink &m_trace;
    Analytics::AnalyticsRecordBuilder m_builder;
    QList<Analytics::IAnalyticsSink *> m_sinks;
};

} // namespace Hb::Pipeline
