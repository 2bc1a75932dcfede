// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/qtmessageforwarder.h"

#include "ui/logs/logpane.h"

#include <QList>
#include <QMetaObject>
#include <QStringList>

#include <mutex>
#include <utility>

namespace Hb::Ui {

namespace {
std::mutex g_mutex; // guards everything below against the handler
QtMessageForwarder *g_forwarder = nullptr;
QtMessageHandler g_previous = nullptr;
QList<std::pair<QtMsgType, QString>> g_waiting; // lines not shown yet

// The drivers' gateway-log lines ("[python] info: ...") that the pane already has from the
// engine's trace, with their request and phase: a plugin's output and its failures. Lines
// about the plugin hosts themselves (started, restarted, killed, with the pid for Delve)
// come only this way.
bool reachesThePaneThroughTheTrace(const LogEntry &entry)
{
    static const QStringList drivers = {QStringLiteral("python"), QStringLiteral("jsvm"),
                                        QStringLiteral("goplugin"), QStringLiteral("grpc"),
                                        QStringLiteral("lua")};
    return drivers.contains(entry.source) && !entry.text.contains(u"plugin host");
}
} // namespace

QtMessageForwarder::QtMessageForwarder(LogPane *pane)
    : m_pane(pane)
{
    const std::lock_guard lock(g_mutex);
    Q_ASSERT(!g_forwarder); // one at a time: a second would call itself as the previous
    g_forwarder = this;
    g_previous = qInstallMessageHandler(&QtMessageForwarder::handle);
    m_previous = g_previous;
}

QtMessageForwarder::~QtMessageForwarder()
{
    const std::lock_guard lock(g_mutex);
    qInstallMessageHandler(m_previous);
    g_forwarder = nullptr;
    g_waiting.clear();
}

void QtMessageForwarder::handle(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    const std::lock_guard lock(g_mutex);
    if (g_previous)
        g_previous(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(message));
    if (!g_forwarder)
        return;
    // One queued flush for a burst of lines, not one event per line.
    g_waiting.append({type, message});
    if (g_waiting.size() == 1) {
        QtMessageForwarder *forwarder = g_forwarder;
        QMetaObject::invokeMethod(
            forwarder, [forwarder] { forwarder->flush(); }, Qt::QueuedConnection);
    }
}

void QtMessageForwarder::flush()
{
    QList<std::pair<QtMsgType, QString>> lines;
    {
        const std::lock_guard lock(g_mutex);
        lines.swap(g_waiting);
    }
    for (const auto &[type, message] : std::as_const(lines))
        show(type, message);
}

void QtMessageForwarder::show(QtMsgType type, const QString &message)
{
    LogEntry entry = parseLogLine(message);
    if (reachesThePaneThroughTheTrace(entry))
        return;
    const LogLevel floor = type == QtCriticalMsg || type == QtFatalMsg ? LogLevel::Error
                           : type == QtWarningMsg                      ? LogLevel::Warning
                           : type == QtDebugMsg                        ? LogLevel::Debug
                                                                       : LogLevel::Info;
    if (int(entry.level) < int(floor) || (type == QtDebugMsg && entry.level == LogLevel::Info))
        entry.level = floor;
    m_pane->append(std::move(entry));
}

} // namespace Hb::Ui
