// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QTimer>

namespace Hb::Plugin {
class IGrpcServerMonitor;
struct GrpcServerStatus;
} // namespace Hb::Plugin

namespace Hb::Ui {

// The gRPC plugin server at a glance, for the status bar: where Hookbench dials, the
// channel's state, the calls answered and their mean time, and the hook a call has been
// waiting on for a second or more. Red, with the last error as its tooltip, while the channel
// is down or since a call failed (until a call succeeds). Reads the monitor every 500 ms on
// the GUI thread: IGrpcServerMonitor::grpcServerStatus() is thread-safe and never waits for
// the server. Hidden without a monitor (no coprocess_grpc_server). GUI thread only.
class GrpcServerIndicator final : public QLabel
{
    Q_OBJECT
public:
    explicit GrpcServerIndicator(QWidget *parent = nullptr);

    // Starts reading `monitor` (not owned; it must outlive the indicator, or be replaced
    // first); null hides the indicator and stops the timer.
    void setMonitor(const Plugin::IGrpcServerMonitor *monitor);
    // Reads the monitor now; the timer calls it, tests call it to skip the wait.
    void refresh();
    // The channel is down, or the calls seen last include a failure.
    bool isFailing() const { return m_failing; }

    static constexpr int PollIntervalMs = 500;
    // A call shows as waiting from this age on: most calls end well before, and a shorter
    // threshold would flash the note on every poll under load.
    static constexpr qint64 WaitingNoticeMs = 1000;

private:
    void showStatus(const Plugin::GrpcServerStatus &status);
    QString statusText(const Plugin::GrpcServerStatus &status) const;
    QString waitingText(const Plugin::GrpcServerStatus &status) const;
    QString toolTipText(const Plugin::GrpcServerStatus &status) const;
    QString stateText(const QString &state) const;

    const Plugin::IGrpcServerMonitor *m_monitor = nullptr;
    QTimer m_timer;
    quint64 m_calls = 0; // the counts at the last refresh, to see what happened since
    quint64 m_failures = 0;
    bool m_lastCallsFailed = false;
    bool m_failing = false;
};

} // namespace Hb::Ui
