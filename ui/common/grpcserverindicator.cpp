// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/grpcserverindicator.h"

#include "core/plugin/grpc/grpcserverstatus.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Hb::Ui {

namespace {
int clampedCount(quint64 n)
{
    return int(std::min<quint64>(n, quint64(std::numeric_limits<int>::max())));
}
} // namespace

GrpcServerIndicator::GrpcServerIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("grpcServerIndicator"));
    setTextFormat(Qt::PlainText);
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GrpcServerIndicator::refresh);
    // Hidden explicitly, so that QStatusBar::addPermanentWidget keeps it hidden.
    hide();
}

void GrpcServerIndicator::setMonitor(const Plugin::IGrpcServerMonitor *monitor)
{
    m_monitor = monitor;
    m_calls = 0;
    m_failures = 0;
    m_lastCallsFailed = false;
    if (!m_monitor) {
        m_timer.stop();
        m_failing = false;
        hide();
        return;
    }
    m_timer.start();
    refresh();
    show();
}

void GrpcServerIndicator::refresh()
{
    if (m_monitor)
        showStatus(m_monitor->grpcServerStatus());
}

void GrpcServerIndicator::showStatus(const Plugin::GrpcServerStatus &status)
{
    // The monitor keeps the last error for good; whether the server fails now is read from
    // what changed since the last refresh: calls answered, and how many of them failed.
    if (status.calls != m_calls)
        m_lastCallsFailed = status.failures != m_failures;
    m_calls = status.calls;
    m_failures = status.failures;
    const bool channelDown = status.state == u"transient failure" || status.state == u"shutdown";
    m_failing = channelDown || m_lastCallsFailed;

    setText(statusText(status));
    setToolTip(toolTipText(status));
    QPalette colours;
    if (m_failing)
        colours.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    // A palette with nothing set puts the inherited colours back.
    setPalette(colours);
}

QString GrpcServerIndicator::statusText(const Plugin::GrpcServerStatus &status) const
{
    QString text = tr("gRPC %1 · %2 · %n call(s)", nullptr, clampedCount(status.calls))
                       .arg(status.server, stateText(status.state));
    if (status.failures > 0)
        text += u" · " + tr("%n failed", nullptr, clampedCount(status.failures));
    if (status.calls > 0)
        text += u" · " + tr("%1 ms mean").arg(QLocale().toString(status.meanNs() / 1e6, 'f', 1));
    const QString waiting = waitingText(status);
    if (!waiting.isEmpty())
        text += u" · " + waiting;
    return text;
}

QString GrpcServerIndicator::waitingText(const Plugin::GrpcServerStatus &status) const
{
    // Tyk puts no deadline on gRPC calls: a server that hangs holds the request for good, so
    // the longest wait is the one to show.
    const auto longest =
        std::max_element(status.waiting.cbegin(), status.waiting.cend(),
                         [](const auto &a, const auto &b) { return a.waitingMs < b.waitingMs; });
    if (longest == status.waiting.cend() || longest->waitingMs < WaitingNoticeMs)
        return {};
    QString text = tr("waiting for the plugin server, %1 s (%2)")
                       .arg(longest->waitingMs / 1000)
                       .arg(longest->hook);
    if (status.waiting.size() > 1)
        text += u' ' + tr("and %n more call(s)", nullptr, int(status.waiting.size() - 1));
    return text;
}

QString GrpcServerIndicator::toolTipText(const Plugin::GrpcServerStatus &status) const
{
    QString lastError;
    if (!status.lastError.isEmpty()) {
        const QString when = status.lastErrorAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        // The driver's message usually names the hook already.
        const QString where = status.lastError.contains(status.lastErrorHook)
                                  ? tr("at %1").arg(when)
                                  : tr("%1, at %2").arg(status.lastErrorHook, when);
        lastError = status.lastError + u'\n' + where;
    }
    if (m_failing) {
        if (!lastError.isEmpty())
            return lastError;
        return tr("The plugin server at %1 does not answer (%2).")
            .arg(status.target, stateText(status.state));
    }
    QString text = tr("gRPC plugin server %1, dialled as %2").arg(status.server, status.target);
    // One server serves every API (Tyk dials one): the calls of each API tell them apart.
    for (const Plugin::GrpcServerStatus::ApiCalls &api : status.apis) {
        text += u'\n' + tr("API %1: %n call(s)", nullptr, int(api.calls)).arg(api.apiId);
        if (api.failures)
            text += QStringLiteral(" · ") + tr("%n failed", nullptr, int(api.failures));
        text += QStringLiteral(" · ") +
                tr("%1 ms mean").arg(QString::number(double(api.meanNs()) / 1e6, 'f', 1));
    }
    if (!lastError.isEmpty())
        text += u'\n' + tr("Last error: %1").arg(lastError);
    return text;
}

QString GrpcServerIndicator::stateText(const QString &state) const
{
    // The names of gRPC's connectivity states, as the monitor gives them.
    if (state == u"idle")
        return tr("idle");
    if (state == u"connecting")
        return tr("connecting");
    if (state == u"ready")
        return tr("ready");
    if (state == u"transient failure")
        return tr("transient failure");
    if (state == u"shutdown")
        return tr("shutdown");
    return state;
}

} // namespace Hb::Ui
